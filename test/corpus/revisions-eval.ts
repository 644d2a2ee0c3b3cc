// Scores revision tracking against our expectations for a series: pairing per step, the INDEX's change
// items, and the review-driven changes (comment by comment).
import type { RevisionsReport, RevisionStep } from '../../review/revisions/assemble-revisions.js';
import type { PatchPair } from '../../review/revisions/compare-patches.js';
import type { ChangeItem, ReviewDriven, SeriesExpectations, Step } from './revisions-expected.js';

export interface Outcome<T> {
  item: T;
  ok: boolean;
  /** What the tool said, when it was not what we expected. */
  got?: string;
}

export interface SeriesScore {
  slug: string;
  pairing: Array<{ step: Step; expected: string[]; got: string[]; agreed: number }>;
  changes: Array<Outcome<ChangeItem>>;
  reviewDriven: Array<Outcome<ReviewDriven>>;
}

const stepName = (s: RevisionStep): Step => `v${s.comparison.from.version}→v${s.comparison.to.version}` as Step;
export const pairKey = (p: PatchPair) => `${p.from?.index ?? '-'}:${p.to?.index ?? '-'}`;

export function scoreSeries(report: RevisionsReport, want: SeriesExpectations): SeriesScore {
  const steps = new Map(report.steps.map((s) => [stepName(s), s]));
  const pairing = Object.entries(want.pairing).map(([step, expected]) => {
    const got = steps.get(step as Step)!.comparison.pairs.map(pairKey);
    return { step: step as Step, expected, got, agreed: expected.filter((e) => got.includes(e)).length };
  });
  const changes = want.changes.map((item) => checkChange(steps.get(item.step)!, item));
  const reviewDriven = want.reviewDriven.map((item) => checkComment(steps.get(item.step)!, item));
  return { slug: want.slug, pairing, changes, reviewDriven };
}

function pairOf(step: RevisionStep, from: number | null, to: number | null): PatchPair | undefined {
  return step.comparison.pairs.find((p) => (p.from?.index ?? null) === from && (p.to?.index ?? null) === to);
}

function checkChange(step: RevisionStep, item: ChangeItem): Outcome<ChangeItem> {
  const fail = (got: string) => ({ item, ok: false, got });
  switch (item.kind) {
    case 'dropped':
      return pairOf(step, item.from, null) ? { item, ok: true } : fail(`v${step.comparison.from.version} ${item.from} is not dropped`);
    case 'new':
      return pairOf(step, null, item.to) ? { item, ok: true } : fail(`${item.to} is not new`);
    case 'split': {
      const p = pairOf(step, null, item.to);
      return p?.splitFrom?.index === item.from ? { item, ok: true } : fail(`split from ${p?.splitFrom?.index ?? 'nothing'}`);
    }
    case 'names': {
      const d = pairOf(step, item.from, item.to)?.interdiff;
      if (!d) return fail(`${item.from} and ${item.to} are not paired`);
      const missing = [...(item.gained ?? []).filter((n) => !d.gained.includes(n)), ...(item.lost ?? []).filter((n) => !d.lost.includes(n))];
      return missing.length ? fail(`not seen: ${missing.join(', ')}`) : { item, ok: true };
    }
    case 'interdiff-touches': {
      const d = pairOf(step, item.from, item.to)?.interdiff;
      const touched = d?.hunks.some((h) => h.lines.some((l) => l.op !== ' ' && l.text.includes(item.text)));
      return touched ? { item, ok: true } : fail(d ? `no changed line has "${item.text}"` : 'not paired');
    }
    case 'message-changed':
      return (pairOf(step, item.from, item.to)?.interdiff?.messageLines ?? 0) > 0 ? { item, ok: true } : fail('message unchanged');
    case 'changelog-matched': {
      const k = step.changelog.find((c) => c.entry.text.startsWith(item.line));
      return k?.matched ? { item, ok: true } : fail(k ? 'line not matched' : 'line not found');
    }
    case 'changelog-mismatch': {
      const k = step.changelog.find((c) => c.entry.text.startsWith(item.line));
      const u = k?.unknownNames.find((n) => n.name === item.name);
      const ok = k && !k.matched && u && (!item.closest || u.closest === item.closest);
      return ok ? { item, ok: true } : fail(k ? `matched=${k.matched}, unknown: ${k.unknownNames.map((n) => `${n.name}~${n.closest}`).join(', ')}` : 'line not found');
    }
    case 'tag-carried-onto-changed': {
      const hit = step.trailers.findings.some((f) => f.kind === 'carried-onto-changed' && f.pair.from?.index === item.from && f.pair.to?.index === item.to && f.trailer.includes(item.person));
      return hit ? { item, ok: true } : fail('not flagged');
    }
    case 'no-tag-findings': {
      const found = step.trailers.findings.filter((f) => !item.lost || f.kind === 'lost');
      return found.length ? fail(found.map((f) => `${f.kind} ${f.trailer}`).join('; ')) : { item, ok: true };
    }
  }
}

/**
 * A message's verdict: addressed if any of its points was, else not addressed if any was not. Its
 * questions count only when it asks nothing else; `about` picks one point of several.
 */
function checkComment(step: RevisionStep, item: ReviewDriven): Outcome<ReviewDriven> {
  const all = step.comments.filter((c) => c.point.messageId === item.messageId && (!item.about || item.about.test(c.point.text)));
  const requests = all.filter((c) => c.point.kind !== 'question');
  const mine = requests.length ? requests : all;
  const verdict = mine.some((c) => c.status === 'addressed') ? 'addressed' : mine.some((c) => c.status === 'not-addressed') ? 'not-addressed' : mine.length ? 'unknown' : 'no point';
  return verdict === item.status ? { item, ok: true } : { item, ok: false, got: verdict };
}
