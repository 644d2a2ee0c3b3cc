// What a sync brought: a snapshot of the archive taken before, and what is there after that was not —
// new series, new revisions of followed series, new replies and the trailers they gave.
import type { Db } from './db.js';

export interface ArchiveSnapshot {
  /** Messages stored later have a larger rowid. */
  maxRowid: number;
  series: Set<string>;
  /** Revisions by anchor message-id (cover, else first patch). */
  revisions: Set<string>;
}

export interface NewSeries {
  id: string;
  title: string;
  author: { name: string; email: string };
  versions: string[];
}

export interface NewRevision {
  seriesId: string;
  seriesTitle: string;
  version: number;
  label: string;
  messageId: string;
  date: number | null;
  patches: number;
}

export interface NewReplies {
  threadRootId: string;
  threadSubject: string;
  count: number;
  from: string[];
}

export interface NewTrailer {
  patchId: string;
  patchSubject: string;
  name: string;
  value: string;
  givenIn: string;
}

export interface SyncNews {
  newSeries: NewSeries[];
  newRevisions: NewRevision[];
  newReplies: NewReplies[];
  newTrailers: NewTrailer[];
}

interface RevisionRow {
  series_id: string;
  series_title: string;
  author_name: string;
  author_email: string;
  version: number;
  label: string;
  anchor_message_id: string;
  date: number | null;
  patches: number;
}

const versionName = (r: { version: number; label: string }) => [r.label, `v${r.version}`].filter(Boolean).join(' ');

export function takeSnapshot(db: Db): ArchiveSnapshot {
  const maxRowid = (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM messages').get() as { n: number }).n;
  const series = new Set(db.prepare('SELECT id FROM series').pluck().all() as string[]);
  const revisions = new Set(db.prepare('SELECT anchor_message_id FROM revisions').pluck().all() as string[]);
  return { maxRowid, series, revisions };
}

function allRevisions(db: Db): RevisionRow[] {
  return db
    .prepare(`SELECT r.series_id, s.title AS series_title, s.author_name, s.author_email, r.version, r.label,
        r.anchor_message_id, r.date, (SELECT COUNT(*) FROM revision_patches p WHERE p.revision_id = r.id AND p.carried = 0) AS patches
      FROM revisions r JOIN series s ON s.id = r.series_id ORDER BY r.series_id, r.position`)
    .all() as RevisionRow[];
}

/** Everything new since `before`; revisions of existing series are reported for `followed` ones only. */
export function newsSince(db: Db, before: ArchiveSnapshot, followed: (seriesId: string) => boolean): SyncNews {
  const revisions = allRevisions(db);
  const newSeries = new Map<string, NewSeries>();
  const newRevisions: NewRevision[] = [];
  for (const r of revisions) {
    if (!before.series.has(r.series_id)) {
      const s = newSeries.get(r.series_id) ?? { id: r.series_id, title: r.series_title, author: { name: r.author_name, email: r.author_email }, versions: [] };
      s.versions.push(versionName(r));
      newSeries.set(r.series_id, s);
    } else if (!before.revisions.has(r.anchor_message_id) && followed(r.series_id)) {
      newRevisions.push({ seriesId: r.series_id, seriesTitle: r.series_title, version: r.version, label: r.label, messageId: r.anchor_message_id, date: r.date, patches: r.patches });
    }
  }
  return { newSeries: [...newSeries.values()], newRevisions, newReplies: newReplies(db, before.maxRowid), newTrailers: newTrailers(db, before.maxRowid) };
}

function newReplies(db: Db, since: number): NewReplies[] {
  const rows = db
    .prepare(`SELECT t.root_id, t.subject, m.from_name FROM messages m JOIN thread_nodes n ON n.message_id = m.message_id
      JOIN threads t ON t.id = n.thread_id WHERE m.id > ? AND m.kind IN ('reply', 'other') ORDER BY t.first_date, m.date`)
    .all(since) as Array<{ root_id: string; subject: string; from_name: string }>;
  const byThread = new Map<string, NewReplies>();
  for (const r of rows) {
    const t = byThread.get(r.root_id) ?? { threadRootId: r.root_id, threadSubject: r.subject, count: 0, from: [] };
    t.count++;
    if (!t.from.includes(r.from_name)) t.from.push(r.from_name);
    byThread.set(r.root_id, t);
  }
  return [...byThread.values()];
}

function newTrailers(db: Db, since: number): NewTrailer[] {
  return db
    .prepare(`SELECT pt.patch_id AS patchId, pm.subject AS patchSubject, pt.name, pt.value, pt.given_in AS givenIn
      FROM patch_trailers pt JOIN messages gm ON gm.message_id = pt.given_in JOIN messages pm ON pm.message_id = pt.patch_id
      WHERE gm.id > ? AND pt.status = 'collected' ORDER BY gm.date, pt.patch_id`)
    .all(since) as NewTrailer[];
}
