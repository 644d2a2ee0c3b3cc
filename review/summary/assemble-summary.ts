// Builds the summary value from what the archive gave: every reply analysed in thread order, outcomes
// decided over the whole scope, then points, trailers and participants grouped per revision and patch.
import type { Person, ReviewPoint } from '../../core/review-point.js';
import type { SummaryInput } from '../../ingest/archive/review-queries.js';
import { confirmAcrossRevisions } from './confirm-across-revisions.js';
import { buildDigest } from './digest.js';
import { maintainerSteps, participantsOf } from './participants.js';
import { resolveOutcomes } from './resolve-outcomes.js';
import { analyseMessage, type MessageAnalysis, type Segment } from './segment-reply.js';
import type { Decision, PatchSummary, RevisionSummary, Summary, SummaryMessage } from './summary.js';
import { buildThreadContext, type ThreadContext } from './thread-context.js';

function pointOf(s: Segment, outcome: { status: ReviewPoint['status']; decidedBy: string | null }): ReviewPoint {
  return {
    id: s.id,
    messageId: s.messageId,
    by: s.by,
    kind: s.kind!,
    rule: s.rule!,
    reason: s.reason!,
    text: s.text,
    lines: s.lines,
    anchor: s.anchor,
    status: outcome.status,
    decidedBy: outcome.decidedBy,
    answers: s.answers,
  };
}

/** Messages of one revision in tree order, with depths counted from the revision's own top messages. */
function revisionMessages(ctx: ThreadContext, revision: number, marks: Map<string, ReviewPoint[]>): SummaryMessage[] {
  const depth = new Map<string, number>();
  const out: SummaryMessage[] = [];
  for (const m of ctx.input.messages) {
    const posting = ctx.postingOf(m.messageId);
    if (m.ghost || !posting || posting.revision !== revision) continue;
    const d = m.parentId !== null && depth.has(m.parentId) ? depth.get(m.parentId)! + 1 : 0;
    depth.set(m.messageId, d);
    out.push({ ...m, depth: d, parentId: d === 0 ? null : m.parentId, points: marks.get(m.messageId) ?? [] });
  }
  return out;
}

function patchesOf(ctx: ThreadContext, revision: number, points: ReviewPoint[]): PatchSummary[] {
  const r = ctx.input.revisions[revision];
  const postings = r
    ? [...(r.coverMessageId ? [{ index: 0, messageId: r.coverMessageId }] : []), ...r.patches.filter((p) => !p.carried)]
    : [...ctx.postings.values()].map((p) => ({ index: p.patchIndex, messageId: p.messageId }));
  return postings.map((p) => ({
    index: p.index,
    messageId: p.messageId,
    subject: ctx.byId.get(p.messageId)?.subject ?? '',
    points: points.filter((pt) => pt.anchor?.patchMessageId === p.messageId),
    trailers: (ctx.input.trailers.get(p.messageId) ?? []).filter((t) => t.status !== 'own'),
  }));
}

function revisionsOf(ctx: ThreadContext, points: ReviewPoint[], marks: Map<string, ReviewPoint[]>, people: (ids: string[]) => ReturnType<typeof participantsOf>): RevisionSummary[] {
  const count = Math.max(1, ctx.input.revisions.length);
  return Array.from({ length: count }, (_x, i) => {
    const r = ctx.input.revisions[i];
    const messages = revisionMessages(ctx, i, marks);
    const inRevision = points.filter((p) => ctx.postingOf(p.messageId)?.revision === i);
    return {
      version: r?.version ?? null,
      label: r?.label ?? '',
      coverMessageId: r?.coverMessageId ?? messages[0]?.messageId ?? null,
      date: r?.date ?? messages[0]?.date ?? null,
      replies: messages.filter((m) => m.kind === 'reply' || m.kind === 'other').length,
      participants: people(messages.map((m) => m.messageId)),
      patches: patchesOf(ctx, i, inRevision),
      messages,
    };
  });
}

function decisionsOf(points: ReviewPoint[], ctx: ThreadContext, steps: ReturnType<typeof maintainerSteps>): Decision[] {
  const decided: Decision[] = points
    .filter((p) => p.decidedBy && (p.status === 'resolved' || p.status === 'disputed'))
    .map((p) => {
      const m = ctx.byId.get(p.decidedBy!);
      const by: Person = m ? { name: m.fromName || m.fromEmail, email: m.fromEmail.toLowerCase() } : { name: '', email: '' };
      return { kind: p.status as 'resolved' | 'disputed', messageId: p.decidedBy!, date: m?.date ?? null, by, pointId: p.id, text: p.text };
    });
  const maintainer: Decision[] = steps.map((s) => ({ kind: s.action, messageId: s.messageId, date: s.date, by: s.by, text: s.text }));
  return [...decided, ...maintainer].sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
}

export function assembleSummary(input: SummaryInput): Summary {
  const ctx = buildThreadContext(input);
  const analyses = new Map<string, MessageAnalysis>();
  for (const m of input.messages) analyses.set(m.messageId, analyseMessage(m, ctx, analyses));
  const segments = [...analyses.values()].flatMap((a) => a.segments);
  const outcomes = resolveOutcomes(segments, ctx.author.email);
  const points = segments.filter((s) => s.kind !== null).map((s) => pointOf(s, outcomes.get(s.id)!));
  confirmAcrossRevisions(points, segments, ctx);
  const marks = new Map<string, ReviewPoint[]>();
  for (const p of points) marks.set(p.messageId, [...(marks.get(p.messageId) ?? []), p]);
  const steps = maintainerSteps(segments);
  const people = (ids: string[]) => participantsOf(ids.map((id) => ctx.byId.get(id)!).filter(Boolean), ctx.author, steps);
  const revisions = revisionsOf(ctx, points, marks, people);
  const participants = people(input.messages.map((m) => m.messageId));
  const open = points.filter((p) => p.status === 'open' || p.status === 'disputed');
  const decisions = decisionsOf(points, ctx, steps);
  const series = input.series ? { id: input.series.id, title: input.series.title, author: ctx.author } : null;
  const title = input.series?.title ?? input.messages.find((m) => !m.ghost)?.subject ?? '';
  const summary: Summary = { schema: 1, series, title, digest: [], participants, revisions, points, open, decisions };
  summary.digest = buildDigest(summary);
  return summary;
}
