// Read side of threads: the list, and one thread as a tree of messages (ghosts included).
import type { Db } from './db.js';

export interface ThreadSummary {
  id: number;
  rootId: string;
  subject: string;
  messageCount: number;
  firstDate: number | null;
  lastDate: number | null;
}

export interface ThreadMessage {
  messageId: string;
  parentId: string | null;
  depth: number;
  ghost: boolean;
  subject: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  kind: string | null;
  /** Lists the message arrived through (List-Id), one entry per list even when Cc'd to several. */
  lists: string[];
  /** Fix-up patches proposed inline in this message. */
  fixups: number;
}

export function listThreads(db: Db): ThreadSummary[] {
  return db
    .prepare(`SELECT id, root_id AS rootId, subject, message_count AS messageCount, first_date AS firstDate,
      last_date AS lastDate FROM threads ORDER BY first_date, id`)
    .all() as ThreadSummary[];
}

/** The thread that contains `messageId` (a ghost id works too), or undefined. */
export function getThread(db: Db, messageId: string): { thread: ThreadSummary; messages: ThreadMessage[] } | undefined {
  const node = db.prepare('SELECT thread_id FROM thread_nodes WHERE message_id = ?').get(messageId) as { thread_id: number } | undefined;
  if (!node) return undefined;
  const thread = db
    .prepare(`SELECT id, root_id AS rootId, subject, message_count AS messageCount, first_date AS firstDate,
      last_date AS lastDate FROM threads WHERE id = ?`)
    .get(node.thread_id) as ThreadSummary;
  const rows = db
    .prepare(`SELECT n.message_id AS messageId, n.parent_id AS parentId, n.depth, n.ghost, m.subject, m.from_name AS fromName,
        m.from_email AS fromEmail, m.date, m.kind,
        (SELECT group_concat(list_id, ' ') FROM message_lists l WHERE l.message_id = n.message_id) AS lists,
        (SELECT COUNT(*) FROM fixups f WHERE f.message_id = n.message_id) AS fixups
      FROM thread_nodes n LEFT JOIN messages m ON m.message_id = n.message_id
      WHERE n.thread_id = ? ORDER BY n.position`)
    .all(node.thread_id) as Array<Omit<ThreadMessage, 'ghost' | 'lists'> & { ghost: number; lists: string | null }>;
  return {
    thread,
    messages: rows.map((r) => ({ ...r, ghost: r.ghost === 1, lists: r.lists ? r.lists.split(' ').sort() : [], subject: r.subject ?? '', fromName: r.fromName ?? '', fromEmail: r.fromEmail ?? '' })),
  };
}
