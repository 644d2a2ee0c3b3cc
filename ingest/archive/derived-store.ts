// Writes back what derive works out: threads, series and collected trailers (derive-reads.ts reads its input).
import type { Db } from './db.js';

export interface ThreadRow {
  rootId: string;
  /** The thread's subject is that of its first message in the archive. */
  firstMessageId: string;
  messageCount: number;
  firstDate: number | null;
  lastDate: number | null;
  nodes: Array<{ messageId: string; parentId: string | null; ghost: boolean; depth: number; position: number }>;
}

export interface RevisionRow {
  seriesId: string;
  position: number;
  version: number;
  label: string;
  coverId: string | null;
  anchorId: string;
  title: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  total: number;
  missing: number[];
  partialOf: string | null;
  linkConfidence: string | null;
  linkReason: string | null;
  dependsOn: string[];
  patches: Array<{ index: number; messageId: string; carried: boolean }>;
}

export interface SeriesRow {
  id: string;
  title: string;
  fromName: string;
  fromEmail: string;
  firstDate: number | null;
  revisions: RevisionRow[];
}

export interface PatchTrailerRow {
  patchId: string;
  name: string;
  value: string;
  givenIn: string;
  status: string;
}

/** Derive rewrites these tables whole; callers wrap the rewrite in one transaction. */
export function clearDerived(db: Db): void {
  for (const t of ['thread_nodes', 'threads', 'series', 'revisions', 'revision_patches', 'patch_trailers']) {
    db.exec(`DELETE FROM ${t}`);
  }
}

/** Writes threads numbered from `firstId` on. */
export function writeThreads(db: Db, threads: ThreadRow[], firstId: number): void {
  const thread = db.prepare(`INSERT INTO threads (id, root_id, subject, message_count, first_date, last_date)
    VALUES (?, ?, COALESCE((SELECT subject FROM messages WHERE message_id = ?), ''), ?, ?, ?)`);
  const node = db.prepare('INSERT INTO thread_nodes (message_id, thread_id, parent_id, ghost, depth, position) VALUES (?, ?, ?, ?, ?, ?)');
  threads.forEach((t, i) => {
    thread.run(firstId + i, t.rootId, t.firstMessageId, t.messageCount, t.firstDate, t.lastDate);
    for (const n of t.nodes) node.run(n.messageId, firstId + i, n.parentId, n.ghost ? 1 : 0, n.depth, n.position);
  });
}

export function writeSeries(db: Db, series: SeriesRow[]): void {
  const seriesStmt = db.prepare('INSERT INTO series (id, title, author_name, author_email, first_date) VALUES (?, ?, ?, ?, ?)');
  const revision = db.prepare(`INSERT INTO revisions (series_id, position, version, label, cover_message_id,
    anchor_message_id, title, author_name, author_email, date, total, missing_json, partial_of, link_confidence,
    link_reason, depends_on_json) VALUES (@seriesId, @position, @version, @label, @coverId, @anchorId, @title,
    @fromName, @fromEmail, @date, @total, @missing, @partialOf, @linkConfidence, @linkReason, @dependsOnJson)`);
  const patch = db.prepare('INSERT OR IGNORE INTO revision_patches (revision_id, idx, message_id, carried) VALUES (?, ?, ?, ?)');
  const revisionIds = new Map<string, number>();
  for (const s of series) {
    seriesStmt.run(s.id, s.title, s.fromName, s.fromEmail, s.firstDate);
    for (const r of s.revisions) {
      const partialOf = r.partialOf ? revisionIds.get(r.partialOf) ?? null : null;
      const id = Number(revision.run({ ...r, missing: JSON.stringify(r.missing), partialOf, dependsOnJson: JSON.stringify(r.dependsOn) }).lastInsertRowid);
      revisionIds.set(r.anchorId, id);
      for (const p of r.patches) patch.run(id, p.index, p.messageId, p.carried ? 1 : 0);
    }
  }
}

export function writeTrailers(db: Db, trailers: PatchTrailerRow[]): void {
  const trailer = db.prepare('INSERT INTO patch_trailers (patch_id, position, name, value, given_in, status) VALUES (?, ?, ?, ?, ?, ?)');
  const positions = new Map<string, number>();
  for (const t of trailers) {
    const pos = positions.get(t.patchId) ?? 0;
    positions.set(t.patchId, pos + 1);
    trailer.run(t.patchId, pos, t.name, t.value, t.givenIn, t.status);
  }
}

export function markDerivedFresh(db: Db): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('derived_stale', '0')").run();
}

export function markDerivedStale(db: Db): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('derived_stale', '1')").run();
}

export function isDerivedStale(db: Db): boolean {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'derived_stale'").get() as { value: string } | undefined;
  return row?.value === '1';
}
