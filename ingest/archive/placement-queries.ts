// Messages a mail without threading headers may belong with: those of the same title (case aside), with
// what placement compares — sender, date and the text of the body.
import type { Db } from './db.js';

export interface PlacementCandidate {
  messageId: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  /** The candidate's own References (oldest first): a reply placed under it extends them. */
  references: string[];
  body: string;
}

export function candidatesByTitle(db: Db, title: string): PlacementCandidate[] {
  const rows = db
    .prepare(`SELECT m.message_id, m.from_name, m.from_email, m.date, m.refs, b.body FROM messages m
      JOIN message_bodies b ON b.id = m.id WHERE lower(m.title) = lower(?) ORDER BY m.date`)
    .all(title) as Array<{ message_id: string; from_name: string; from_email: string; date: number | null; refs: string; body: string }>;
  return rows.map((r) => ({
    messageId: r.message_id,
    fromName: r.from_name,
    fromEmail: r.from_email,
    date: r.date,
    references: r.refs === '' ? [] : r.refs.split(' '),
    body: r.body,
  }));
}
