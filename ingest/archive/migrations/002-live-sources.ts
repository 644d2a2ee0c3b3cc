// Migration 2: where live sources stopped — IMAP mailboxes by UID, archive pages and feeds by URL.
export const sql = `
-- One row per IMAP mailbox (imap://user@host:port/mailbox): every UID below next_uid is stored.
-- A different UIDVALIDITY on the server means its UIDs were renumbered: read the mailbox again from UID 1.
CREATE TABLE imap_mailboxes (
  mailbox TEXT PRIMARY KEY,
  uidvalidity INTEGER NOT NULL,
  next_uid INTEGER NOT NULL,
  synced_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Archive URLs already read (pipermail pages and monthly files, public-inbox threads and feeds), with the
-- validators the server gave, so that the next sync asks "has it changed?" instead of fetching it again.
CREATE TABLE fetched_urls (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  fetched_at INTEGER NOT NULL
) WITHOUT ROWID;
`;
