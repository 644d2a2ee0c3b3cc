import { describe, expect, it } from 'vitest';
import type { ReviewMessage } from '../../ingest/archive/review-queries.js';
import { isAiReview, isBot, maintainerSteps, participantsOf } from './participants.js';
import type { Segment } from './segment-reply.js';

const ANDREW = { name: 'Andrew Maintainer', email: 'akpm@example.org' };
const seg = (messageId: string, text: string): Segment => ({ id: `${messageId}#1`, messageId, by: ANDREW, date: 1, kind: null, rule: null, reason: null, text, lines: { start: 1, end: 1 }, anchor: null, answers: [] });

describe('maintainerSteps', () => {
  it.each([
    ['Cool, I\'ll add this to mm-new but I\'ll suppress the usual emails.', 'applied'],
    ['Applied to mm-unstable, thanks.', 'applied'],
    ['Thanks, I updated mm.git\'s mm-new branch to this version.', 'applied'],
    ['I pulled this series out of mm.git\'s mm-stable branch, put it back into mm-unstable.', 'moved'],
    ['No probs, gone.', 'dropped'],
    ['I\'ll give the patchset a run in mm-new.', 'queued'],
    ['Thanks, I updated mm.git to this version. I dropped the memfd hunk due to a conflict.', 'applied'],
  ])('%j is %s', (text, action) => {
    expect(maintainerSteps([seg('m@x', text)]).map((s) => s.action)).toEqual([action]);
  });

  it.each([
    'This does not conflict with any of the resctrl changes currently being queued in tip tree.',
    'Which tree did you test this on, mm-unstable?',
    'It applies cleanly to linux-next.',
  ])('sees no step in %j', (text) => {
    expect(maintainerSteps([seg('m@x', text)])).toEqual([]);
  });
});

describe('roles', () => {
  const message = (fromName: string, fromEmail: string, body: string, kind = 'reply'): ReviewMessage => ({
    messageId: `${fromEmail}-${body.length}`, parentId: null, depth: 0, ghost: false, subject: 'Re: x', fromName, fromEmail, date: 1, kind, lists: [], fixups: 0, threadId: 1, body,
  });

  it('knows bots by address or name, AI reviews by the elided patch, maintainers by their steps', () => {
    expect(isBot({ name: 'kernel test robot', email: 'lkp@intel.com' })).toBe(true);
    expect(isBot({ name: 'Rita Reviewer', email: 'rita@example.net' })).toBe(false);
    expect(isAiReview('> +\tfoo();\n\n[ ... ]\n\n> +\tbar();\n   ^^^^\nShould this be baz?')).toBe(true);
    expect(isAiReview('> +\tfoo();\n\nShould this be baz?')).toBe(false);
    const author = { name: 'Ann Author', email: 'ann@example.org' };
    const people = participantsOf(
      [message('Ann Author', 'ann@example.org', 'x', 'patch'), message(ANDREW.name, ANDREW.email, 'Applied.'), message('Rita Reviewer', 'rita@example.net', 'Looks good.')],
      author,
      maintainerSteps([seg('m@x', 'Applied to mm-unstable, thanks.')]),
    );
    expect(people.map((p) => [p.name, p.role])).toEqual([['Ann Author', 'author'], ['Andrew Maintainer', 'maintainer'], ['Rita Reviewer', 'reviewer']]);
  });

  it('counts one person once: two addresses under one full name, or one address under two names', () => {
    const author = { name: 'Ann Author', email: 'ann@example.org' };
    const people = participantsOf(
      [
        message('Ann Author', 'ann@example.org', 'x', 'patch'),
        message('Lance Yang', 'lance.yang@example.dev', 'Looks good.'),
        message('Lance Yang', 'ioworker0@example.com', 'One more thing.'),
        message('Lance Yang', 'lance.yang@example.dev', 'Thanks!'),
        message('Jason', 'jason@example.net', 'Hm.'),
        message('Jason', 'jason@example.com', 'Right.'),
        message('David Hildenbrand (Arm)', 'david@example.org', 'Agreed.'),
        message('David Hildenbrand', 'david@example.org', 'Yes, that works.'),
      ],
      author,
      [],
    );
    expect(people.map((p) => [p.name, p.email, p.messages])).toEqual([
      ['Ann Author', 'ann@example.org', 1],
      ['Lance Yang', 'lance.yang@example.dev', 3],
      ['David Hildenbrand (Arm)', 'david@example.org', 2],
      ['Jason', 'jason@example.net', 1],
      ['Jason', 'jason@example.com', 1],
    ]);
  });
});
