// What review and check read: a series or message in the archive, or mail files read into a scratch
// archive in memory (never the user's). Each series found becomes one review, with the points the
// thread's reviewers already made.
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { parseKernelVersion } from '../../knowledge/kernel-version.js';
import { archiveTarget, describeDiagnostics, fileTargets, ReviewTargetError, type TargetedSeries } from '../../review/review-target.js';
import { narrowToPostings } from '../../review/narrow-thread.js';
import { reviewSeries, type Review } from '../../review/review-series.js';
import { assembleSummary } from '../../review/summary/assemble-summary.js';
import { openArchiveForReading } from '../open-archive.js';

export interface ReviewInputArgs {
  db: string;
  /** A revision name: `v2`, `RFC`, `RFC v2`, `RESEND v1`. */
  revision?: string;
  /** The kernel release the series is meant for, e.g. `6.12`. */
  kernel?: string;
  /** Every revision found in the files (check), not only the latest of each series (review). */
  every?: boolean;
  stdin?: Readable;
}

export interface ReviewInput {
  reviews: Review[];
  /** Mail that could not be read, said in one line each (the rest is still reviewed). */
  notes: string[];
}

/** Several arguments, `-`, or an existing path are files; one argument that is none of these names something in the archive. */
export const namesFiles = (targets: readonly string[]): boolean => targets.length > 1 || targets[0] === '-' || existsSync(targets[0]);

async function fromFiles(targets: string[], args: ReviewInputArgs): Promise<{ db: Db; series: TargetedSeries[]; notes: string[] }> {
  // The ingest pipeline is loaded only for files: a review from the archive does not pay for it.
  const { ingest } = await import('../../ingest/ingest.js');
  const db = openDb(':memory:');
  const report = await ingest(db, targets, { stdin: args.stdin });
  const label = targets.join(' ');
  if (report.failed.length) throw new ReviewTargetError('REVIEW_INPUT', describeDiagnostics(report.failed).join('; '), label);
  return { db, series: fileTargets(db, { revision: args.revision, every: args.every, label }), notes: describeDiagnostics(report.skipped) };
}

export async function loadReviews(targets: string[], args: ReviewInputArgs): Promise<ReviewInput> {
  const targetVersion = args.kernel ? parseKernelVersion(args.kernel, '--kernel') : undefined;
  const files = namesFiles(targets);
  const { db, series, notes } = files ? await fromFiles(targets, args) : { ...(await fromArchive(targets[0], args)), notes: [] };
  try {
    const reviews: Review[] = [];
    for (const t of series) {
      const input = t.summaryInput;
      const pointsAbout = input ? (postings: ReadonlySet<string>) => assembleSummary(narrowToPostings(input, postings)).points : undefined;
      reviews.push(await reviewSeries(t.series, { pointsAbout, targetVersion }));
    }
    return { reviews, notes };
  } finally {
    db.close();
  }
}

async function fromArchive(target: string, args: ReviewInputArgs): Promise<{ db: Db; series: TargetedSeries[] }> {
  const db = await openArchiveForReading(args.db);
  try {
    return { db, series: [archiveTarget(db, target, args.revision)] };
  } catch (err) {
    db.close();
    throw err;
  }
}
