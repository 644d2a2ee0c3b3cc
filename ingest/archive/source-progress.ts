// Remembers how far each seekable source file has been stored, so an interrupted ingest resumes there
// and an unchanged file is not read again.
import type { Db } from './db.js';

export interface SourceProgress {
  source: string;
  size: number;
  mtime: number;
  offset: number;
  complete: boolean;
}

export function getProgress(db: Db, source: string): SourceProgress | undefined {
  const row = db.prepare('SELECT source, size, mtime, offset, complete FROM source_progress WHERE source = ?').get(source) as
    | { source: string; size: number; mtime: number; offset: number; complete: number }
    | undefined;
  return row && { ...row, complete: row.complete === 1 };
}

export function saveProgress(db: Db, p: SourceProgress): void {
  db.prepare(`INSERT INTO source_progress (source, size, mtime, offset, complete) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(source) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, offset = excluded.offset,
    complete = excluded.complete`).run(p.source, p.size, p.mtime, p.offset, p.complete ? 1 : 0);
}
