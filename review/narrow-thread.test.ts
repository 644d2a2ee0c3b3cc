import { describe, expect, it } from 'vitest';
import { narrowToPostings } from './narrow-thread.js';
import { fixtureSummaryInput } from './summary/__fixtures__/summary-input.js';
import { assembleSummary } from './summary/assemble-summary.js';

const PATCH2 = 'patch2.1757930400.git.ann@example.org';

describe('narrowToPostings', () => {
  it('keeps the postings and the replies under the wanted patch, and the points about it are the same', async () => {
    const input = await fixtureSummaryInput('vma-helper-review.mbox', PATCH2);
    const narrow = narrowToPostings(input, new Set([PATCH2]));
    expect(narrow.messages.map((m) => m.messageId)).toEqual([
      'cover.1757930400.git.ann@example.org', 'patch1.1757930400.git.ann@example.org', PATCH2,
      'jay-1.vmah@example.com', 'ann-2.vmah@example.org', 'jay-2.vmah@example.com', 'ann-3.vmah@example.org',
    ]);
    const about = (points: ReturnType<typeof assembleSummary>['points']) => points.filter((p) => p.anchor?.patchMessageId === PATCH2).map((p) => [p.id, p.kind, p.anchor?.line]);
    expect(about(assembleSummary(narrow).points)).toEqual(about(assembleSummary(input).points));
  });
});
