// Header values for the replies we write: addresses, RFC 2047 words for names and subjects that are not
// ASCII, an RFC 5322 date, and the reply's recipients (reply to all, as kernel lists expect).
import type { Address } from '../../core/message.js';
import { parseAddressList } from '../../ingest/parse/address.js';

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** `=?UTF-8?B?…?=` for text with non-ASCII characters, in words short enough for one header line. */
export function encodeWord(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) words.push(chunk), (chunk = '');
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join(' ');
}

/** `Name <addr>`, the name quoted when it holds specials (`"Doe, Jane" <jane@x>`), encoded when not ASCII. */
export function formatAddress(a: Address): string {
  if (!a.name) return a.email;
  if (!ASCII_PRINTABLE.test(a.name)) return `${encodeWord(a.name)} <${a.email}>`;
  const name = /[()<>[\]:;@\\,."]/.test(a.name) ? `"${a.name.replace(/(["\\])/g, '\\$1')}"` : a.name;
  return `${name} <${a.email}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `Fri, 12 Sep 2025 11:00:00 +0000`. */
export function mailDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/**
 * Reply to all: To the patch's sender, Cc everyone it was sent to and copied on, without the reviewer
 * and without anyone twice.
 */
export function replyRecipients(from: Address, to: string, cc: string, reviewer: Address): { to: Address[]; cc: Address[] } {
  const seen = new Set([reviewer.email.toLowerCase(), from.email.toLowerCase()]);
  const others = [...parseAddressList(to), ...parseAddressList(cc)].filter((a) => {
    const key = a.email.toLowerCase();
    return a.email !== '' && !seen.has(key) && (seen.add(key), true);
  });
  return { to: from.email.toLowerCase() === reviewer.email.toLowerCase() ? [] : [from], cc: others };
}

/** Folds a list of addresses into header lines of at most ~78 characters. */
export function addressHeader(name: string, list: Address[]): string[] {
  if (list.length === 0) return [];
  const lines: string[] = [];
  let line = `${name}:`;
  list.map(formatAddress).forEach((a, i) => {
    const piece = ` ${a}${i < list.length - 1 ? ',' : ''}`;
    if (line.length + piece.length > 78 && line !== `${name}:`) lines.push(line), (line = '');
    line += piece;
  });
  return [...lines, line];
}
