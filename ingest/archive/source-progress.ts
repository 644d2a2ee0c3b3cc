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

/** How far an IMAP mailbox has been stored: every UID below `nextUid` of UIDVALIDITY `uidValidity`. */
export interface MailboxProgress {
  mailbox: string;
  uidValidity: number;
  nextUid: number;
}

export function getMailboxProgress(db: Db, mailbox: string): MailboxProgress | undefined {
  const row = db.prepare('SELECT uidvalidity, next_uid FROM imap_mailboxes WHERE mailbox = ?').get(mailbox) as
    | { uidvalidity: number; next_uid: number }
    | undefined;
  return row && { mailbox, uidValidity: row.uidvalidity, nextUid: row.next_uid };
}

export function saveMailboxProgress(db: Db, p: MailboxProgress, now: number): void {
  db.prepare(`INSERT INTO imap_mailboxes (mailbox, uidvalidity, next_uid, synced_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, next_uid = excluded.next_uid,
    synced_at = excluded.synced_at`).run(p.mailbox, p.uidValidity, p.nextUid, now);
}
