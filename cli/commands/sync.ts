// mlreview sync [--config FILE]: bring every configured source up to date and say what is new.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { configCandidates, parseSyncConfig, type SyncConfig } from '../../ingest/sync-config.js';
import { sync } from '../../ingest/sync.js';
import { drawSyncReport } from '../../review/render/sync-text.js';
import { colors } from '../../review/render/colors.js';
import { archivePath } from '../archive-path.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { imapPasswords } from '../imap-credentials.js';
import { openArchiveForWriting } from '../open-archive.js';
import type { Progress } from '../progress.js';

export interface SyncArgs {
  config?: string;
  /** --db as given; the configuration's db is used when it is absent. */
  dbOption?: string;
  output?: string;
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  progress: Progress;
}

function loadConfig(args: SyncArgs): { file: string; config: SyncConfig } {
  const file = args.config ?? configCandidates(args.cwd, args.env, homedir()).find(existsSync);
  if (!file) {
    throw new UsageError(`no configuration: pass --config FILE, or write mlreview.toml (or mlreview.json) here or in ${configCandidates(args.cwd, args.env, homedir())[2].replace(/\/config\.toml$/, '/')}`);
  }
  if (!existsSync(file)) throw new UsageError(`${file}: no such configuration file`);
  return { file, config: parseSyncConfig(readFileSync(file, 'utf8'), file) };
}

/** `~/x` is the home folder; other relative paths are taken from the configuration file's folder. */
const pathResolver = (configFile: string) => (path: string) =>
  path.startsWith('~/') ? resolve(homedir(), path.slice(2)) : resolve(resolve(configFile, '..'), path);

export async function runSync(args: SyncArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const { file, config } = loadConfig(args);
  const resolvePath = pathResolver(file);
  const dbFile = args.dbOption || args.env.MLREVIEW_DB ? archivePath(args.dbOption, args.env) : config.db ? resolvePath(config.db) : archivePath(undefined, args.env);
  const db = await openArchiveForWriting(dbFile);
  const notices: string[] = [];
  try {
    const report = await sync(db, config, {
      imapPassword: imapPasswords(args.env),
      resolvePath,
      onProgress: (p) => args.progress.update(p),
      onNotice: (m) => notices.push(m),
    });
    args.progress.stop();
    const failed = report.sources.filter((s) => s.failed);
    const stdout = format === 'json' ? json({ schema: 1, config: file, ...report }) : drawSyncReport(report, colors(args.color));
    const stderr = [...notices, ...failed.map((s) => s.failed!)].map((l) => `mlreview: ${l}\n`).join('');
    // As for ingest: a source that could not be read fails the run; skipped messages only qualify it.
    const exitCode = failed.length ? 2 : report.sources.some((s) => s.skipped.length) ? 1 : 0;
    return { stdout, stderr, exitCode };
  } finally {
    db.close();
  }
}
