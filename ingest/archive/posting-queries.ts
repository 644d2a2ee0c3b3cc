// Read side for reviews: postings with the headers a reply needs (From, To, Cc, Subject, References) and
// their decoded bodies, which the review parses again for hunks; and postings that belong to no revision.
import type { Db } from './db.js';

export interface StoredPosting {
  messageId: string;
  subject: string;
  from: { name: string; email: string };
  to: string;
  cc: string;
  date: number | null;
  dateRaw: string;
  inReplyTo: string | null;
  references: string[];
  body: string;
}

interface PostingRow {
  message_id: string;
  subject: string;
  from_name: string;
  from_email: string;
  to_raw: string;
  cc_raw: string;
  date: number | null;
  date_raw: string;
  in_reply_to: string | null;
  refs: string;
  body: string | null;
}

const toPosting = (r: PostingRow): StoredPosting => ({
  messageId: r.message_id,
  subject: r.subject,
  from: { name: r.from_name, email: r.from_email },
  to: r.to_raw,
  cc: r.cc_raw,
  date: r.date,
  dateRaw: r.date_raw,
  inReplyTo: r.in_reply_to,
  references: r.refs ? r.refs.split(' ') : [],
  body: r.body ?? '',
});

/** The postings with these message-ids, in the order asked; ids the archive lacks are left out. */
export function postingsById(db: Db, ids: readonly string[]): StoredPosting[] {
  const stmt = db.prepare(`SELECT m.message_id, m.subject, m.from_name, m.from_email, m.to_raw, m.cc_raw, m.date, m.date_raw,
      m.in_reply_to, m.refs, b.body FROM messages m LEFT JOIN message_bodies b ON b.id = m.id WHERE m.message_id = ?`);
  return ids.map((id) => stmt.get(id) as PostingRow | undefined).filter((r): r is PostingRow => r !== undefined).map(toPosting);
}

/** Covers and patches that no revision took in (a lone patch outside any series), oldest first. */
export function postingsOutsideRevisions(db: Db): string[] {
  const rows = db
    .prepare(`SELECT m.message_id AS id FROM messages m WHERE m.kind IN ('patch', 'cover')
      AND NOT EXISTS (SELECT 1 FROM revision_patches rp WHERE rp.message_id = m.message_id)
      AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.cover_message_id = m.message_id)
      ORDER BY m.date, m.id`)
    .all() as Array<{ id: string }>;
  return rows.map((r) => r.id);
}
