// Streaming mbox splitter: mboxo, mboxrd and mboxcl2, detected per file, never the whole file in memory.
import type { SourceRef } from '../../core/message.js';

export type MboxFlavour = 'mboxo' | 'mboxrd' | 'mboxcl2';

export interface RawMessage {
  /**
   * The message bytes. From the mbox splitter this is a view into its read buffer: valid until the next
   * message is requested, so parse it (or copy it) before asking for more.
   */
  raw: Buffer;
  ref: SourceRef;
}

const NL = 0x0a;
const FROM_ = Buffer.from('From ');
const NL_FROM = Buffer.from('\nFrom ');
const HEADER_LINE = /^[!-9;-~]+:/;
const FROM_LINE_DATE = /\d\d:\d\d|\d{4}\s*$/;
/** `From sender Thu Jan  1 00:00:00 1970`: the exact shape mbox writers put before every message. */
const STRICT_FROM_LINE = /^From \S+ +(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d+ \d\d:\d\d(:\d\d)? (\d{4}|[A-Z]{3,4} \d{4})/;

/** Content-Length framing of the message starting at `start` (mboxcl2), as the offset of its end. */
function contentLengthEnd(buf: Buffer, start: number): number | undefined {
  const headerEnd = buf.indexOf('\n\n', start);
  if (headerEnd < 0) return undefined;
  const m = /^Content-Length:[ \t]*(\d+)[ \t\r]*$/im.exec(buf.subarray(start, headerEnd).toString('latin1'));
  return m ? headerEnd + 2 + Number(m[1]) : undefined;
}

function unescapeFromLines(msg: Buffer, flavour: MboxFlavour): Buffer {
  // Every escaped line contains ">From "; most messages have none, so this is the cheap common case.
  if (flavour === 'mboxcl2' || msg.indexOf('>From ') < 0) return msg;
  const text = msg.toString('latin1');
  const pattern = flavour === 'mboxrd' ? /^>(>*From )/gm : /^>(From )/gm;
  const out = text.replace(pattern, '$1');
  return out === text ? msg : Buffer.from(out, 'latin1');
}

/** Splits a stream of chunks into messages; `push` and `end` yield every message completed so far. */
class MboxSplitter {
  /** Read buffer, reused across chunks: unconsumed bytes are moved to its front, never reallocated per chunk. */
  private store: Buffer = Buffer.allocUnsafe(1 << 21);
  private buf: Buffer = Buffer.alloc(0);
  private base: number;
  private scanPos = 1;
  private flavour: MboxFlavour | undefined;

  constructor(private readonly source: string, startOffset: number) {
    this.base = startOffset;
  }

  *push(chunk: Buffer): Generator<RawMessage> {
    this.append(chunk);
    yield* this.drain(false);
  }

  *end(): Generator<RawMessage> {
    yield* this.drain(true);
    if (this.buf.length > 0) yield this.emit(this.buf.length);
    this.buf = Buffer.alloc(0);
  }

  private append(chunk: Buffer): void {
    const pending = this.buf.length;
    const offsetInStore = this.buf.byteOffset - this.store.byteOffset;
    if (pending + chunk.length > this.store.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.store.length * 2, pending + chunk.length));
      this.buf.copy(bigger, 0);
      this.store = bigger;
    } else if (pending > 0 && offsetInStore > 0 && this.buf.buffer === this.store.buffer) {
      this.store.copyWithin(0, offsetInStore, offsetInStore + pending);
    } else if (pending > 0 && this.buf.buffer !== this.store.buffer) {
      this.buf.copy(this.store, 0);
    }
    chunk.copy(this.store, pending);
    this.buf = this.store.subarray(0, pending + chunk.length);
  }

  private *drain(final: boolean): Generator<RawMessage> {
    if (this.flavour === undefined && !this.detect(final)) return;
    for (;;) {
      const next = this.findNextStart(final);
      if (next < 0) return;
      yield this.emit(next);
      this.buf = this.buf.subarray(next);
      this.base += next;
      this.scanPos = 1;
    }
  }

  private detect(final: boolean): boolean {
    if (this.buf.length < 5 && !final) return false;
    if (this.buf.indexOf(FROM_) !== 0) {
      throw new Error(`${this.source}: not an mbox: the first line does not start with "From "`);
    }
    const end = contentLengthEnd(this.buf, 0);
    if (end === undefined && this.buf.indexOf('\n\n') < 0 && !final) return false;
    const framed = end !== undefined && (end >= this.buf.length || this.startsMessageAfter(end) >= 0);
    this.flavour = framed ? 'mboxcl2' : 'mboxo';
    return true;
  }

  /** With Content-Length framing: the `From ` line after `end`, skipping blank lines, or -1. */
  private startsMessageAfter(end: number): number {
    let p = end;
    while (p < this.buf.length && (this.buf[p] === NL || this.buf[p] === 0x0d)) p++;
    return this.buf.subarray(p, p + 5).equals(FROM_) ? p : -1;
  }

  private findNextStart(final: boolean): number {
    if (this.flavour === 'mboxcl2') {
      const end = contentLengthEnd(this.buf, 0);
      if (end !== undefined) {
        if (end + 5 > this.buf.length) return -1;
        const at = this.startsMessageAfter(end);
        if (at >= 0) return at;
      }
    }
    for (;;) {
      const hit = this.buf.indexOf(NL_FROM, this.scanPos - 1);
      if (hit < 0) {
        this.scanPos = Math.max(1, this.buf.length - NL_FROM.length);
        return -1;
      }
      const verdict = this.isSeparator(hit + 1, final);
      if (verdict === undefined) { this.scanPos = hit + 1; return -1; }
      if (verdict) return hit + 1;
      this.scanPos = hit + 2;
    }
  }

  /**
   * A `From ` line starts a message when the next line looks like a header, and it either follows a blank
   * line or carries a date. That keeps unescaped "From " in mboxo bodies from splitting a message.
   */
  private isSeparator(pos: number, final: boolean): boolean | undefined {
    const eol = this.buf.indexOf(NL, pos);
    const nextEol = eol < 0 ? -1 : this.buf.indexOf(NL, eol + 1);
    if (nextEol < 0 && !final) return undefined;
    const fromLine = this.buf.subarray(pos, eol < 0 ? this.buf.length : eol).toString('latin1');
    const next = eol < 0 ? '' : this.buf.subarray(eol + 1, nextEol < 0 ? this.buf.length : nextEol).toString('latin1');
    const afterBlank = pos >= 2 && (this.buf[pos - 2] === NL || (this.buf[pos - 2] === 0x0d && this.buf[pos - 3] === NL));
    // A well-formed From_ line after a blank line starts a message even if what follows is broken, so the
    // broken message is reported on its own instead of being glued to the one before.
    if (afterBlank && STRICT_FROM_LINE.test(fromLine)) return true;
    if (!HEADER_LINE.test(next)) return false;
    return afterBlank || FROM_LINE_DATE.test(fromLine);
  }

  private emit(end: number): RawMessage {
    const chunk = this.buf.subarray(0, end);
    const eol = chunk.indexOf(NL);
    const fromLine = chunk.subarray(0, eol < 0 ? chunk.length : eol).toString('latin1');
    // The blank line before the next `From ` line belongs to the mbox, not to the message.
    let stop = chunk.length;
    if (chunk.subarray(stop - 2).toString('latin1') === '\n\n') stop--;
    else if (chunk.subarray(stop - 4).toString('latin1') === '\r\n\r\n') stop -= 2;
    const body = chunk.subarray(eol < 0 ? chunk.length : eol + 1, Math.max(eol + 1, stop));
    let flavour = this.flavour ?? 'mboxo';
    if (flavour !== 'mboxcl2' && (fromLine.startsWith('From mboxrd@z') || body.indexOf('\n>>From ') >= 0)) flavour = 'mboxrd';
    return { raw: unescapeFromLines(body, flavour), ref: { source: this.source, offset: this.base } };
  }
}

/**
 * Split an mbox stream into messages. `startOffset` is where the stream begins in the file (a resumed
 * ingest seeks past what it already stored), so reported offsets stay absolute.
 */
export async function* splitMbox(
  chunks: AsyncIterable<Buffer>,
  source: string,
  startOffset = 0,
): AsyncGenerator<RawMessage> {
  const splitter = new MboxSplitter(source, startOffset);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}
