// The whole summary pipeline on a hand-written review thread, ingested into a real (in-memory) archive.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewPoint } from '../../core/review-point.js';
import { fixtureSummaryInput } from './__fixtures__/summary-input.js';
import { assembleSummary } from './assemble-summary.js';
import type { Summary } from './summary.js';

let summary: Summary;

beforeAll(async () => {
  summary = assembleSummary(await fixtureSummaryInput('vma-helper-review.mbox', 'cover.1757930400.git.ann@example.org'));
});

const pointsOf = (messageId: string) => summary.points.filter((p) => p.messageId === messageId);
const only = (messageId: string, kind: ReviewPoint['kind']) => {
  const found = pointsOf(messageId).filter((p) => p.kind === kind);
  expect(found, `${kind} in <${messageId}>`).toHaveLength(1);
  return found[0];
};

describe('summary of the vma-helper review thread', () => {
  it('anchors a request to the quoted diff line: patch, file, post-image line and hunk', () => {
    const p = only('rita-1.vmah@example.net', 'change-request');
    expect(p.anchor).toMatchObject({
      patchMessageId: 'patch1.1757930400.git.ann@example.org',
      patchIndex: 1,
      file: 'mm/vma_helpers.c',
      line: 13,
      hunk: '@@ -10,6 +10,12 @@ static int vma_check(struct vm_area_struct *vma)',
    });
    expect({ status: p.status, decidedBy: p.decidedBy }).toEqual({ status: 'resolved', decidedBy: 'ann-1.vmah@example.org' });
  });

  it('takes the last of several quoted lines as the one a question is about, and an explanation as its answer', () => {
    const p = only('rita-1.vmah@example.net', 'question');
    expect(p.anchor?.line).toBe(15);
    expect({ status: p.status, decidedBy: p.decidedBy }).toEqual({ status: 'resolved', decidedBy: 'ann-1.vmah@example.org' });
  });

  it('leaves an unanswered nit open', () => {
    expect(only('rita-1.vmah@example.net', 'nit').status).toBe('open');
  });

  it('follows an objection through pushback and insistence to the author giving way', () => {
    const objection = only('jay-1.vmah@example.com', 'objection');
    expect(objection.anchor).toMatchObject({ file: 'include/linux/vma_helpers.h', line: 9, author: { name: 'Ann Author', email: 'ann@example.org' } });
    expect({ status: objection.status, decidedBy: objection.decidedBy }).toEqual({ status: 'resolved', decidedBy: 'ann-3.vmah@example.org' });
    const pushback = only('ann-2.vmah@example.org', 'objection');
    expect(pushback.status).toBe('noted');
    expect(pushback.anchor).toMatchObject({ messageId: 'jay-1.vmah@example.com', author: { name: 'Jay Jones', email: 'jay@example.com' } });
    expect(only('ann-3.vmah@example.org', 'commitment').answers).toEqual([only('jay-2.vmah@example.com', 'change-request').id]);
  });

  it("reads the bot's build error as a bug report that the author's promise resolves", () => {
    const bug = only('bot-1.vmah@intel.com', 'bug-report');
    expect({ status: bug.status, decidedBy: bug.decidedBy }).toEqual({ status: 'resolved', decidedBy: 'ann-4.vmah@example.org' });
  });

  it('keeps a test report and its trailer on the cover letter, the trailer on every patch', () => {
    expect(only('tess-1.vmah@example.org', 'test-report').anchor?.patchIndex).toBe(0);
    expect(only('tess-1.vmah@example.org', 'trailer').text).toBe('Tested-by: Tess Tester <tess@example.org>');
    const [, p1, p2] = summary.revisions[0].patches;
    for (const p of [p1, p2]) expect(p.trailers.map((t) => `${t.name}: ${t.value}`)).toEqual(['Tested-by: Tess Tester <tess@example.org>']);
  });

  it('gives each participant a role from the evidence in the thread', () => {
    const roles = Object.fromEntries(summary.participants.map((p) => [p.name, p.role]));
    expect(roles).toEqual({
      'Ann Author': 'author',
      'Max Maintainer': 'maintainer',
      'Jay Jones': 'reviewer',
      'Rita Reviewer': 'reviewer',
      'Tess Tester': 'reviewer',
      'Chris Checker': 'ai-review',
      'kernel test robot': 'bot',
    });
  });

  it("records the maintainer's step as a decision, and lists what is still open", () => {
    expect(summary.decisions.filter((d) => d.kind === 'applied').map((d) => [d.by.name, d.messageId])).toEqual([['Max Maintainer', 'max-1.vmah@example.com']]);
    expect(summary.open.map((p) => [p.messageId, p.kind])).toEqual([
      ['rita-1.vmah@example.net', 'nit'],
      ['chris-1.vmah@example.com', 'question'],
    ]);
  });

  it('groups points per revision and patch', () => {
    const [cover, p1, p2] = summary.revisions[0].patches;
    expect([cover.index, p1.index, p2.index]).toEqual([0, 1, 2]);
    expect(p2.points.map((p) => [p.messageId, p.kind])).toEqual([
      ['jay-1.vmah@example.com', 'objection'],
      ['ann-2.vmah@example.org', 'objection'],
      ['jay-2.vmah@example.com', 'change-request'],
      ['ann-3.vmah@example.org', 'commitment'],
    ]);
  });
});
