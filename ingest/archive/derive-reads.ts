// What derive reads from the message tables, a component batch at a time or one message at a time, so that
// its memory follows the size of a thread, not of the archive.
import type { Trailer } from '../../core/patch.js';
import type { Db } from './db.js';
import type { ThreadInput } from '../thread.js';
import type { ReplyLinks } from '../thread-components.js';

/** What series assembly and trailer collection know of a message beyond its place in the thread. */
export interface MessageFacts {
  /** Order of arrival in the archive: breaks ties between messages with the same date. */
  rowid: number;
  messageId: string;
  date: number | null;
  title: string;
  isReply: boolean;
  kind: 'cover' | 'patch' | 'reply' | 'pull' | 'other';
  fromName: string;
  fromEmail: string;
  version: number | null;
  labels: string[];
  tags: string[];
  index: number | null;
  total: number | null;
  links: string[];
  dependsOn: string[];
  changeId: string | null;
  hasDiff: boolean;
  /** It writes trailers of its own (not only quoted ones). */
  givesTrailers: boolean;
}

interface FactsRow {
  id: number;
  message_id: string;
  date: number | null;
  title: string;
  is_reply: number;
  kind: MessageFacts['kind'];
  from_name: string;
  from_email: string;
  version: number | null;
  labels: string;
  tags: string;
  idx: number | null;
  total: number | null;
  links: string;
  depends_on: string;
  change_id: string | null;
  has_diff: number;
  gives_trailers: number;
}

const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
const list = (s: string): string[] => (s === '' ? [] : s.split(','));
/** Rowids travel into SQL as one JSON array parameter (SQLite caps the number of parameters). */
const IN_ROWIDS = 'IN (SELECT value FROM json_each(?))';
const rowidList = (rowids: Int32Array) => JSON.stringify(Array.from(rowids));

/** Every stored message's threading ids, streamed. */
export function scanReplyLinks(db: Db, visit: (m: ReplyLinks) => void): void {
  const rows = db.prepare('SELECT id, message_id, in_reply_to, refs FROM messages').iterate() as IterableIterator<{
    id: number; message_id: string; in_reply_to: string | null; refs: string;
  }>;
  for (const r of rows) visit({ rowid: r.id, messageId: r.message_id, inReplyTo: r.in_reply_to, references: words(r.refs) });
}

/**
 * Pairs of (reference-less `Re:` mail, message without parents and the same title): threading may attach
 * the first to the second, so both must be threaded together.
 */
export function orphanReplyCandidates(db: Db): Array<[string, string]> {
  const rootless = `in_reply_to IS NULL AND refs = ''`;
  const orphans = db.prepare(`SELECT message_id, title FROM messages WHERE is_reply = 1 AND ${rootless}`).all() as Array<{ message_id: string; title: string }>;
  if (orphans.length === 0) return [];
  const byTitle = new Map<string, string[]>();
  for (const o of orphans) byTitle.set(o.title.toLowerCase(), [...(byTitle.get(o.title.toLowerCase()) ?? []), o.message_id]);
  const pairs: Array<[string, string]> = [];
  const roots = db.prepare(`SELECT message_id, title FROM messages WHERE is_reply = 0 AND ${rootless}`).iterate() as IterableIterator<{ message_id: string; title: string }>;
  for (const r of roots) for (const orphan of byTitle.get(r.title.toLowerCase()) ?? []) pairs.push([orphan, r.message_id]);
  return pairs;
}

/** What threading needs of the given messages, and nothing more. */
export function loadThreadInputs(db: Db, rowids: Int32Array): ThreadInput[] {
  const rows = db.prepare(`SELECT message_id, in_reply_to, refs, date, title, is_reply FROM messages WHERE id ${IN_ROWIDS}`)
    .all(rowidList(rowids)) as Array<{ message_id: string; in_reply_to: string | null; refs: string; date: number | null; title: string; is_reply: number }>;
  return rows.map((r) => ({
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    references: words(r.refs),
    date: r.date,
    title: r.title.toLowerCase(),
    isReply: r.is_reply === 1,
  }));
}

/**
 * Facts for the messages of a batch that series and trailer collection look at: postings, the batch's
 * thread roots (possible naked covers) and messages that give trailers.
 */
export function loadMessageFacts(db: Db, rowids: Int32Array, rootIds: string[]): MessageFacts[] {
  const rows = db
    .prepare(`SELECT * FROM (SELECT m.id, m.message_id, m.date, m.title, m.is_reply, m.kind, m.from_name, m.from_email,
        m.version, m.labels, m.tags, m.idx, m.total, m.links, m.depends_on, p.change_id, m.has_diff,
        EXISTS (SELECT 1 FROM message_trailers t WHERE t.message_id = m.message_id AND t.quoted = 0) AS gives_trailers
      FROM messages m LEFT JOIN patches p ON p.message_id = m.message_id WHERE m.id ${IN_ROWIDS})
      WHERE kind IN ('cover', 'patch', 'pull') OR gives_trailers OR message_id IN (SELECT value FROM json_each(?))`)
    .all(rowidList(rowids), JSON.stringify(rootIds)) as FactsRow[];
  return rows.map((r) => ({
    rowid: r.id,
    messageId: r.message_id,
    date: r.date,
    title: r.title,
    isReply: r.is_reply === 1,
    kind: r.kind,
    fromName: r.from_name,
    fromEmail: r.from_email,
    version: r.version,
    labels: list(r.labels),
    tags: list(r.tags),
    index: r.idx,
    total: r.total,
    links: words(r.links),
    dependsOn: words(r.depends_on),
    changeId: r.change_id,
    hasDiff: r.has_diff === 1,
    givesTrailers: r.gives_trailers === 1,
  }));
}

/** Touched paths of one patch message. */
export function patchFilesReader(db: Db): (messageId: string) => string[] {
  const stmt = db.prepare('SELECT COALESCE(new_path, old_path) AS path FROM patch_files WHERE message_id = ?').pluck();
  return (messageId) => stmt.all(messageId) as string[];
}

/** Unquoted trailers written in one message, in order. */
export function ownTrailersReader(db: Db): (messageId: string) => Trailer[] {
  const stmt = db.prepare(`SELECT name, value, extinfo, person_name, person_email FROM message_trailers
    WHERE message_id = ? AND quoted = 0 ORDER BY position`);
  return (messageId) =>
    (stmt.all(messageId) as Array<{ name: string; value: string; extinfo: string | null; person_name: string | null; person_email: string | null }>).map((r) => {
      const person = r.person_email !== null || r.person_name !== null;
      return {
        name: r.name,
        value: r.value,
        kind: person ? 'person' : 'utility',
        ...(r.extinfo ? { extinfo: r.extinfo } : {}),
        ...(person ? { person: { name: r.person_name ?? '', email: r.person_email ?? '' } } : {}),
      };
    });
}
