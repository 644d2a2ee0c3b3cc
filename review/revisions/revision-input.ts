// What revision tracking reads: each revision of a series as posted, with every patch's parts and the
// trailers on it, plus the review points of the summary. A value; the archive loader fills it.
import type { FileDiff } from '../../core/patch.js';
import type { ReviewPoint } from '../../core/review-point.js';
import type { PostedPatch } from '../../ingest/archive/revision-queries.js';

/**
 * A patch as posted (its subject title without the `[PATCH …]` tags, commit message, notes below `---`,
 * diff, its own and collected trailers, whether a partial reroll carried it) with the diff parsed.
 */
export interface RevisionPatch extends PostedPatch {
  files: FileDiff[];
}

export interface RevisionSnapshot {
  version: number;
  /** RFC, RESEND, … as in the subject tags; '' for none. */
  label: string;
  date: number | null;
  coverMessageId: string | null;
  /** The cover letter's text; '' without one. */
  coverBody: string;
  title: string;
  /** N of the `n/N` numbering. */
  total: number;
  patches: RevisionPatch[];
  /** Replies to this revision's postings. */
  replies: number;
}

export interface SeriesRevisions {
  id: string;
  title: string;
  author: { name: string; email: string };
  /** In series order (as `series show` lists them). */
  revisions: RevisionSnapshot[];
  /** The review points raised on each revision (same order as `revisions`), from the thread summary. */
  points: ReviewPoint[][];
}
