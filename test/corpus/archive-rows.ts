// Reads back, per message, what a conformance case stored: the message row, its patch parts and the
// trailers that apply to a patch. Trailers come back as `Name: value` lines, the way people write them.
import type { Db } from '../../ingest/archive/db.js';
import { getPatch } from '../../ingest/archive/message-queries.js';

export interface MessageRecord {
  message_id: string;
  synthetic_id: number;
  subject: string;
  from_name: string;
  from_email: string;
  to_raw: string;
  cc_raw: string;
  in_reply_to: string | null;
  body: string;
  kind: string;
  title: string;
  version: number | null;
  idx: number | null;
  total: number | null;
}

export interface PatchRecord {
  message_id: string;
  commit_message: string;
  notes: string;
  diffstat: string;
  diff: string;
  base_commit: string | null;
  change_id: string | null;
  pull_url: string | null;
}

export interface FileRecord {
  old_path: string | null;
  new_path: string | null;
  status: string;
  binary: number;
}

export interface StoredTrailer {
  name: string;
  value: string;
  extinfo: string | null;
  quoted: number;
}

export function allMessages(db: Db): MessageRecord[] {
  return db.prepare('SELECT m.*, b.body FROM messages m JOIN message_bodies b ON b.id = m.id ORDER BY m.id').all() as MessageRecord[];
}

export function messageById(db: Db, messageId: string): MessageRecord | undefined {
  return db.prepare('SELECT m.*, b.body FROM messages m JOIN message_bodies b ON b.id = m.id WHERE m.message_id = ?').get(messageId) as MessageRecord | undefined;
}

export function patchById(db: Db, messageId: string): PatchRecord | undefined {
  const p = getPatch(db, messageId);
  return p && {
    message_id: p.messageId,
    commit_message: p.commitMessage,
    notes: p.notes,
    diffstat: p.diffstat,
    diff: p.diff,
    base_commit: p.baseCommit,
    change_id: p.changeId,
    pull_url: p.pullUrl,
  };
}

export function filesOf(db: Db, messageId: string): FileRecord[] {
  return db.prepare('SELECT old_path, new_path, status, binary FROM patch_files WHERE message_id = ? ORDER BY rowid')
    .all(messageId) as FileRecord[];
}

/** Trailers that apply to a patch with the given status, in the order they were collected. */
export function trailerLines(db: Db, patchId: string, status: 'own' | 'collected' | 'mismatch' | 'bot'): string[] {
  const rows = db.prepare('SELECT name, value FROM patch_trailers WHERE patch_id = ? AND status = ? ORDER BY position')
    .all(patchId, status) as Array<{ name: string; value: string }>;
  return rows.map((r) => `${r.name}: ${r.value}`);
}

/** Every trailer line recorded against any patch, whatever its status. */
export function allPatchTrailerLines(db: Db): string[] {
  const rows = db.prepare('SELECT name, value FROM patch_trailers').all() as Array<{ name: string; value: string }>;
  return rows.map((r) => `${r.name}: ${r.value}`);
}

/** Trailers as written in one message (a patch's block, a reply's own and quoted lines). */
export function writtenTrailers(db: Db, messageId: string): StoredTrailer[] {
  return db.prepare('SELECT name, value, extinfo, quoted FROM message_trailers WHERE message_id = ? ORDER BY position')
    .all(messageId) as StoredTrailer[];
}

export interface RevisionRecord {
  id: number;
  series_id: string;
  version: number;
  cover_message_id: string | null;
  title: string;
  total: number;
  missing_json: string;
  partial_of: number | null;
}

export function revisionsInOrder(db: Db): RevisionRecord[] {
  return db.prepare('SELECT * FROM revisions ORDER BY series_id, position').all() as RevisionRecord[];
}

/** idx → message-id of a revision's patches, posted and carried apart. */
export function revisionPatches(db: Db, revisionId: number): { posted: Record<number, string>; carried: Record<number, string> } {
  const rows = db.prepare('SELECT idx, message_id, carried FROM revision_patches WHERE revision_id = ? ORDER BY idx')
    .all(revisionId) as Array<{ idx: number; message_id: string; carried: number }>;
  const posted: Record<number, string> = {};
  const carried: Record<number, string> = {};
  for (const r of rows) (r.carried ? carried : posted)[r.idx] = r.message_id;
  return { posted, carried };
}
