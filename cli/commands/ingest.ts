// mlreview ingest SOURCE...: store mail in the archive, then thread it and find series.
import type { Readable } from 'node:stream';
import { ingestArchive } from '../../ingest/ingest-archive.js';
import type { IngestReport } from '../../ingest/ingest.js';
import { json, outputFormat, type CommandResult } from '../command-result.js';
import type { Progress } from '../progress.js';

export interface IngestArgs {
  sources: string[];
  db: string;
  output?: string;
  stdin: Readable;
  progress: Progress;
}

function text(r: IngestReport): string {
  const lines = [`added ${r.added} messages, ${r.duplicates} duplicates, ${r.skipped.length} skipped`, `archive: ${r.threads} threads, ${r.series} series`];
  for (const u of r.unchanged) lines.push(`unchanged since the last ingest: ${u}`);
  for (const s of r.skipped) {
    const where = [s.source, s.offset !== undefined ? `byte ${s.offset}` : '', s.messageId ? `<${s.messageId}>` : ''].filter(Boolean).join(' ');
    lines.push(`skipped ${where}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runIngest(args: IngestArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const report = await ingestArchive(args.db, args.sources, { stdin: args.stdin, onProgress: (p) => args.progress.update(p) });
  args.progress.stop();
  const skipped = report.skipped.map((s) => ({ source: s.source, offset: s.offset ?? null, messageId: s.messageId ?? null, reason: s.reason }));
  const stdout =
    format === 'json'
      ? json({ schema: 1, added: report.added, duplicates: report.duplicates, skipped, threads: report.threads, series: report.series })
      : text(report);
  // Completed with problems: some input was skipped (it is named above), the rest is stored.
  return { stdout, exitCode: report.skipped.length > 0 ? 1 : 0 };
}
