// Full-text search over subjects, authors and what people wrote (FTS5), plus files touched by patches.
import type { Db } from './db.js';
import { ftsExpression, type SearchQuery } from '../search-query.js';

export interface SearchHit {
  messageId: string;
  subject: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  kind: string;
}

export function searchMessages(db: Db, q: SearchQuery, limit = 50): SearchHit[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const match = ftsExpression(q);
  if (match) {
    where.push('m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)');
    params.push(match);
  }
  for (const f of q.file) {
    where.push(`EXISTS (SELECT 1 FROM patch_files f WHERE f.message_id = m.message_id
      AND (f.new_path LIKE ? ESCAPE '\\' OR f.old_path LIKE ? ESCAPE '\\'))`);
    const like = `%${f.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (where.length === 0) return [];
  return db
    .prepare(`SELECT m.message_id AS messageId, m.subject, m.from_name AS fromName, m.from_email AS fromEmail, m.date, m.kind
      FROM messages m WHERE ${where.join(' AND ')} ORDER BY m.date DESC LIMIT ?`)
    .all(...params, limit) as SearchHit[];
}
