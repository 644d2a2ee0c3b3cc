// Reads what derive needs from the archive and writes back threads, series and collected trailers.
import type { Trailer } from '../../core/patch.js';
import type { Db } from './db.js';
import type { ThreadInput } from '../thread.js';

/** What series assembly knows of a message: its threading facts (title as written) and more. */
export interface MessageFacts extends ThreadInput {
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
}

interface MessageRow {
  message_id: string;
  in_reply_to: string | null;
  refs: string;
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
}

const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
const list = (s: string): string[] => (s === '' ? [] : s.split(','));

/**
 * Facts for what series and trailer collection look at: postings, thread roots (possible naked covers)
 * and replies that give trailers. Threads must be written first (their roots are read back).
 */
export function loadMessageFacts(db: Db): MessageFacts[] {
  // Rows are streamed into facts, never held twice.
  const out: MessageFacts[] = [];
  const rows = db
    .prepare(`SELECT m.message_id, m.in_reply_to, m.refs, m.date, m.title, m.is_reply, m.kind,
        m.from_name, m.from_email, m.version, m.labels, m.tags, m.idx, m.total, m.links, m.depends_on,
        p.change_id, m.has_diff
      FROM messages m LEFT JOIN patches p ON p.message_id = m.message_id
      WHERE m.kind IN ('cover', 'patch', 'pull')
        OR m.message_id IN (SELECT root_id FROM threads)
        OR EXISTS (SELECT 1 FROM message_trailers t WHERE t.message_id = m.message_id AND t.quoted = 0)`)
    .iterate() as IterableIterator<MessageRow>;
  for (const r of rows) out.push({
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    references: words(r.refs),
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
  });
  return out;
}

/** What threading needs of every message, and nothing more. */
export function loadThreadInputs(db: Db): ThreadInput[] {
  const out: ThreadInput[] = [];
  const rows = db.prepare('SELECT message_id, in_reply_to, refs, date, title, is_reply FROM messages').iterate() as IterableIterator<{
    message_id: string; in_reply_to: string | null; refs: string; date: number | null; title: string; is_reply: number;
  }>;
  for (const r of rows) {
    out.push({ messageId: r.message_id, inReplyTo: r.in_reply_to, references: words(r.refs), date: r.date, title: r.title.toLowerCase(), isReply: r.is_reply === 1 });
  }
  return out;
}

/** Touched paths per patch message. */
export function loadPatchFiles(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const rows = db.prepare('SELECT message_id, COALESCE(new_path, old_path) AS path FROM patch_files').all() as Array<{
    message_id: string;
    path: string;
  }>;
  for (const r of rows) out.set(r.message_id, [...(out.get(r.message_id) ?? []), r.path]);
  return out;
}

/** Unquoted trailers written in each message, in order. */
export function loadMessageTrailers(db: Db): Map<string, Trailer[]> {
  const out = new Map<string, Trailer[]>();
  const rows = db
    .prepare(`SELECT message_id, name, value, extinfo, person_name, person_email FROM message_trailers
      WHERE quoted = 0 ORDER BY message_id, position`)
    .all() as Array<{ message_id: string; name: string; value: string; extinfo: string | null; person_name: string | null; person_email: string | null }>;
  for (const r of rows) {
    const t: Trailer = {
      name: r.name,
      value: r.value,
      kind: r.person_email !== null || r.person_name !== null ? 'person' : 'utility',
      ...(r.extinfo ? { extinfo: r.extinfo } : {}),
      ...(r.person_email !== null || r.person_name !== null
        ? { person: { name: r.person_name ?? '', email: r.person_email ?? '' } }
        : {}),
    };
    out.set(r.message_id, [...(out.get(r.message_id) ?? []), t]);
  }
  return out;
}

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

export function writeThreads(db: Db, threads: ThreadRow[]): void {
  const thread = db.prepare(`INSERT INTO threads (id, root_id, subject, message_count, first_date, last_date)
    VALUES (?, ?, COALESCE((SELECT subject FROM messages WHERE message_id = ?), ''), ?, ?, ?)`);
  const node = db.prepare('INSERT INTO thread_nodes (message_id, thread_id, parent_id, ghost, depth, position) VALUES (?, ?, ?, ?, ?, ?)');
  threads.forEach((t, i) => {
    thread.run(i + 1, t.rootId, t.firstMessageId, t.messageCount, t.firstDate, t.lastDate);
    for (const n of t.nodes) node.run(n.messageId, i + 1, n.parentId, n.ghost ? 1 : 0, n.depth, n.position);
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
