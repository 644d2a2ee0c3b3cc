// RFC 2047 encoded words in header values (`=?utf-8?q?Ren=C3=A9?=`, `=?iso-8859-1?B?...?=`), and the raw
// 8-bit bytes that mailers put in headers without encoding them.
import { decodeBytes, normaliseCharset } from './charset.js';

/** Raw 8-bit header bytes: utf-8 when valid, else windows-1252 (what git mailinfo and b4 end up with too). */
export function decodeHeaderBytes(bytes: Buffer): string {
  return decodeBytes(bytes, undefined);
}

interface EncodedWord {
  start: number;
  end: number;
  charset: string;
  base64: boolean;
  text: string;
}

// Real words are under 76 characters; the bound keeps a stray `=?` from swallowing a long header.
const MAX_WORD = 1000;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/** The encoded word starting at `start` (which holds `=?`), or null when it is malformed. */
function readWord(value: string, start: number, findClose: (from: number) => number): EncodedWord | null {
  const q1 = value.indexOf('?', start + 2);
  if (q1 < 0 || q1 - start > MAX_WORD || q1 + 3 >= value.length || value[q1 + 2] !== '?') return null;
  const mode = value.charCodeAt(q1 + 1) | 0x20;
  if (mode !== 0x62 /* b */ && mode !== 0x71 /* q */) return null;
  const closeAt = findClose(q1 + 3);
  if (closeAt < 0 || closeAt - start > MAX_WORD) return null;
  const charset = value.slice(start + 2, q1);
  for (let i = 0; i < charset.length; i++) if (isSpace(charset.charCodeAt(i))) return null;
  if (charset === '') return null;
  return { start, end: closeAt + 2, charset: normaliseCharset(charset), base64: mode === 0x62, text: value.slice(q1 + 3, closeAt) };
}

function qBytes(text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f /* _ */) out.push(0x20);
    else if (c === 0x3d /* = */ && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else if (c < 0x80) out.push(c);
    else for (const b of Buffer.from(text[i], 'utf8')) out.push(b);
  }
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/**
 * Decode a run of adjacent words in one charset as one byte string, so a character whose bytes were split
 * across two words (or a base64 quantum split across a fold) comes out whole.
 */
function decodeRun(run: EncodedWord[]): string {
  const bytes: number[] = [];
  let pending = '';
  const flush = () => {
    if (pending) for (const b of Buffer.from(pending, 'base64')) bytes.push(b);
    pending = '';
  };
  for (const w of run) {
    if (w.base64) {
      pending += w.text.replace(/\s+/g, '');
      if (pending.length % 4 === 0) flush();
    } else {
      flush();
      qBytes(w.text, bytes);
    }
  }
  flush();
  return decodeBytes(Buffer.from(bytes), run[0].charset);
}

/** Decode every well-formed encoded word in `value`; malformed ones stay as they are. Never throws. */
export function decodeEncodedWords(value: string): string {
  let at = value.indexOf('=?');
  if (at < 0) return value;
  let out = '';
  let copied = 0;
  // The first `?=` at or after a position; cached so that a value full of stray `=?` stays linear.
  let searchedFrom = -1;
  let foundAt = -1;
  const findClose = (from: number): number => {
    if (searchedFrom < 0 || from < searchedFrom || (foundAt >= 0 && foundAt < from)) {
      searchedFrom = from;
      foundAt = value.indexOf('?=', from);
    }
    return foundAt;
  };
  let run: EncodedWord[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    out += decodeRun(run);
    copied = run[run.length - 1].end;
    run = [];
  };
  while (at >= 0) {
    const word = readWord(value, at, findClose);
    if (!word) {
      at = value.indexOf('=?', at + 2);
      continue;
    }
    const prev = run[run.length - 1];
    const between = prev ? value.slice(prev.end, word.start) : '';
    const adjacent = prev !== undefined && isAllSpace(between);
    if (!adjacent || prev.charset !== word.charset) {
      endRun();
      // whitespace between two adjacent words is dropped even when their charsets differ (RFC 2047 §6.2)
      out += adjacent ? '' : value.slice(copied, word.start);
      copied = word.start;
    }
    run.push(word);
    at = value.indexOf('=?', word.end);
  }
  endRun();
  return out + value.slice(copied);
}

function isAllSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}
