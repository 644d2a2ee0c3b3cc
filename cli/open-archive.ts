// Opens the archive for a read command and finishes derived state an interrupted ingest left stale.
import { existsSync } from 'node:fs';
import { openDb, type Db } from '../ingest/archive/db.js';
import { isDerivedStale } from '../ingest/archive/derived-store.js';
import { derive } from '../ingest/derive.js';
import { UsageError } from './command-result.js';

export function openArchiveForReading(file: string): Db {
  if (file !== ':memory:' && !existsSync(file)) {
    throw new UsageError(`${file}: no archive here yet; run "mlreview ingest SOURCE" first (or pass --db FILE)`);
  }
  return openArchiveForWriting(file);
}

/** Opens (creating if needed) the archive for a command that adds to it, finishing stale derived state first. */
export function openArchiveForWriting(file: string): Db {
  const db = openDb(file);
  if (isDerivedStale(db)) derive(db);
  return db;
}
