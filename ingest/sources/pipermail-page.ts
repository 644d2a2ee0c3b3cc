// A Mailman 2 (pipermail) message page → the mail it shows. A page carries the subject, the sender as "name"
// and "user at domain", pipermail's date, the body (HTML-escaped, quotes in <i>) and, in its reply link, the
// message's own Message-ID — but never the message it answers: placement (pipermail-placement.ts) finds that.
import { htmlToText } from '../parse/html-text.js';
import { SourceError } from './source-error.js';

export interface PipermailMessage {
  subject: string;
  fromName: string;
  fromEmail: string;
  /** As the page writes it, e.g. `Mon Sep 15 08:04:44 PDT 2025` (the date parser reads this form). */
  date: string;
  /** The page's own Message-ID, from the In-Reply-To of its reply link, when the page has one. */
  messageId: string | null;
  /** The list's name, from the page's footer ("More information about the X mailing list"). */
  list: string | null;
  body: string;
}

const H1 = /<h1>([\s\S]*?)<\/h1>/i;
const SENDER = /<b>([\s\S]*?)<\/b>\s*<a\s+href="mailto:([^"]*)"[^>]*>([\s\S]*?)<\/a>/i;
const DATE = /<i>([^<]*\d{4})\s*<\/i>/i;
const ARTICLE = /<!--beginarticle-->\s*<pre[^>]*>([\s\S]*?)<\/pre>\s*<!--endarticle-->/i;
const FOOTER_LIST = /More information about the\s+([^\s<]+)\s+mailing list/i;

const clean = (html: string) => htmlToText(html).replace(/\s+/g, ' ').trim();

/** The reply link's In-Reply-To parameter is the page's own id (pipermail sets it so replies thread). */
function ownMessageId(mailto: string): string | null {
  const query = mailto.slice(mailto.indexOf('?') + 1);
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key.toLowerCase() !== 'in-reply-to') continue;
    const id = decodeURIComponent(value).trim().replace(/^<|>$/g, '');
    return id === '' ? null : id;
  }
  return null;
}

/** "lorenzo.stoakes at oracle.com" → "lorenzo.stoakes@oracle.com" (pipermail's address obfuscation undone). */
function unobfuscateAddress(text: string): string {
  return text.trim().replace(/\s+at\s+/i, '@');
}

export function parsePipermailPage(html: string, where: string): PipermailMessage {
  const article = ARTICLE.exec(html);
  const sender = SENDER.exec(html);
  const subject = H1.exec(html);
  const date = DATE.exec(html);
  const missing = [!article && 'the article (<!--beginarticle--><PRE>)', !subject && 'the subject (<H1>)', !sender && 'the sender', !date && 'the date']
    .filter(Boolean);
  if (missing.length) {
    throw new SourceError('ARCHIVE_PAGE', `${where}: not a pipermail message page: found no ${missing.join(', ')}`);
  }
  return {
    subject: clean(subject![1]),
    fromName: clean(sender![1]),
    fromEmail: unobfuscateAddress(clean(sender![3])),
    date: date![1].trim(),
    messageId: ownMessageId(sender![2].replace(/&amp;/g, '&')),
    list: FOOTER_LIST.exec(html)?.[1] ?? null,
    // pipermail writes quoted lines as `&gt;<i> text\n</I>`: dropping the tags leaves plain `> text`.
    body: htmlToText(article![1]).replace(/\r\n/g, '\n'),
  };
}
