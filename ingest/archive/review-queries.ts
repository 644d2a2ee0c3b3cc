// Read side for thread summaries: a series' (or one thread's) messages with their bodies, the diffs of its
// postings and the trailers collected onto them — everything a summary reads, in one pass.
import type { Db } from './db.js';
import { getPatch } from './message-queries.js';
import { listSeries, trailersOf, type RevisionView, type SeriesView, type TrailerRef } from './series-queries.js';
import type { ThreadMessage } from './thread-queries.js';

export interface ReviewMessage extends ThreadMessage {
  threadId: number;
  /** The decoded text body; '' for a ghost. */
  body: string;
}

export interface SummaryInput {
  /** The series, or null when summarising a thread that is no series. */
  series: Omit<SeriesView, 'dependents'> | null;
  /** The revisions summarised, in series order. */
  revisions: RevisionView[];
  /** Every message of the threads involved, thread by thread in tree order (ghosts included). */
  messages: ReviewMessage[];
  /** Diff text of each posting that has one, by message-id. */
  diffs: Map<string, string>;
  /** Trailers on each patch: its own and those collected from replies. */
  trailers: Map<string, TrailerRef[]>;
}

interface MessageRow extends Omit<ReviewMessage, 'ghost' | 'lists'> {
  ghost: number;
  lists: string | null;
}

function messagesOfThreads(db: Db, threadIds: number[]): ReviewMessage[] {
  const stmt = db.prepare(`SELECT n.thread_id AS threadId, n.message_id AS messageId, n.parent_id AS parentId, n.depth, n.ghost,
      m.subject, m.from_name AS fromName, m.from_email AS fromEmail, m.date, m.kind, b.body,
      (SELECT group_concat(list_id, ' ') FROM message_lists l WHERE l.message_id = n.message_id) AS lists,
      (SELECT COUNT(*) FROM fixups f WHERE f.message_id = n.message_id) AS fixups
    FROM thread_nodes n LEFT JOIN messages m ON m.message_id = n.message_id LEFT JOIN message_bodies b ON b.id = m.id
    WHERE n.thread_id = ? ORDER BY n.position`);
  const out: ReviewMessage[] = [];
  for (const id of threadIds) {
    for (const r of stmt.all(id) as MessageRow[]) {
      out.push({
        ...r,
        ghost: r.ghost === 1,
        lists: r.lists ? r.lists.split(' ').sort() : [],
        subject: r.subject ?? '',
        fromName: r.fromName ?? '',
        fromEmail: r.fromEmail ?? '',
        body: r.body ?? '',
      });
    }
  }
  return out;
}

function threadIdsOf(db: Db, messageIds: string[]): number[] {
  const stmt = db.prepare('SELECT thread_id AS id FROM thread_nodes WHERE message_id = ?');
  const ids = new Set<number>();
  for (const m of messageIds) {
    const row = stmt.get(m) as { id: number } | undefined;
    if (row) ids.add(row.id);
  }
  return [...ids].sort((a, b) => a - b);
}

function postingIds(revisions: RevisionView[]): string[] {
  return revisions.flatMap((r) => [...(r.coverMessageId ? [r.coverMessageId] : []), ...r.patches.filter((p) => !p.carried).map((p) => p.messageId)]);
}

/** Diffs of the postings, cut out of the bodies already loaded (the store keeps a diff apart only when it is no slice). */
function diffsOf(db: Db, ids: string[], messages: ReviewMessage[]): Map<string, string> {
  const bodies = new Map(messages.map((m) => [m.messageId, m.body]));
  const stmt = db.prepare('SELECT diff_offset AS offset, diff_length AS length, diff FROM patches WHERE message_id = ?');
  const out = new Map<string, string>();
  for (const id of ids) {
    const row = stmt.get(id) as { offset: number; length: number; diff: string | null } | undefined;
    if (!row) continue;
    const body = bodies.get(id);
    const diff = row.diff ?? (body !== undefined ? body.slice(row.offset, row.offset + row.length) : getPatch(db, id)?.diff ?? '');
    if (diff) out.set(id, diff);
  }
  return out;
}

/** A series with all its revisions (or only those whose id is listed in `revisionIds`). */
export function loadSeriesForSummary(db: Db, seriesId: string, revisionIds?: number[]): SummaryInput | undefined {
  const [series] = listSeries(db, [seriesId]);
  if (!series) return undefined;
  const revisions = revisionIds ? series.revisions.filter((r) => revisionIds.includes(r.id)) : series.revisions;
  const postings = postingIds(revisions);
  const patchIds = revisions.flatMap((r) => r.patches.map((p) => p.messageId));
  const { dependents: _dependents, ...rest } = series;
  const messages = messagesOfThreads(db, threadIdsOf(db, postings));
  return { series: rest, revisions, messages, diffs: diffsOf(db, postings, messages), trailers: trailersOf(db, patchIds) };
}

/** The thread containing `messageId`, summarised on its own (it belongs to no series). */
export function loadThreadForSummary(db: Db, messageId: string): SummaryInput | undefined {
  const threads = threadIdsOf(db, [messageId]);
  if (threads.length === 0) return undefined;
  const messages = messagesOfThreads(db, threads);
  const postings = messages.filter((m) => m.kind === 'patch' || m.kind === 'cover').map((m) => m.messageId);
  return { series: null, revisions: [], messages, diffs: diffsOf(db, postings, messages), trailers: trailersOf(db, postings) };
}

/**
 * The revision a message belongs to (its id): that of its nearest posting ancestor, or itself. An id, not a
 * version: a series can hold an RFC v1 and a v1.
 */
export function revisionIdOf(db: Db, seriesId: string, messageId: string): number | undefined {
  const chain = db
    .prepare(`WITH RECURSIVE up(id, n) AS (SELECT ?, 0 UNION ALL
        SELECT t.parent_id, up.n + 1 FROM thread_nodes t JOIN up ON t.message_id = up.id WHERE t.parent_id IS NOT NULL AND up.n < 500)
      SELECT id FROM up ORDER BY n`)
    .all(messageId) as Array<{ id: string }>;
  const posting = db.prepare(`SELECT r.id FROM revisions r WHERE r.series_id = ? AND (r.cover_message_id = ? OR r.anchor_message_id = ?
      OR EXISTS (SELECT 1 FROM revision_patches rp WHERE rp.revision_id = r.id AND rp.message_id = ? AND rp.carried = 0))
    ORDER BY r.position LIMIT 1`);
  for (const { id } of chain) {
    const hit = posting.get(seriesId, id, id, id) as { id: number } | undefined;
    if (hit) return hit.id;
  }
  return undefined;
}

