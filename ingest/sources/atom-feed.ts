// public-inbox's `new.atom`: the newest messages of an inbox, one <entry> each, linking to the message's
// page (`<base>/<message-id>/`); its thread is then `<base>/<message-id>/t.mbox.gz`.
import { SourceError } from './source-error.js';

export interface FeedEntry {
  /** The message-id, from the entry's link. */
  messageId: string;
  /** The thread as an mbox: what ingest fetches. */
  threadUrl: string;
  title: string;
  updated: string;
}

const ENTRY = /<entry\b[^>]*>([\s\S]*?)<\/entry>/gi;
const LINK = /<link\b[^>]*\bhref="([^"]+)"/i;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title>/i;
const UPDATED = /<updated>([^<]*)<\/updated>/i;

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** `https://host/list/<escaped id>/` → the id, unescaped. */
function messageIdOfLink(href: string): string | undefined {
  const path = new URL(href).pathname.replace(/\/+$/, '');
  const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return last.includes('@') ? last : undefined;
}

export function parseAtomFeed(xml: string, where: string): FeedEntry[] {
  if (!/<feed\b/i.test(xml)) throw new SourceError('ARCHIVE_PAGE', `${where}: not an Atom feed: found no <feed> element`);
  const entries: FeedEntry[] = [];
  for (const m of xml.matchAll(ENTRY)) {
    const href = LINK.exec(m[1])?.[1];
    if (!href) continue;
    const link = new URL(unescapeXml(href), where.startsWith('http') ? where : undefined).href;
    const messageId = messageIdOfLink(link);
    if (!messageId) continue;
    entries.push({
      messageId,
      threadUrl: `${link.replace(/\/?$/, '/')}t.mbox.gz`,
      title: unescapeXml(TITLE.exec(m[1])?.[1] ?? '').trim(),
      updated: UPDATED.exec(m[1])?.[1]?.trim() ?? '',
    });
  }
  return entries;
}
