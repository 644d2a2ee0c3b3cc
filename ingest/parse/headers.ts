// Split a message into its header block and body, and unfold the header fields (RFC 5322 §2.2.3).
// Works on the bytes: the header block is read as latin-1 (one char per byte) and only the values that hold
// 8-bit bytes are decoded again, as utf-8 when valid, else windows-1252. Kernel list mail carries 40-odd
// fields (Received, ARC, DKIM) of which ingest reads ten, so a field is unfolded only when it is asked for.
import { isAscii } from 'node:buffer';
import { decodeHeaderBytes } from './encoded-words.js';

export interface SplitMessage {
  headers: HeaderMap;
  /** The bytes after the empty line that ends the header block (a view, not a copy). */
  body: Buffer;
  /** Where the header block starts: after a leading mbox `From ` line, else 0. */
  headerStart: number;
}

export interface SplitOptions {
  /** Skip a first line that starts with `From ` or `>From ` (an mbox separator left on a single message). */
  skipMboxFrom?: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
// Control characters other than tab (NULs, backspaces, a lone CR) are dropped from values.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/g;
const HAS_CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;
const HAS_8BIT = /[\x80-\xff]/;

/** Lower-cased field names → unfolded values, in the order the fields appear. */
export class HeaderMap {
  /** Per name: the [start, end) ranges of its fields' values in `text`, replaced by the values once read. */
  private readonly fields = new Map<string, Array<number> | string[]>();

  constructor(
    private readonly text: string,
    private readonly eightBit: boolean,
  ) {}

  /** Record a field whose value runs from `start` to `end` in the block (continuation lines included). */
  add(name: string, start: number, end: number): void {
    const ranges = this.fields.get(name) as number[] | undefined;
    if (ranges) ranges.push(start, end);
    else this.fields.set(name, [start, end]);
  }

  get size(): number {
    return this.fields.size;
  }

  names(): string[] {
    return [...this.fields.keys()];
  }

  /** Every value of the field `name` (lower case), in order; empty when absent. */
  all(name: string): string[] {
    const entry = this.fields.get(name);
    if (!entry) return [];
    if (typeof entry[0] === 'string') return entry as string[];
    const ranges = entry as number[];
    const values: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) values.push(this.unfold(ranges[i], ranges[i + 1]));
    this.fields.set(name, values);
    return values;
  }

  /** The first value of the field `name`, or undefined. */
  first(name: string): string | undefined {
    return this.all(name)[0];
  }

  /** A CRLF or LF and the whitespace run after it become one space; the value is trimmed. */
  private unfold(start: number, end: number): string {
    const text = this.text;
    let value = '';
    let at = start;
    while (at < end) {
      let nl = text.indexOf('\n', at);
      if (nl < 0 || nl > end) nl = end;
      const line = text.slice(at, nl).trim();
      if (line) value = value === '' ? line : `${value} ${line}`;
      at = nl + 1;
    }
    if (this.eightBit && HAS_8BIT.test(value)) value = decodeHeaderBytes(Buffer.from(value, 'latin1'));
    return HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value;
  }
}

// Printable ASCII but the colon (RFC 5322 ftext); anything else before the colon makes a garbage line.
function isFieldName(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/**
 * The lower-cased name of a field line whose colon is at `colon`, or '' for a garbage line. A space before the
 * colon (`Subject :`) is obsolete syntax (RFC 5322 §4.5) and accepted; a garbage line and its continuations
 * are dropped.
 */
function fieldName(text: string, at: number, colon: number): string {
  let end = colon;
  while (end > at && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return isFieldName(text, at, end) ? text.slice(at, end).toLowerCase() : '';
}

/** Index the header fields of `text` (one char per byte, lines ending LF or CRLF). */
export function parseHeaderBlock(text: string, eightBit = true): HeaderMap {
  const headers = new HeaderMap(text, eightBit);
  let name = '';
  let valueStart = 0;
  let at = 0;
  let colon = -1; // the next colon at or after `at` (text.length when none is left), kept so lines without one stay cheap
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const first = text.charCodeAt(at);
    if (first !== 0x20 && first !== 0x09) {
      if (name) headers.add(name, valueStart, at);
      if (colon < at) {
        colon = text.indexOf(':', at);
        if (colon < 0) colon = text.length;
      }
      name = colon < nl ? fieldName(text, at, colon) : '';
      valueStart = colon + 1;
    }
    at = nl + 1;
  }
  if (name) headers.add(name, valueStart, text.length);
  return headers;
}

function startsWithFromLine(raw: Buffer): boolean {
  const at = raw[0] === 0x3e /* > */ ? 1 : 0;
  return raw.length >= at + 5 && raw.toString('latin1', at, at + 5) === 'From ';
}

/** Offset of the empty line (LF or CRLF) that ends the header block, or -1. */
function findBlankLine(raw: Buffer, from: number): number {
  let at = from;
  while (at < raw.length) {
    if (raw[at] === LF || (raw[at] === CR && raw[at + 1] === LF)) return at;
    const nl = raw.indexOf(LF, at);
    if (nl < 0) return -1;
    at = nl + 1;
  }
  return -1;
}

/**
 * Split `raw` at the first empty line into header fields and body. A part with no header block at all (first
 * line is not a field) gets no headers and the whole of `raw` as its body.
 */
export function splitMessage(raw: Buffer, options: SplitOptions = {}): SplitMessage {
  let start = 0;
  if (options.skipMboxFrom && startsWithFromLine(raw)) {
    const nl = raw.indexOf(LF);
    start = nl < 0 ? raw.length : nl + 1;
  }
  const blank = findBlankLine(raw, start);
  const headerEnd = blank < 0 ? raw.length : blank;
  const bodyStart = blank < 0 ? raw.length : raw.indexOf(LF, blank) + 1;
  const text = raw.toString('latin1', start, headerEnd);
  const headers = parseHeaderBlock(text, !isAscii(raw.subarray(start, headerEnd)));
  if (headers.size === 0 && blank !== start) return { headers, body: raw.subarray(start), headerStart: start };
  return { headers, body: raw.subarray(bodyStart), headerStart: start };
}
