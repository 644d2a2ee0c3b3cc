// What to review: a revision of a series in the archive (by series id or any message-id; the latest revision,
// or --revision N), or mail files (an mbox, patch files, a format-patch folder) read into a scratch archive in
// memory, never into the user's, so that series, threads and replies are worked out the same way.
import type { Diagnostic } from '../core/message.js';
import type { Db } from '../ingest/archive/db.js';
import { postingsById, postingsOutsideRevisions } from '../ingest/archive/posting-queries.js';
import { hasMessage } from '../ingest/archive/message-queries.js';
import { findRevision, revisionName } from '../core/revision-name.js';
import { loadSeriesForSummary, revisionIdOf, type SummaryInput } from '../ingest/archive/review-queries.js';
import { findSeriesId, listSeries, type RevisionView, type SeriesView } from '../ingest/archive/series-queries.js';
import { normaliseMessageId } from '../ingest/parse/msgid.js';
import { toPosting, type ReviewSeries } from './posting.js';
import { seriesFromPostings } from './series-from-postings.js';

export interface TargetedSeries {
  series: ReviewSeries;
  /** The thread around the revision, for what reviewers already said; absent for a lone patch. */
  summaryInput?: SummaryInput;
}

export class ReviewTargetError extends Error {
  constructor(
    readonly code: 'REVIEW_TARGET' | 'REVIEW_REVISION' | 'REVIEW_INPUT',
    message: string,
    readonly target: string,
  ) {
    super(message);
  }
}

function seriesOfRevision(db: Db, seriesId: string, r: RevisionView): ReviewSeries {
  const own = r.patches.filter((p) => !p.carried);
  const stored = postingsById(db, [...(r.coverMessageId ? [r.coverMessageId] : []), ...own.map((p) => p.messageId)]);
  const indexOf = new Map(own.map((p) => [p.messageId, p.index]));
  const postings = stored.map((s) => toPosting(s, s.messageId === r.coverMessageId ? 0 : indexOf.get(s.messageId)));
  return {
    seriesId,
    title: r.title,
    version: r.version,
    label: r.label,
    cover: postings.find((p) => p.messageId === r.coverMessageId) ?? null,
    patches: postings.filter((p) => p.messageId !== r.coverMessageId).sort((a, b) => a.index - b.index),
    missing: r.missing,
  };
}

/** The revision `name` names (`v2`, `RFC`, `RESEND v1` …), or the latest without one. */
function pickRevision(s: SeriesView, name: string | undefined, target: string): RevisionView {
  const chosen = name === undefined ? s.revisions[s.revisions.length - 1] : s.revisions[findRevision(s.revisions, name)];
  if (!chosen) {
    const have = s.revisions.map(revisionName).join(', ');
    throw new ReviewTargetError('REVIEW_REVISION', `${target}: series ${s.id} has no revision "${name}" (it has ${have}; name one as "v2", "RFC", "RFC v2", "RESEND v1")`, target);
  }
  return chosen;
}

function targeted(db: Db, s: SeriesView, r: RevisionView): TargetedSeries {
  return { series: seriesOfRevision(db, s.id, r), summaryInput: loadSeriesForSummary(db, s.id, [r.id]) };
}

/**
 * A series id (or unique prefix) names its latest revision; a message-id the revision it belongs to;
 * `revision` overrides either.
 */
export function archiveTarget(db: Db, target: string, revision?: string): TargetedSeries {
  const raw = target.trim();
  const bySeries = !raw.includes('@') && !hasMessage(db, raw) ? findSeriesId(db, raw) : undefined;
  const messageId = normaliseMessageId(raw);
  const seriesId = bySeries ?? (hasMessage(db, messageId) ? findSeriesId(db, messageId) : undefined);
  if (!seriesId) {
    if (hasMessage(db, messageId)) return lonePosting(db, messageId, target);
    throw new ReviewTargetError('REVIEW_TARGET', `${target}: no series with that id and no message with that message-id in the archive`, target);
  }
  const [series] = listSeries(db, [seriesId]);
  const messageRevision = revision === undefined && !bySeries ? revisionIdOf(db, seriesId, messageId) : undefined;
  const ofMessage = series.revisions.find((r) => r.id === messageRevision);
  return targeted(db, series, ofMessage ?? pickRevision(series, revision, target));
}

function lonePosting(db: Db, messageId: string, target: string): TargetedSeries {
  const [stored] = postingsById(db, [messageId]);
  const posting = stored ? toPosting(stored) : undefined;
  if (!posting || posting.patch.files.length === 0) {
    throw new ReviewTargetError('REVIEW_TARGET', `${target}: this message is no patch and belongs to no series; give a patch or a series`, target);
  }
  return { series: seriesFromPostings([posting]) };
}

/**
 * Everything a scratch archive of mail files holds: per series its latest revision (or every revision, for
 * `check`, or the one `revision` names), then each patch that belongs to no series on its own.
 */
export function fileTargets(db: Db, opts: { revision?: string; every?: boolean; label: string }): TargetedSeries[] {
  const out: TargetedSeries[] = [];
  for (const s of listSeries(db)) {
    if (opts.every && opts.revision === undefined) out.push(...s.revisions.map((r) => targeted(db, s, r)));
    else if (opts.revision === undefined || findRevision(s.revisions, opts.revision) >= 0) out.push(targeted(db, s, pickRevision(s, opts.revision, opts.label)));
  }
  for (const stored of postingsById(db, postingsOutsideRevisions(db))) {
    const p = toPosting(stored);
    if (p.patch.files.length > 0) out.push({ series: seriesFromPostings([p]) });
  }
  if (out.length === 0) throw new ReviewTargetError('REVIEW_INPUT', `${opts.label}: no patch found${opts.revision !== undefined ? ` in a revision "${opts.revision}"` : ''} (expected mail with a diff: git format-patch output or an mbox of a series)`, opts.label);
  return out;
}

/** Sources that could not be read, and mail that could not be parsed, said in one line each. */
export const describeDiagnostics = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.source}${d.offset ? ` at byte ${d.offset}` : ''}${d.messageId ? ` <${d.messageId}>` : ''}: ${d.reason}`);
