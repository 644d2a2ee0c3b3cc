// Migration 1: the message store, its FTS index and the derived thread/series tables.
export const sql = `
-- Messages as ingested. Everything in this migration is written once per message and never recomputed.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL UNIQUE,
  synthetic_id INTEGER NOT NULL DEFAULT 0,
  subject TEXT NOT NULL,
  from_name TEXT NOT NULL,
  from_email TEXT NOT NULL,
  -- To and Cc as written; parsed on demand
  to_raw TEXT NOT NULL DEFAULT '',
  cc_raw TEXT NOT NULL DEFAULT '',
  date INTEGER,
  date_raw TEXT NOT NULL DEFAULT '',
  in_reply_to TEXT,
  -- message-ids, space-separated (an id never contains white space)
  refs TEXT NOT NULL DEFAULT '',
  -- cover | patch | reply | pull | other
  kind TEXT NOT NULL,
  has_diff INTEGER NOT NULL DEFAULT 0,
  -- what the subject tags say
  title TEXT NOT NULL,
  is_reply INTEGER NOT NULL,
  version REAL,
  -- subject labels (RFC, RESEND, GIT PULL …) and other tags, comma-separated (subject tags never hold one)
  labels TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  idx INTEGER,
  total INTEGER,
  -- message-ids a cover or patch links to in its body (earlier versions, lore links)
  links TEXT NOT NULL DEFAULT '',
  -- message-ids on Depends-on: lines, space-separated
  depends_on TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  source_offset INTEGER NOT NULL,
  ingested_at INTEGER NOT NULL
);

-- Bodies live apart from the message rows so that scans over headers never page through mail text.
CREATE TABLE message_bodies (
  id INTEGER PRIMARY KEY REFERENCES messages(id),
  body TEXT NOT NULL
);

CREATE TABLE message_lists (
  message_id TEXT NOT NULL,
  list_id TEXT NOT NULL,
  PRIMARY KEY (message_id, list_id)
) WITHOUT ROWID;

CREATE TABLE patches (
  message_id TEXT PRIMARY KEY,
  commit_message TEXT NOT NULL,
  notes TEXT NOT NULL,
  diffstat TEXT NOT NULL,
  -- The diff is a slice of the body (offset and length in characters); stored apart only when it is not.
  diff_offset INTEGER NOT NULL,
  diff_length INTEGER NOT NULL,
  diff TEXT,
  base_commit TEXT,
  change_id TEXT,
  in_body_from TEXT,
  pull_url TEXT
) WITHOUT ROWID;

CREATE TABLE patch_files (
  message_id TEXT NOT NULL,
  old_path TEXT,
  new_path TEXT,
  status TEXT NOT NULL,
  added INTEGER NOT NULL,
  removed INTEGER NOT NULL,
  binary INTEGER NOT NULL
);
CREATE INDEX patch_files_message ON patch_files(message_id);

-- Trailers as written in a message: the trailer block of a patch, or the trailer lines of a reply.
CREATE TABLE message_trailers (
  message_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  extinfo TEXT,
  person_name TEXT,
  person_email TEXT,
  quoted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (message_id, position)
) WITHOUT ROWID;

-- Fix-up patches proposed inline in replies (scissors or an embedded format-patch).
CREATE TABLE fixups (
  message_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  subject TEXT NOT NULL,
  diff TEXT NOT NULL,
  PRIMARY KEY (message_id, position)
) WITHOUT ROWID;

-- How far each seekable source has been stored, so an interrupted ingest resumes.
CREATE TABLE source_progress (
  source TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  offset INTEGER NOT NULL,
  complete INTEGER NOT NULL
);

CREATE VIRTUAL TABLE messages_fts USING fts5(
  subject, author, body, files,
  content='', contentless_delete=1, tokenize="unicode61 tokenchars '_'"
);

-- Derived state, rebuilt from the tables above by derive (threads, series, collected trailers).
CREATE TABLE thread_nodes (
  message_id TEXT PRIMARY KEY,
  thread_id INTEGER NOT NULL,
  parent_id TEXT,
  ghost INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  position INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX thread_nodes_thread ON thread_nodes(thread_id, position);

CREATE TABLE threads (
  id INTEGER PRIMARY KEY,
  root_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  message_count INTEGER NOT NULL,
  first_date INTEGER,
  last_date INTEGER
);

CREATE TABLE series (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  author_name TEXT NOT NULL,
  author_email TEXT NOT NULL,
  first_date INTEGER
) WITHOUT ROWID;

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  series_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  version REAL NOT NULL,
  label TEXT NOT NULL,
  cover_message_id TEXT,
  anchor_message_id TEXT NOT NULL,
  title TEXT NOT NULL,
  author_name TEXT NOT NULL,
  author_email TEXT NOT NULL,
  date INTEGER,
  total INTEGER NOT NULL,
  missing_json TEXT NOT NULL,
  partial_of INTEGER,
  link_confidence TEXT,
  link_reason TEXT,
  -- series this revision says it depends on (Depends-on:), JSON array of series ids in the order given
  depends_on_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX revisions_series ON revisions(series_id, position);

CREATE TABLE revision_patches (
  revision_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  carried INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (revision_id, idx, message_id)
) WITHOUT ROWID;
CREATE INDEX revision_patches_message ON revision_patches(message_id);

-- Trailers that apply to a patch: its own, and those collected from replies to it or to its cover.
CREATE TABLE patch_trailers (
  patch_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  given_in TEXT NOT NULL,
  -- own | collected | mismatch
  status TEXT NOT NULL,
  PRIMARY KEY (patch_id, position)
) WITHOUT ROWID;
`;
