// Address lists (From, To, Cc) per RFC 5322 §3.4, leniently: display names quoted or not, `addr (Name)`
// comments, groups, quoted-pairs, encoded words in names. Garbage gives a best effort, never a throw.
import type { Address } from '../../core/message.js';
import { decodeEncodedWords } from './encoded-words.js';

/** One address as read, before names and addresses are cleaned up. */
interface Element {
  phrase: string;
  angle: string | null;
  comment: string;
}

function cleanName(text: string): string {
  const decoded = decodeEncodedWords(text);
  return NEEDS_COLLAPSE.test(decoded) ? decoded.replace(/\s+/g, ' ').trim() : decoded.trim();
}

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** `<@relay:jane@x>` and `<mailto:jane@x>` keep only the mailbox; whitespace inside brackets is folding. */
function cleanAngle(text: string): string {
  const compact = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  const colon = compact.lastIndexOf(':');
  return colon >= 0 && compact.indexOf('@', colon) > colon ? compact.slice(colon + 1) : compact;
}

/** Read a `"quoted string"` or `(comment)` starting at `at`; returns its unescaped text and where it ends. */
function readDelimited(value: string, at: number, open: number, close: number): [string, number] {
  let text = '';
  let depth = 1;
  let copied = at + 1;
  for (let i = at + 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < value.length) {
      text += value.slice(copied, i);
      copied = ++i; // the quoted character is kept, the backslash dropped
    } else if (c === close && --depth === 0) {
      return [text + value.slice(copied, i), i + 1];
    } else if (c === open && open !== close) depth++;
  }
  return [text + value.slice(copied), value.length];
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

// `"`, `(`, `<`, `,`, `;`, `:`: the characters that end a run of phrase text
function isSpecial(c: number): boolean {
  return c === QUOTE || c === OPEN_PAREN || c === 0x3c || c === 0x2c || c === 0x3b || c === 0x3a;
}

function tokenize(value: string): Array<Element | 'group-start'> {
  const out: Array<Element | 'group-start'> = [];
  let el: Element = { phrase: '', angle: null, comment: '' };
  const finish = () => {
    // a comment alone (`(nobody)`) is not an address
    if (el.phrase.trim() || el.angle !== null) out.push(el);
    el = { phrase: '', angle: null, comment: '' };
  };
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '"') {
      const [text, next] = readDelimited(value, i, QUOTE, QUOTE);
      el.phrase += text;
      i = next;
    } else if (ch === '(') {
      const [text, next] = readDelimited(value, i, OPEN_PAREN, CLOSE_PAREN);
      el.comment += `${el.comment ? ' ' : ''}${text}`;
      i = next;
    } else if (ch === '<') {
      const close = value.indexOf('>', i + 1);
      const end = close < 0 ? value.length : close;
      if (el.angle === null) el.angle = value.slice(i + 1, end);
      i = end + 1;
    } else if (ch === ',' || ch === ';') {
      finish();
      i++;
    } else if (ch === ':' && el.angle === null && el.phrase.trim() && !el.phrase.includes('@')) {
      // `undisclosed-recipients:;` and `list: a@x, b@y;` — the group name is not an address
      el = { phrase: '', angle: null, comment: '' };
      out.push('group-start');
      i++;
    } else {
      let j = i + 1;
      while (j < value.length && !isSpecial(value.charCodeAt(j))) j++;
      el.phrase += value.slice(i, j);
      i = j;
    }
  }
  finish();
  return out;
}

function toAddress(el: Element): Address {
  if (el.angle !== null) return { name: cleanName(el.phrase.trim() ? el.phrase : el.comment), email: cleanAngle(el.angle) };
  const words = el.phrase.trim().split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => w.includes('@'));
  if (at >= 0) {
    const rest = words.filter((_, i) => i !== at).join(' ');
    return { name: cleanName(el.comment || rest), email: words[at].replace(/^<|>$/g, '') };
  }
  // a lone word is a local mailbox (`root`); several words with no address are only a name
  if (words.length === 1) return { name: cleanName(el.comment), email: words[0] };
  return { name: cleanName(el.phrase || el.comment), email: '' };
}

/** Parse an address-list header value. Never throws; returns what could be made out. */
export function parseAddressList(value: string | undefined): Address[] {
  if (!value) return [];
  const out: Address[] = [];
  let orphan: Element | null = null;
  for (const el of tokenize(value)) {
    if (el === 'group-start') continue;
    const bareName = el.angle === null && !el.phrase.includes('@');
    if (orphan && el.angle !== null && el.phrase.trim()) {
      // `Doe, Jane <jane@x>` with the quotes forgotten: the part before the comma is the surname
      el.phrase = `${orphan.phrase.trim()}, ${el.phrase.trim()}`;
      orphan = null;
    } else if (orphan) {
      out.push(toAddress(orphan));
      orphan = null;
    }
    if (bareName && !el.comment && el.phrase.trim()) orphan = el;
    else out.push(toAddress(el));
  }
  if (orphan) out.push(toAddress(orphan));
  return out.filter((a) => a.name !== '' || a.email !== '');
}

/** The first address of a header value, or an empty one. */
export function parseAddress(value: string | undefined): Address {
  return parseAddressList(value)[0] ?? { name: '', email: '' };
}
