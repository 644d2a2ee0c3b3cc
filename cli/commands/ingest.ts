// mlreview ingest SOURCE...: store mail in the archive, then thread it and find series.
import type { Readable } from 'node:stream';
import { ingestArchive } from '../../ingest/ingest-archive.js';
import type { IngestReport } from '../../ingest/ingest.js';
import type { Diagnostic } from '../../core/message.js';
import { isImapUrl } from '../../ingest/sources/imap-location.js';
import { imapPasswords } from '../imap-credentials.js';
import type { FetchPolicy } from '../../ingest/sources/http-fetch.js';
import { json, outputFormat, type CommandResult } from '../command-result.js';
import type { Progress } from '../progress.js';

export interface IngestArgs {
  sources: string[];
  db: string;
  output?: string;
  /** Read for `-` (default: process.stdin). */
  stdin?: Readable;
  progress: Progress;
  env: NodeJS.ProcessEnv;
  insecurePlain?: boolean;
  fetchPolicy?: FetchPolicy;
  months?: number;
}

/** Where a skipped message sat: a byte offset in a file, a UID in a mailbox. */
function position(d: Diagnostic): string {
  if (d.offset === undefined) return '';
  return isImapUrl(d.source) ? `UID ${d.offset}` : `byte ${d.offset}`;
}

function text(r: IngestReport): string {
  const lines = [`added ${r.added} messages, ${r.duplicates} duplicates, ${r.skipped.length} skipped`, `archive: ${r.threads} threads, ${r.series} series`];
  for (const u of r.unchanged) lines.push(`unchanged since the last ingest: ${u}`);
  for (const s of r.skipped) {
    const where = [s.source, position(s), s.messageId ? `<${s.messageId}>` : ''].filter(Boolean).join(' ');
    lines.push(`skipped ${where}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runIngest(args: IngestArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const notices: string[] = [];
  const report = await ingestArchive(args.db, args.sources, {
    stdin: args.stdin,
    onProgress: (p) => args.progress.update(p),
    onNotice: (message) => notices.push(message),
    imap: { password: imapPasswords(args.env), insecurePlain: args.insecurePlain },
    fetchPolicy: args.fetchPolicy,
    months: args.months,
  });
  args.progress.stop();
  const skipped = report.skipped.map((s) => ({ source: s.source, offset: s.offset ?? null, messageId: s.messageId ?? null, reason: s.reason }));
  const failed = report.failed.map((f) => ({ source: f.source, reason: f.reason }));
  const stdout =
    format === 'json'
      ? json({ schema: 1, added: report.added, duplicates: report.duplicates, skipped, failed, threads: report.threads, series: report.series })
      : text(report);
  // A source that could not be read at all failed the job (2); skipped messages mean it completed with problems (1).
  const stderr = [...notices, ...report.failed.map((f) => f.reason)].map((line) => `mlreview: ${line}\n`).join('');
  return { stdout, stderr, exitCode: report.failed.length > 0 ? 2 : report.skipped.length > 0 ? 1 : 0 };
}
