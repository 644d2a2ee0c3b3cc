// Where each kind of source resumes, saved with every committed batch: a file by byte offset (so an
// interrupted or appended-to mbox is read on from there), an IMAP mailbox by UID under its UIDVALIDITY.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from './archive/db.js';
import { getMailboxProgress, getProgress, saveMailboxProgress, saveProgress } from './archive/source-progress.js';
import type { OpenedSource } from './sources/read-source.js';
import type { ImapMailboxSource } from './sources/imap.js';

function startsMessageAt(path: string, offset: number): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    return readSync(fd, head, 0, 5, offset) === 5 && head.toString('latin1') === 'From ';
  } finally {
    closeSync(fd);
  }
}

/** Where a source resumes, and how each committed batch records how far it got. */
export interface Checkpoint {
  /** Position to read from: a byte offset in a file, a UID in an IMAP mailbox. */
  resumeAt: number;
  /** Saved inside the batch's transaction: `next` is the position of the first message not stored yet. */
  save(next: number, complete: boolean): void;
  /** The position after the whole source, once it has been read to its end. */
  end(): number;
}

/** A file resumes where an interrupted run stopped, or after what an appended-to mbox already held. */
export function fileCheckpoint(db: Db, src: OpenedSource): Checkpoint | 'unchanged' {
  const key = src.seekable ? resolve(src.spec) : undefined;
  const stat = key ? statSync(key) : undefined;
  const previous = key ? getProgress(db, key) : undefined;
  const sameFile = previous && stat && previous.size === stat.size && previous.mtime === Math.floor(stat.mtimeMs);
  if (sameFile && previous.complete) return 'unchanged';
  // A file rewritten in between (no message starts at the old position any more) is read from the top.
  const candidate = previous && stat && (sameFile || stat.size > previous.size) ? previous.offset : 0;
  const resumeAt = candidate > 0 && key && startsMessageAt(key, candidate) ? candidate : 0;
  return {
    resumeAt,
    save: (offset, complete) => {
      if (key && stat) saveProgress(db, { source: key, size: stat.size, mtime: Math.floor(stat.mtimeMs), offset, complete });
    },
    end: () => stat?.size ?? src.size,
  };
}

/** A mailbox resumes at the UID after the last one stored, under the UIDVALIDITY it was stored with. */
export function mailboxCheckpoint(db: Db, src: ImapMailboxSource, now: () => number): Checkpoint {
  const previous = getMailboxProgress(db, src.location.url);
  return {
    resumeAt: previous?.nextUid ?? 1,
    save: (nextUid) => {
      if (src.uidValidity !== undefined) saveMailboxProgress(db, { mailbox: src.location.url, uidValidity: src.uidValidity, nextUid }, now());
    },
    end: () => src.nextUid,
  };
}

