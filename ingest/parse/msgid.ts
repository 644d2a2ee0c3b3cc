// Message-ids: from Message-ID, In-Reply-To and References values, from what a user types on the command
// line (`<id>`, `id`, a lore-style URL), and a stand-in for mail that has none.
import { nodeCrypto } from '../../core/node-on-demand.js';

function stripSpaceAndControl(text: string): string {
  return text.replace(/[\s\x00-\x1f\x7f]+/g, '');
}

/** Skip a `(comment)` starting at `at` (nested, with quoted-pairs); an unclosed `(` is just text. */
function skipComment(value: string, at: number): number {
  let depth = 0;
  for (let i = at; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return at + 1;
}

/** The `<...>` tokens of a value, outside comments; whitespace inside brackets is folding and dropped. */
function bracketedIds(value: string): string[] {
  const ids: string[] = [];
  let i = 0;
  let commentsClose = true;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '(' && commentsClose) {
      const next = skipComment(value, i);
      // after an unclosed `(`, stop looking for comments: the rest is read as text, and junk stays linear
      commentsClose = next !== i + 1;
      i = next;
    } else if (ch === '<') {
      const close = value.indexOf('>', i + 1);
      if (close < 0) break;
      // `<<a@b>>` or `<junk <a@b>`: the innermost opening bracket wins
      const open = value.lastIndexOf('<', close);
      const id = stripSpaceAndControl(value.slice(open + 1, close));
      if (id) ids.push(id);
      i = close + 1;
    } else {
      i++;
    }
  }
  return ids;
}

/**
 * Message-ids in a Message-ID, In-Reply-To or References value, in order, without brackets or duplicates.
 * Ids written without brackets are recognised by their `@` when no bracketed id is present.
 */
export function extractMessageIds(value: string | undefined): string[] {
  if (!value) return [];
  let ids = bracketedIds(value);
  if (ids.length === 0) {
    ids = value
      .split(/[\s,]+/)
      .map((w) => stripSpaceAndControl(w).replace(/^<+|>+$/g, ''))
      .filter((w) => w.includes('@') && !w.startsWith('@') && !w.endsWith('@'));
  }
  return [...new Set(ids)];
}

/** The id of a Message-ID value: the first extracted one, else its first word (some tools omit the `@`). */
export function parseMessageIdHeader(value: string | undefined): string | null {
  const [first] = extractMessageIds(value);
  if (first) return first;
  const word = (value ?? '').trim().split(/\s+/)[0] ?? '';
  const bare = stripSpaceAndControl(word).replace(/^<+|>+$/g, '');
  return bare === '' ? null : bare;
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The message-id in a lore-style URL: `/list/ID/`, `/list/ID/T/#u`, `/r/ID`, `/all/ID/raw`. */
function idFromUrl(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const segments = path.split('/').filter(Boolean).map(percentDecode);
  const withAt = segments.find((s) => s.includes('@'));
  if (withAt) return withAt;
  if (segments[0] === 'r' && segments[1]) return segments[1];
  return segments[1] ?? segments[0] ?? '';
}

/** A bare message-id from `<id>`, `id`, `mid:id`, or an archive URL (percent-decoded). */
export function normaliseMessageId(input: string): string {
  let text = input.trim();
  if (/^https?:\/\//i.test(text)) text = idFromUrl(text);
  else if (/^mid:/i.test(text)) text = percentDecode(text.slice(4));
  text = text.trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
  return stripSpaceAndControl(text);
}

/** A stable id for a message without one, derived from its bytes. */
export function syntheticMessageId(headersAndBody: Buffer): string {
  return `sha1-${nodeCrypto().createHash('sha1').update(headersAndBody).digest('hex')}@mlreview.invalid`;
}
