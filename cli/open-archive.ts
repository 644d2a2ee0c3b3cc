// Opens the archive for a read command and finishes derived state an interrupted ingest left stale.
import { existsSync } from 'node:fs';
import { openDb, type Db } from '../ingest/archive/db.js';
import { isDerivedStale } from '../ingest/archive/derived-store.js';
import { UsageError } from './command-result.js';

export async function openArchiveForReading(file: string): Promise<Db> {
  if (file !== ':memory:' && !existsSync(file)) {
    throw new UsageError(`${file}: no archive here yet; run "mlreview ingest SOURCE" first (or pass --db FILE)`);
  }
  return openArchiveForWriting(file);
}

/**
 * Opens (creating if needed) the archive for a command that adds to it, finishing stale derived state first.
 * The derive code is loaded only then: it is a good part of a read command's start otherwise.
 */
export async function openArchiveForWriting(file: string): Promise<Db> {
  const db = openDb(file);
  if (isDerivedStale(db)) {
    try {
      (await import('../ingest/derive.js')).derive(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }
  return db;
}
