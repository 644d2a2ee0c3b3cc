// mlreview series list / series show ID|MSGID.
import { findSeriesId, listSeries, trailersOf } from '../../ingest/archive/series-queries.js';
import { normaliseMessageId } from '../../ingest/parse/msgid.js';
import { seriesJson } from '../../review/render/series-json.js';
import { drawSeries, drawSeriesList } from '../../review/render/series-text.js';
import { colors } from '../../review/render/colors.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { openArchiveForReading } from '../open-archive.js';
import type { ReadArgs } from './threads.js';

export async function runSeriesList(args: ReadArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const db = await openArchiveForReading(args.db);
  try {
    const all = listSeries(db);
    if (format === 'json') return { exitCode: 0, stdout: json({ schema: 1, series: all.map((s) => seriesJson(s)) }) };
    return { exitCode: 0, stdout: all.length ? drawSeriesList(all, colors(args.color)) : 'no series in the archive\n' };
  } finally {
    db.close();
  }
}

export async function runSeriesShow(idOrMessageId: string, args: ReadArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const db = await openArchiveForReading(args.db);
  try {
    const id = findSeriesId(db, idOrMessageId) ?? findSeriesId(db, normaliseMessageId(idOrMessageId));
    if (!id) throw new UsageError(`${idOrMessageId}: no series with that id, and no message of a series with that message-id`);
    const [s] = listSeries(db, [id]);
    const trailers = trailersOf(db, s.revisions.flatMap((r) => r.patches.map((p) => p.messageId)));
    if (format === 'json') return { exitCode: 0, stdout: json({ schema: 1, series: seriesJson(s, trailers) }) };
    return { exitCode: 0, stdout: drawSeries(s, trailers, colors(args.color)) };
  } finally {
    db.close();
  }
}
