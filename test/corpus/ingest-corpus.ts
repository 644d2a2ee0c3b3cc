// Ingests corpus files into a fresh archive for one conformance case and reads back what we concluded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { ingest, type IngestReport } from '../../ingest/ingest.js';

export interface CaseArchive {
  db: Db;
  report: IngestReport;
}

export async function ingestCase(...files: string[]): Promise<CaseArchive> {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-case-')), 'archive.db'));
  const report = await ingest(db, files);
  return { db, report };
}

export function kindCounts(db: Db): { covers: number; patches: number; comments: number } {
  const count = (where: string) => (db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE ${where}`).get() as { n: number }).n;
  return { covers: count("kind = 'cover'"), patches: count("kind IN ('patch', 'pull')"), comments: count("kind = 'reply'") };
}

export interface RevisionShape {
  title: string;
  version: number;
  label: string;
  hasCover: boolean;
  patches: number;
  missing: number[];
  seriesId: string;
}

/** Revisions in date order: how many patches each got, whether it has a cover. */
export function revisionShapes(db: Db): RevisionShape[] {
  const rows = db
    .prepare(`SELECT r.title, r.version, r.label, r.cover_message_id, r.missing_json, r.series_id,
        (SELECT COUNT(*) FROM revision_patches rp WHERE rp.revision_id = r.id AND rp.carried = 0) AS posted
      FROM revisions r ORDER BY r.date, r.id`)
    .all() as Array<{ title: string; version: number; label: string; cover_message_id: string | null; missing_json: string; series_id: string; posted: number }>;
  return rows.map((r) => ({
    title: r.title,
    version: r.version,
    label: r.label,
    hasCover: r.cover_message_id !== null,
    patches: r.posted,
    missing: JSON.parse(r.missing_json),
    seriesId: r.series_id,
  }));
}
