// Opens the archive file (the only place that imports better-sqlite3) and brings its schema up to date.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { migrations } from './migrations/index.js';

/**
 * The compiled SQLite addon, by its path. Left to itself, better-sqlite3 finds it through the `bindings`
 * package, which reads a stack trace and tries a dozen paths at every start, and which finds nothing from
 * the one-file build of the CLI (the stack names the bundle, not the package).
 */
function sqliteAddon(): string | undefined {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
let addon: string | undefined | null = null;

export type Db = Database.Database;

export class ArchiveError extends Error {
  constructor(
    readonly code: 'ARCHIVE_NEWER' | 'ARCHIVE_OPEN',
    message: string,
  ) {
    super(message);
  }
}

/** Opens (creating if needed) the archive at `file`, in WAL mode, migrated to the latest schema. */
export function openDb(file: string, options: { readonly?: boolean } = {}): Db {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    addon ??= sqliteAddon();
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, ...(addon ? { nativeBinding: addon } : {}) });
  } catch (err) {
    throw new ArchiveError('ARCHIVE_OPEN', `${file}: cannot open archive: ${(err as Error).message}`);
  }
  if (!options.readonly) {
    // Mail bodies are large: 16 KiB pages halve the overflow chains (set before the first table exists).
    if ((db.pragma('user_version', { simple: true }) as number) === 0) db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~128 MiB of WAL rather than every 4 MiB: bulk ingest writes each page far fewer times.
    db.pragma('wal_autocheckpoint = 8192');
  }
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -16000');
  migrate(db, file);
  return db;
}

function migrate(db: Db, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1].version;
  if (current > latest) {
    throw new ArchiveError(
      'ARCHIVE_NEWER',
      `${file}: archive schema version ${current} is newer than this mlreview understands (${latest}); upgrade mlreview`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
