// Read side of a patch: its parts, with the diff cut back out of the body it was stored in.
import type { Db } from './db.js';

export interface StoredPatch {
  messageId: string;
  commitMessage: string;
  notes: string;
  diffstat: string;
  diff: string;
  baseCommit: string | null;
  changeId: string | null;
  inBodyFrom: string | null;
  pullUrl: string | null;
}

interface PatchRow {
  message_id: string;
  commit_message: string;
  notes: string;
  diffstat: string;
  diff_offset: number;
  diff_length: number;
  diff: string | null;
  base_commit: string | null;
  change_id: string | null;
  in_body_from: string | null;
  pull_url: string | null;
  body: string;
}

export function getPatch(db: Db, messageId: string): StoredPatch | undefined {
  const r = db
    .prepare(`SELECT p.*, b.body FROM patches p JOIN messages m ON m.message_id = p.message_id
      JOIN message_bodies b ON b.id = m.id WHERE p.message_id = ?`)
    .get(messageId) as PatchRow | undefined;
  if (!r) return undefined;
  return {
    messageId: r.message_id,
    commitMessage: r.commit_message,
    notes: r.notes,
    diffstat: r.diffstat,
    // JS string offsets (UTF-16), as written by the message store.
    diff: r.diff ?? r.body.slice(r.diff_offset, r.diff_offset + r.diff_length),
    baseCommit: r.base_commit,
    changeId: r.change_id,
    inBodyFrom: r.in_body_from,
    pullUrl: r.pull_url,
  };
}

/** Is this message stored (not only named by another message's References)? */
export function hasMessage(db: Db, messageId: string): boolean {
  return db.prepare('SELECT 1 FROM messages WHERE message_id = ?').get(messageId) !== undefined;
}
