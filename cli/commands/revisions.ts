// mlreview revisions SERIES|MSGID [--from vA --to vB]: what changed from one revision of a series to the
// next, whether the changelog says so, whether trailers were carried fairly, and whether each review
// comment was addressed. A message-id names the series it belongs to.
import { loadSeriesRevisions } from '../../ingest/archive/revision-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { normaliseMessageId } from '../../ingest/parse/msgid.js';
import { colors } from '../../review/render/colors.js';
import { revisionsJson } from '../../review/render/revisions-json.js';
import { revisionsMarkdown } from '../../review/render/revisions-md.js';
import { drawRevisions } from '../../review/render/revisions-text.js';
import { assembleRevisions } from '../../review/revisions/assemble-revisions.js';
import { findRevision, revisionName } from '../../core/revision-name.js';
import type { RevisionSnapshot } from '../../review/revisions/revision-input.js';
import { seriesRevisions } from '../../review/revisions/series-revisions.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { openArchiveForReading } from '../open-archive.js';
import type { ReadArgs } from './threads.js';

import { REVISIONS_FORMATS } from '../output-formats.js';

export interface RevisionsArgs extends ReadArgs {
  from?: string;
  to?: string;
  interdiff?: boolean;
  width?: number;
}

export async function runRevisions(idOrMessageId: string, args: RevisionsArgs): Promise<CommandResult> {
  const format = outputFormat(args.output, REVISIONS_FORMATS);
  const db = await openArchiveForReading(args.db);
  try {
    const id = findSeriesId(db, idOrMessageId.trim()) ?? findSeriesId(db, normaliseMessageId(idOrMessageId));
    const input = id ? loadSeriesRevisions(db, id) : undefined;
    if (!id || !input) throw new UsageError(`${idOrMessageId}: no series with that id, and no message of a series with that message-id in ${args.db}`);
    const series = seriesRevisions(input);
    const range = args.from !== undefined || args.to !== undefined ? chooseRange(id, series.revisions, args.from, args.to) : undefined;
    const report = assembleRevisions(series, range);
    if (format === 'json') return { exitCode: 0, stdout: json(revisionsJson(report, range !== undefined)) };
    if (format === 'md') return { exitCode: 0, stdout: revisionsMarkdown(report, Boolean(args.interdiff)) };
    return { exitCode: 0, stdout: drawRevisions(report, colors(args.color), { width: args.width ?? 110, interdiffs: Boolean(args.interdiff) }) };
  } finally {
    db.close();
  }
}

/** Positions of --from and --to; one alone means its neighbour (the next after --from, the one before --to). */
function chooseRange(id: string, revisions: RevisionSnapshot[], from: string | undefined, to: string | undefined) {
  const at = (flag: string, value: string) => {
    const i = findRevision(revisions, value);
    if (i < 0) throw new UsageError(`${flag} ${value}: series ${id} has no such revision (it has ${revisions.map(revisionName).join(', ')})`);
    return i;
  };
  const a = from !== undefined ? at('--from', from) : at('--to', to!) - 1;
  const b = to !== undefined ? at('--to', to) : a + 1;
  if (a < 0 || b >= revisions.length || a >= b) {
    throw new UsageError(`--from ${from ?? '(none)'} --to ${to ?? '(none)'}: expected an earlier revision, then a later one, of ${revisions.map(revisionName).join(', ')}`);
  }
  return { from: a, to: b };
}
