// A finding is marked as raised by the reviewer whose point quotes its line or names its problem; the
// series' author explaining their own code is no reviewer, from whichever of their addresses they write.
import { describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../core/review-finding.js';
import type { Person, ReviewPoint } from '../core/review-point.js';
import type { Entry } from '../knowledge/entry.js';
import { markRaised } from './raised-by.js';

const PATCH = 'patch3@example.org';
const AUTHOR: Person = { name: 'Ann Author', email: 'ann@work.example' };

const finding: ReviewFinding = {
  id: '3:one-action-per-vma:mm/foo.c:42', entry: 'one-action-per-vma', source: 'knowledge', severity: 'error', confidence: 'high',
  patch: PATCH, patchIndex: 3, subject: 'mm: foo', part: 'diff', file: 'mm/foo.c', line: 42, side: 'new',
  hunk: { index: 0, header: '@@ -40,3 +40,6 @@' }, message: 'one action per VMA', title: 'Two actions on one VMA', quote: null,
};

const entry = { id: 'one-action-per-vma', title: 'Two actions on one VMA', keys: ['one action'] } as Entry;

const pointBy = (by: Person, id: string): ReviewPoint => ({
  id, messageId: `${id}@example.net`, by, kind: 'change-request', rule: 'request', reason: 'asks', text: 'Only one action per VMA here, please.',
  lines: { start: 1, end: 1 }, anchor: { patchMessageId: PATCH, patchIndex: 3, messageId: PATCH, author: AUTHOR, file: 'mm/foo.c', line: 42 },
  status: 'open', decidedBy: null, answers: [],
});

describe('markRaised', () => {
  it('credits the reviewer who quoted the line and named the problem', () => {
    const [f] = markRaised([finding], [pointBy({ name: 'Rita Reviewer', email: 'rita@example.net' }, 'r1')], { entries: [entry], authors: [AUTHOR] });
    expect(f.raisedBy).toMatchObject({ by: { name: 'Rita Reviewer' }, pointId: 'r1', how: 'anchor' });
  });

  it('does not credit the author, also when they reply from another address', () => {
    const fromHome = { name: 'Ann Author', email: 'ann@home.example' };
    const [f] = markRaised([finding], [pointBy(AUTHOR, 'a1'), pointBy(fromHome, 'a2')], { entries: [entry], authors: [AUTHOR] });
    expect(f.raisedBy).toBeUndefined();
  });
});
