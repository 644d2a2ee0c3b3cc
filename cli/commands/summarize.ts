// mlreview summarize MSGID|SERIES: who asked for what, what was agreed, what is still open. A series id
// summarises every revision; a message-id the revision (or, outside any series, the thread) it belongs to.
import { loadSeriesForSummary, loadThreadForSummary, revisionIdOf, type SummaryInput } from '../../ingest/archive/review-queries.js';
import { hasMessage } from '../../ingest/archive/message-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import type { Db } from '../../ingest/archive/db.js';
import { normaliseMessageId } from '../../ingest/parse/msgid.js';
import { colors } from '../../review/render/colors.js';
import { summaryJson } from '../../review/render/summary-json.js';
import { summaryMarkdown } from '../../review/render/summary-md.js';
import { drawSummary } from '../../review/render/summary-text.js';
import { assembleSummary } from '../../review/summary/assemble-summary.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { openArchiveForReading } from '../open-archive.js';
import type { ReadArgs } from './threads.js';
import { SUMMARY_FORMATS } from '../output-formats.js';


/** What to summarise: a series by id (or id prefix), else the revision or thread of a message. */
export function summaryInputFor(db: Db, idOrMessageId: string): SummaryInput | undefined {
  if (!idOrMessageId.includes('@')) {
    const series = findSeriesId(db, idOrMessageId.trim());
    if (series && !hasMessage(db, idOrMessageId.trim())) return loadSeriesForSummary(db, series);
  }
  const messageId = normaliseMessageId(idOrMessageId);
  if (!hasMessage(db, messageId)) return undefined;
  const series = findSeriesId(db, messageId);
  if (!series) return loadThreadForSummary(db, messageId);
  const revision = revisionIdOf(db, series, messageId);
  return loadSeriesForSummary(db, series, revision === undefined ? undefined : [revision]);
}

export async function runSummarize(idOrMessageId: string, args: ReadArgs & { width?: number }): Promise<CommandResult> {
  const format = outputFormat(args.output, SUMMARY_FORMATS);
  const db = await openArchiveForReading(args.db);
  try {
    const input = summaryInputFor(db, idOrMessageId);
    if (!input) throw new UsageError(`${idOrMessageId}: no series with that id, and no message with that message-id in ${args.db}`);
    const summary = assembleSummary(input);
    if (format === 'json') return { exitCode: 0, stdout: json(summaryJson(summary)) };
    if (format === 'md') return { exitCode: 0, stdout: summaryMarkdown(summary) };
    return { exitCode: 0, stdout: drawSummary(summary, colors(args.color), args.width ?? 110) };
  } finally {
    db.close();
  }
}
