// From what the archive gave to what revision tracking reads: diffs parsed, and the review points of each
// revision taken from the thread summary of the whole series (outcomes are decided over all revisions).
import type { SeriesRevisionsInput } from '../../ingest/archive/revision-queries.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { assembleSummary } from '../summary/assemble-summary.js';
import type { Summary } from '../summary/summary.js';
import type { SeriesRevisions } from './revision-input.js';

/** `summary` is the assembled summary of `input.summary` when the caller already has it. */
export function seriesRevisions(input: SeriesRevisionsInput, summary: Summary = assembleSummary(input.summary)): SeriesRevisions {
  const series = input.summary.series!;
  return {
    id: series.id,
    title: series.title,
    author: { name: series.authorName, email: series.authorEmail },
    revisions: input.revisions.map((r, i) => ({
      version: r.version,
      label: r.label,
      date: r.date,
      coverMessageId: r.coverMessageId,
      coverBody: r.coverBody,
      title: r.title,
      total: r.total,
      replies: summary.revisions[i]?.replies ?? 0,
      patches: r.patches.map((p) => ({ ...p, files: parseDiff(p.diff) })),
    })),
    points: input.revisions.map((_r, i) => (summary.revisions[i]?.patches ?? []).flatMap((p) => p.points)),
  };
}
