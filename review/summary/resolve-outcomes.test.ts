import { describe, expect, it } from 'vitest';
import type { PointKind } from '../../core/review-point.js';
import { resolveOutcomes } from './resolve-outcomes.js';
import type { Segment } from './segment-reply.js';

const AUTHOR = 'ann@example.org';
const people: Record<string, string> = { ann: AUTHOR, rita: 'rita@example.net', jay: 'jay@example.com' };

let clock = 0;
function seg(id: string, who: string, kind: PointKind | null, answers: string[] = []): Segment {
  return { id, messageId: `${id}@m`, by: { name: who, email: people[who] }, date: ++clock, kind, rule: kind ? 'test' : null, reason: null, text: id, lines: { start: 1, end: 1 }, anchor: null, answers };
}

const outcome = (segments: Segment[], id: string) => resolveOutcomes(segments, AUTHOR).get(id);

describe('resolveOutcomes', () => {
  it('leaves an unanswered request open', () => {
    expect(outcome([seg('ask', 'rita', 'change-request')], 'ask')).toEqual({ status: 'open', decidedBy: null });
  });

  it("resolves a request when the author commits or agrees; the deciding message is named", () => {
    const segs = [seg('ask', 'rita', 'change-request'), seg('will', 'ann', 'commitment', ['ask'])];
    expect(outcome(segs, 'ask')).toEqual({ status: 'resolved', decidedBy: 'will@m' });
  });

  it('disputes a request the author pushes back on, or only explains away', () => {
    expect(outcome([seg('ask', 'rita', 'nit'), seg('no', 'ann', 'objection', ['ask'])], 'ask')?.status).toBe('disputed');
    expect(outcome([seg('ask', 'rita', 'change-request'), seg('why', 'ann', null, ['ask'])], 'ask')?.status).toBe('disputed');
  });

  it('resolves a disputed request when the asker withdraws, down the chain of answers', () => {
    const segs = [seg('ask', 'rita', 'change-request'), seg('no', 'ann', 'objection', ['ask']), seg('ok', 'rita', 'agreement', ['no'])];
    expect(outcome(segs, 'ask')).toEqual({ status: 'resolved', decidedBy: 'ok@m' });
  });

  it('lets the last resolving answer decide a long exchange', () => {
    const segs = [
      seg('ask', 'jay', 'objection'),
      seg('no', 'ann', 'objection', ['ask']),
      seg('again', 'jay', 'change-request', ['no']),
      seg('fine', 'ann', 'commitment', ['again']),
    ];
    expect(outcome(segs, 'ask')).toEqual({ status: 'resolved', decidedBy: 'fine@m' });
    expect(outcome(segs, 'again')).toEqual({ status: 'resolved', decidedBy: 'fine@m' });
    expect(outcome(segs, 'no')?.status).toBe('noted');
  });

  it("answers a question with anyone's explanation, but not with the asker's own follow-up", () => {
    expect(outcome([seg('q', 'rita', 'question'), seg('a', 'jay', null, ['q'])], 'q')).toEqual({ status: 'resolved', decidedBy: 'a@m' });
    expect(outcome([seg('q', 'rita', 'question'), seg('more', 'rita', null, ['q'])], 'q')?.status).toBe('open');
  });

  it("settles the author's own question by a reviewer's answer", () => {
    expect(outcome([seg('q', 'ann', 'question'), seg('a', 'rita', null, ['q'])], 'q')?.status).toBe('resolved');
  });

  it('keeps a bug report open through a diagnosis, until the author commits to a fix', () => {
    const diagnosis = [seg('bug', 'jay', 'bug-report'), seg('why', 'ann', null, ['bug'])];
    expect(outcome(diagnosis, 'bug')?.status).toBe('open');
    expect(outcome([...diagnosis, seg('fix', 'ann', 'commitment', ['why'])], 'bug')?.status).toBe('resolved');
  });

  it('notes points that ask nothing', () => {
    for (const kind of ['agreement', 'commitment', 'test-report', 'trailer'] as const) {
      expect(outcome([seg('x', 'rita', kind)], 'x')).toEqual({ status: 'noted', decidedBy: null });
    }
  });
});
