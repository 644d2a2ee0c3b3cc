// Was each point raised on the old revision acted on in the new one? The points come from the thread
// summary (only those that ask: requests, questions, objections, nits, bug reports). Positive evidence —
// the patch was dropped, the quoted code changed, a requested name now appears or an objected-to one is
// gone, the changelog credits the reviewer, the reporter confirmed the fix, a question was answered —
// makes it addressed. Otherwise the patch left unchanged, the quoted line still there, or the author
// declining makes it not addressed; with no evidence either way we cannot tell.

import { ASKING_KINDS, type Person, type ReviewPoint } from '../../core/review-point.js';
import { samePerson } from '../../core/same-person.js';
import { changelogCredit, namesMoved, quotedCode, quotedMessage, type Evidence } from './comment-evidence.js';
import type { PatchPair } from './compare-patches.js';
import type { Comparison } from './comparison.js';
import type { ChangelogEntry } from './pair-changelog.js';

export type CommentStatus = 'addressed' | 'not-addressed' | 'unknown';

export interface CommentResolution {
  point: ReviewPoint;
  by: Person;
  /** The pair the point's patch is in; null for a point on the cover letter. */
  pair: PatchPair | null;
  status: CommentStatus;
  evidence: Evidence[];
}

const ASKS_TO_DROP = /\b(drop|remove|get rid of|not needed|no need|unnecessary|don'?t need|shouldn'?t be (here|needed))\b/i;

/**
 * The points of the old revision that ask something of the author, and what became of each. The author's
 * own questions and remarks are not review comments; a bug the author reports against the series is.
 */
export function resolveComments(c: Comparison, points: ReviewPoint[], changelog: ChangelogEntry[], author: Person): CommentResolution[] {
  const asking = points.filter((p) => ASKING_KINDS.has(p.kind) && p.status !== 'noted' && (p.kind === 'bug-report' || !samePerson(p.by, author)));
  const perPerson = new Map<string, number>();
  for (const p of asking) perPerson.set(p.by.email, (perPerson.get(p.by.email) ?? 0) + 1);
  return asking.map((point) => {
      const pair = point.anchor && point.anchor.patchIndex > 0 ? c.pairs.find((x) => x.from?.messageId === point.anchor!.patchMessageId) ?? null : null;
      const evidence = gather(c, point, pair, changelog, perPerson.get(point.by.email) === 1);
      const status = decide(evidence);
      // What decided the status first.
      evidence.sort((a, b) => Number(b.positive === (status === 'addressed')) - Number(a.positive === (status === 'addressed')));
      return { point, by: point.by, pair, status, evidence };
    });
}

/**
 * Any positive evidence makes a point addressed; an answer in the thread only when the code gives no sign
 * of the contrary (a question that was really a request, answered with "no", leaves the code as it was).
 */
function decide(evidence: Evidence[]): CommentStatus {
  const answered = evidence.some((e) => e.kind === 'answered');
  const positive = evidence.some((e) => e.positive && e.kind !== 'answered');
  const negative = evidence.some((e) => !e.positive);
  if (positive || (answered && !negative)) return 'addressed';
  return negative ? 'not-addressed' : 'unknown';
}

function gather(c: Comparison, point: ReviewPoint, pair: PatchPair | null, changelog: ChangelogEntry[], onlyPoint: boolean): Evidence[] {
  const out: Evidence[] = [];
  const push = (e: Evidence | null) => e && out.push(e);
  if (pair?.status === 'dropped') {
    const into = pair.mergedInto ? `; most of its lines moved into ${c.label(pair.mergedInto)}` : '';
    push({ kind: 'patch-dropped', positive: !pair.mergedInto, text: `${c.label(pair.from!)} was dropped${ASKS_TO_DROP.test(point.text) ? ' as asked' : ''}${into}` });
  }
  const next = pair?.to ?? pair?.mergedInto ?? null;
  if (pair?.status === 'unchanged' && !pair.interdiff?.messageLines) push({ kind: 'patch-unchanged', positive: false, text: `${c.label(pair.to!)} is unchanged (same patch-id)` });
  if (next) push(quotedCode(c, point, next));
  if (pair) push(quotedMessage(c, point, pair));
  out.push(...namesMoved(c, point, pair));
  push(changelogCredit(point, pair, changelog, onlyPoint));
  if (point.kind === 'bug-report' && point.confirmedBy) push({ kind: 'confirmed', positive: true, text: `the reporter confirmed the fix in <${point.confirmedBy}>` });
  if (point.kind === 'question' && point.status === 'resolved' && point.decidedBy) push({ kind: 'answered', positive: true, text: `answered in the thread, <${point.decidedBy}>` });
  if (point.status === 'disputed' && point.decidedBy) push({ kind: 'declined', positive: false, text: `the author declined, <${point.decidedBy}>` });
  return out;
}
