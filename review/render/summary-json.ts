// The versioned JSON shape of `summarize` (schema 1): revisions → patches → points, then what is still
// open and what was decided. Points keep their anchor (patch, file, post-image line, hunk) and the rule
// that classified them, for revision tracking and for showing them inline at diff lines.
import type { ReviewPoint } from '../../core/review-point.js';
import { revisionName } from '../../core/revision-name.js';
import type { TrailerRef } from '../../ingest/archive/series-queries.js';
import type { Participant } from '../summary/participants.js';
import type { Decision, Summary } from '../summary/summary.js';
import { isoDate } from './dates.js';

export function pointJson(p: ReviewPoint) {
  return {
    id: p.id,
    by: p.by,
    kind: p.kind,
    status: p.status,
    text: p.text,
    messageId: p.messageId,
    anchor: p.anchor
      ? {
          patchMessageId: p.anchor.patchMessageId,
          patch: p.anchor.patchIndex,
          file: p.anchor.file ?? null,
          line: p.anchor.line ?? null,
          hunk: p.anchor.hunk ?? null,
          quotedMessageId: p.anchor.messageId,
          quotedAuthor: p.anchor.author,
          quote: p.anchor.quote ?? null,
        }
      : null,
    decidedBy: p.decidedBy,
    ...(p.confirmedBy ? { confirmedBy: p.confirmedBy } : {}),
    rule: p.rule,
    answers: p.answers,
  };
}

const participantJson = (p: Participant) => ({ name: p.name, email: p.email, role: p.role, messages: p.messages, ...(p.evidence ? { evidence: p.evidence } : {}) });

const trailerJson = (t: TrailerRef) => ({ name: t.name, value: t.value, givenIn: t.givenIn, ...(t.status !== 'collected' ? { problem: t.status } : {}) });

const decisionJson = (d: Decision) => ({ kind: d.kind, messageId: d.messageId, date: isoDate(d.date), by: d.by, ...(d.pointId ? { point: d.pointId } : {}), text: d.text });

export function summaryJson(s: Summary) {
  return {
    schema: 1 as const,
    series: s.series,
    title: s.title,
    digest: s.digest,
    participants: s.participants.map(participantJson),
    revisions: s.revisions.map((r) => ({
      version: r.version,
      label: r.label,
      name: r.version === null ? null : revisionName(r),
      coverMessageId: r.coverMessageId,
      date: isoDate(r.date),
      replies: r.replies,
      participants: r.participants.map(participantJson),
      patches: r.patches.map((p) => ({ index: p.index, messageId: p.messageId, subject: p.subject, points: p.points.map(pointJson), trailers: p.trailers.map(trailerJson) })),
    })),
    open: s.open.map(pointJson),
    decisions: s.decisions.map(decisionJson),
  };
}
