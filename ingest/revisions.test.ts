import { describe, expect, it } from 'vitest';
import { parseSubject } from './parse/subject.js';
import { assembleRevisions, missingIndices, type Posting, type RootMessage } from './revisions.js';

const MIN = 60_000;

/** A posting from its subject line; `answers` are its thread ancestors, nearest first. */
function post(id: string, subject: string, minute: number, answers: string[] = [], from = 'ann@example.org'): Posting {
  const s = parseSubject(subject);
  return {
    messageId: id,
    kind: s.index === 0 ? 'cover' : 'patch',
    subject: s,
    fromName: from,
    fromEmail: from,
    date: minute * MIN,
    ancestors: answers,
    threadRoot: answers[answers.length - 1] ?? id,
  };
}

/** Each revision as "v2: 0=c2 1=p1 2=p2", carried patches marked with a star. */
const shape = (postings: Posting[], roots: RootMessage[] = []) =>
  assembleRevisions(postings, roots).map((r) => {
    const slots = [
      ...(r.coverId ? [`0=${r.coverId}`] : []),
      ...[...r.patches].map(([i, ids]) => `${i}=${ids.join('+')}`),
      ...[...r.carried].map(([i, id]) => `${i}=${id}*`),
    ];
    return `${[...r.labels, `v${r.version}`].join(' ')}: ${slots.join(' ')}`;
  });

describe('assembleRevisions', () => {
  it('puts a cover and its patches in one revision, and a reposted v2 in another', () => {
    expect(shape([
      post('c1', '[PATCH 0/2] widget: rework', 0),
      post('p1', '[PATCH 1/2] widget: one', 0, ['c1']),
      post('p2', '[PATCH 2/2] widget: two', 0, ['c1']),
      post('c2', '[PATCH v2 0/2] widget: rework', 100, ['p2', 'c1']),
      post('q1', '[PATCH v2 1/2] widget: one', 100, ['c2', 'p2', 'c1']),
      post('q2', '[PATCH v2 2/2] widget: two', 100, ['c2', 'p2', 'c1']),
    ])).toEqual(['v1: 0=c1 1=p1 2=p2', 'v2: 0=c2 1=q1 2=q2']);
  });

  it('joins unthreaded postings of one author within twenty minutes to the latest posting with a free slot', () => {
    expect(shape([
      post('a', '[PATCH v2 1/4] tag: rework', 0),
      post('b', '[PATCH v2 1/4] tag: rework', 2),
      post('c', '[PATCH v2 2/4] tag: more', 3),
    ])).toEqual(['v2: 1=a', 'v2: 1=b 2=c']);
  });

  it('lets a patch without a version tag inherit its cover letter\'s', () => {
    expect(shape([
      post('c', '[PATCH net-next v3 0/2] net: thing', 0),
      post('p', '[PATCH 1/2] net: thing one', 0, ['c']),
    ])).toEqual(['v3: 0=c 1=p']);
  });

  it('reconstitutes a partial reroll: v3 2/2 answering v2 2/2 carries v2 1/2', () => {
    const revisions = shape([
      post('c2', '[PATCH v2 0/2] x', 0),
      post('a2', '[PATCH v2 1/2] x: a', 0, ['c2']),
      post('b2', '[PATCH v2 2/2] x: b', 0, ['c2']),
      post('b3', '[PATCH v3 2/2] x: b', 60, ['b2', 'c2']),
    ]);
    expect(revisions).toEqual(['v2: 0=c2 1=a2 2=b2', 'v3: 2=b3 1=a2*']);
  });

  it('adopts a same-author thread root as a naked cover, but never someone else\'s bug report', () => {
    const patch = post('p', '[PATCH] widget: do the thing', 5, ['root']);
    expect(shape([patch], [{ messageId: 'root', fromEmail: 'ann@example.org', title: 'do a thing', hasDiff: false }])).toEqual(['v1: 0=root 1=p']);
    expect(shape([patch], [{ messageId: 'root', fromEmail: 'bug@example.org', title: 'it breaks', hasDiff: false }])).toEqual(['v1: 1=p']);
  });

  it('lists the patch numbers nobody sent', () => {
    const [r] = assembleRevisions([post('c', '[PATCH 0/3] y', 0), post('p2', '[PATCH 2/3] y', 0, ['c'])], []);
    expect(missingIndices(r)).toEqual([1, 3]);
  });
});
