// mlreview search QUERY: full-text search with from:, subject: and file: prefixes.
import { searchMessages } from '../../ingest/archive/search-queries.js';
import { parseSearchQuery } from '../../ingest/search-query.js';
import { colors } from '../../review/render/colors.js';
import { isoDate, shortDate } from '../../review/render/dates.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { openArchiveForReading } from '../open-archive.js';
import type { ReadArgs } from './threads.js';

export async function runSearch(query: string, args: ReadArgs & { limit: number }): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const q = parseSearchQuery(query);
  if (!q.text.length && !q.from.length && !q.subject.length && !q.file.length) throw new UsageError('search: empty query');
  const db = await openArchiveForReading(args.db);
  try {
    const hits = searchMessages(db, q, args.limit);
    if (format === 'json') {
      return { exitCode: 0, stdout: json({ schema: 1, results: hits.map((h) => ({ messageId: h.messageId, subject: h.subject, from: { name: h.fromName, email: h.fromEmail }, date: isoDate(h.date), kind: h.kind })) }) };
    }
    const c = colors(args.color);
    const lines = hits.map((h) => `${shortDate(h.date)}  ${h.subject}  ${c.dim(`${h.fromName} <${h.messageId}>`)}`);
    return { exitCode: 0, stdout: lines.length ? `${lines.join('\n')}\n` : 'no matches\n' };
  } finally {
    db.close();
  }
}
