// What the archive remembers of URLs it has read: the server's validators, for conditional requests.
import type { Db } from './db.js';

export interface FetchedUrl {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export function getFetchedUrl(db: Db, url: string): FetchedUrl | undefined {
  const row = db.prepare('SELECT url, etag, last_modified FROM fetched_urls WHERE url = ?').get(url) as
    | { url: string; etag: string | null; last_modified: string | null }
    | undefined;
  return row && { url: row.url, etag: row.etag, lastModified: row.last_modified };
}

export function saveFetchedUrl(db: Db, f: FetchedUrl, now: number): void {
  db.prepare(`INSERT INTO fetched_urls (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`)
    .run(f.url, f.etag, f.lastModified, now);
}
