// Opens the archive file (the only place that imports better-sqlite3) and brings its schema up to date.
import type DatabaseType from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { migrations } from './migrations/index.js';

// Required rather than imported: a CommonJS package imported from ESM is first scanned for its export
// names, which every command pays for at start.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof DatabaseType;

export type Db = DatabaseType.Database;

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
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
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
