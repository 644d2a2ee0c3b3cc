// Decides what happened to each point that asks something: every later segment that answers it, directly
// or down a chain of answers, is read in date order, and the last one that decides anything wins.
// Who decides depends on who asked: a reviewer's request is settled by the author (or withdrawn by the
// reviewer); the author's own question is settled by anyone answering it.
import { ASKING_KINDS, type PointStatus } from '../../core/review-point.js';
import type { Segment } from './segment-reply.js';

export interface Outcome {
  status: PointStatus;
  decidedBy: string | null;
}

type Verdict = 'resolved' | 'disputed' | null;

/** What one answer does to an ask, or null when it decides nothing. */
function verdict(ask: Segment, answer: Segment, authorEmail: string): Verdict {
  const asker = answer.by.email === ask.by.email;
  const owner = ask.by.email === authorEmail ? !asker : answer.by.email === authorEmail;
  const kind = answer.kind;
  if (owner && (kind === 'commitment' || kind === 'agreement')) return 'resolved';
  // The asker accepts the answer, withdraws, or gives a trailer after all.
  if (asker && (kind === 'agreement' || kind === 'trailer')) return 'resolved';
  // "No, because …" answers a question; to a request it is pushback.
  if (owner && kind === 'objection') return ask.kind === 'question' ? 'resolved' : 'disputed';
  if (ask.kind === 'question' && !asker && kind === null) return 'resolved';
  if (ask.kind === 'bug-report') return null;
  // The author explained instead of agreeing: the request stands against the explanation.
  if (owner && kind === null) return 'disputed';
  return null;
}

function answersOf(segments: Segment[]): Map<string, Segment[]> {
  const out = new Map<string, Segment[]>();
  for (const s of segments) {
    for (const target of s.answers) {
      const list = out.get(target);
      if (list) list.push(s);
      else out.set(target, [s]);
    }
  }
  return out;
}

/** Everything that answers `ask`, down the chain, oldest first. */
function discussion(ask: Segment, answers: Map<string, Segment[]>): Segment[] {
  const seen = new Set<string>([ask.id]);
  const out: Segment[] = [];
  const queue = [ask.id];
  while (queue.length) {
    for (const s of answers.get(queue.shift()!) ?? []) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push(s);
      queue.push(s.id);
    }
  }
  return out.sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
}

/** Outcome of every asking point, by segment id; other points are `noted`. */
export function resolveOutcomes(segments: Segment[], authorEmail: string): Map<string, Outcome> {
  const answers = answersOf(segments);
  const out = new Map<string, Outcome>();
  for (const s of segments) {
    if (s.kind === null) continue;
    // The author pushing back on a point is an answer to it, not a new ask: the point it answers carries the outcome.
    const authorAnswering = s.kind === 'objection' && s.by.email === authorEmail && s.answers.length > 0;
    if (!ASKING_KINDS.has(s.kind) || authorAnswering) {
      out.set(s.id, { status: 'noted', decidedBy: null });
      continue;
    }
    let outcome: Outcome = { status: 'open', decidedBy: null };
    for (const answer of discussion(s, answers)) {
      const v = verdict(s, answer, authorEmail);
      if (v === 'resolved' || (v === 'disputed' && outcome.status !== 'resolved')) outcome = { status: v, decidedBy: answer.messageId };
    }
    out.set(s.id, outcome);
  }
  return out;
}
