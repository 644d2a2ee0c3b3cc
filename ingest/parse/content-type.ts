// Content-Type and Content-Disposition values: `type/subtype; name=value; name="quoted value"`, with RFC 2231
// continuations and charset/percent-encoded values (`filename*0*=utf-8''a%20b; filename*1=.patch`).
import { decodeBytes } from './charset.js';
import { decodeEncodedWords } from './encoded-words.js';

export interface HeaderParams {
  /** Lower-cased `type/subtype` for Content-Type, the disposition (`attachment`, `inline`) otherwise. */
  value: string;
  /** Lower-cased parameter names → values, continuations joined and decoded. */
  params: Map<string, string>;
}

interface Section {
  index: number;
  extended: boolean;
  text: string;
}

/** Split at `;` outside quotes; each piece is trimmed. */
function splitParams(value: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) {
      pieces.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  pieces.push(value.slice(start).trim());
  return pieces;
}

function unquote(text: string): string {
  if (!text.startsWith('"')) return text.trim();
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) out += text[++i];
    else if (ch === '"') break;
    else out += ch;
  }
  return out;
}

/** `utf-8'en'a%20b` → the bytes of `a b` decoded as utf-8. */
function decodeExtended(text: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return decodeBytes(Buffer.from(bytes), charset);
}

function joinSections(sections: Section[]): string {
  sections.sort((a, b) => a.index - b.index);
  let charset = '';
  let out = '';
  for (const [n, s] of sections.entries()) {
    if (n > 0 && s.index === sections[n - 1].index) continue; // `charset=a; charset=b`: the first one counts
    let text = s.text;
    if (s.extended && n === 0) {
      const parts = text.split("'");
      if (parts.length >= 3) {
        charset = parts[0];
        text = parts.slice(2).join("'");
      }
    }
    out += s.extended ? decodeExtended(text, charset) : text;
  }
  return out;
}

/** Parse a Content-Type or Content-Disposition value. Never throws; junk gives an empty value. */
export function parseHeaderParams(raw: string | undefined): HeaderParams {
  const [head, ...rest] = splitParams(raw ?? '');
  const sections = new Map<string, Section[]>();
  for (const piece of rest) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!m) continue;
    const section = { index: m[2] === undefined ? 0 : Number(m[2]), extended: m[3] === '*', text: unquote(piece.slice(eq + 1).trim()) };
    const list = sections.get(m[1]);
    if (list) list.push(section);
    else sections.set(m[1], [section]);
  }
  const params = new Map<string, string>();
  for (const [name, list] of sections) params.set(name, decodeEncodedWords(joinSections(list)));
  return { value: head.replace(/\s+/g, '').toLowerCase(), params };
}
