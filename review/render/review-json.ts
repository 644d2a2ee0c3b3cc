// The review as JSON, schema 1: `{"schema":1,"findings":[{"id","severity","patch","file","line","message",
// "entry"}]}` as the issue fixed it, plus fields that only add (the posting's number and subject, the hunk,
// the quoted line, who already raised it) and the series reviewed.
import type { ReviewFinding } from '../../core/review-finding.js';
import type { Review } from '../review-series.js';
import { counts } from './review-view.js';
import { revisionName } from '../../core/revision-name.js';

function findingJson(f: ReviewFinding) {
  return {
    id: f.id,
    severity: f.severity,
    patch: f.patch,
    file: f.file,
    line: f.line,
    message: f.message,
    entry: f.entry,
    source: f.source,
    title: f.title,
    confidence: f.confidence,
    patchIndex: f.patchIndex,
    subject: f.subject,
    part: f.part,
    side: f.side,
    column: f.column ?? null,
    hunk: f.hunk,
    function: f.function ?? null,
    quote: f.quote,
    raisedBy: f.raisedBy ? { name: f.raisedBy.by.name, email: f.raisedBy.by.email, messageId: f.raisedBy.messageId, pointId: f.raisedBy.pointId, how: f.raisedBy.how } : null,
  };
}

export function seriesJson(r: Review) {
  const s = r.series;
  return {
    id: s.seriesId, title: s.title, version: s.version, label: s.label, name: revisionName(s),
    cover: s.cover?.messageId ?? null, patches: s.patches.map((p) => ({ index: p.index, messageId: p.messageId, subject: p.subject })), missing: s.missing,
  };
}

/** One review, or several (an mbox with more than one series): the findings of all, each series listed. */
export function reviewJson(reviews: readonly Review[]) {
  const findings = reviews.flatMap((r) => r.findings);
  return { schema: 1 as const, series: reviews.map(seriesJson), counts: counts(findings), findings: findings.map(findingJson) };
}
