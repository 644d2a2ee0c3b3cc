// Read side for revision tracking: a series' revisions with each patch's parts (subject title, commit
// message, notes below ---, diff, trailers) and each cover letter's text, plus what a summary reads.
import type { Db } from './db.js';
import { getPatch } from './message-queries.js';
import { loadSeriesForSummary, type SummaryInput } from './review-queries.js';
import { trailersOf, type RevisionView, type TrailerRef } from './series-queries.js';

export interface PostedPatch {
  index: number;
  messageId: string;
  title: string;
  commitMessage: string;
  notes: string;
  diff: string;
  trailers: TrailerRef[];
  carried: boolean;
}

export interface PostedRevision extends Omit<RevisionView, 'patches'> {
  coverBody: string;
  patches: PostedPatch[];
}

export interface SeriesRevisionsInput {
  revisions: PostedRevision[];
  /** Everything a thread summary of the whole series reads (for the review points of each revision). */
  summary: SummaryInput;
}

/** `summary` is the series' summary input when the caller already read it. */
export function loadSeriesRevisions(db: Db, seriesId: string, summary = loadSeriesForSummary(db, seriesId)): SeriesRevisionsInput | undefined {
  if (!summary?.series) return undefined;
  const titleOf = db.prepare('SELECT title FROM messages WHERE message_id = ?');
  const bodyOf = db.prepare('SELECT b.body FROM messages m JOIN message_bodies b ON b.id = m.id WHERE m.message_id = ?');
  const trailers = trailersOf(db, summary.revisions.flatMap((r) => r.patches.map((p) => p.messageId)));
  const revisions = summary.revisions.map((r): PostedRevision => ({
    ...r,
    coverBody: r.coverMessageId ? ((bodyOf.get(r.coverMessageId) as { body: string } | undefined)?.body ?? '') : '',
    patches: r.patches.map((p) => {
      const stored = getPatch(db, p.messageId);
      return {
        index: p.index,
        messageId: p.messageId,
        title: (titleOf.get(p.messageId) as { title: string } | undefined)?.title ?? p.subject,
        commitMessage: stored?.commitMessage ?? '',
        notes: stored?.notes ?? '',
        diff: stored?.diff ?? '',
        trailers: trailers.get(p.messageId) ?? [],
        carried: p.carried,
      };
    }),
  }));
  return { revisions, summary };
}
