// Turns a SOURCE argument (mbox, mbox.gz, Maildir, .eml/.patch file, format-patch directory, `-`) into a
// stream of raw messages. Format is detected from the bytes, never asked for.
import { createReadStream, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { splitMbox, type RawMessage } from './mbox.js';

export type SourceKind = 'mbox' | 'mbox.gz' | 'maildir' | 'message' | 'directory' | 'stdin';

export interface OpenedSource {
  spec: string;
  kind: SourceKind;
  /** Byte size of the file, for progress; 0 when unknown. */
  size: number;
  /** Seekable sources can resume from a byte offset. */
  seekable: boolean;
  messages(resumeOffset?: number): AsyncGenerator<RawMessage>;
}

const CHUNK = 1 << 20;

function sniff(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const n = readSync(fd, head, 0, 5, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const isGzip = (head: Buffer) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
const isMbox = (head: Buffer) => head.toString('latin1') === 'From ';

async function* singleMessage(path: string, name = path): AsyncGenerator<RawMessage> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path)) chunks.push(c as Buffer);
  yield { raw: Buffer.concat(chunks), ref: { source: name, offset: 0 } };
}

/** A gzipped file holds either an mbox (public-inbox t.mbox.gz) or one message. */
async function* gzipped(path: string, name = path): AsyncGenerator<RawMessage> {
  const stream = createReadStream(path, { highWaterMark: CHUNK }).pipe(createGunzip({ chunkSize: CHUNK }));
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value as Buffer;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
  }
  if (isMbox(head.subarray(0, 5))) {
    yield* splitMbox(rest(), name);
  } else {
    const chunks: Buffer[] = [];
    for await (const c of rest()) chunks.push(c);
    yield { raw: Buffer.concat(chunks), ref: { source: name, offset: 0 } };
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

function maildirFiles(dir: string): string[] {
  return ['new', 'cur'].flatMap((sub) => {
    try {
      return listFiles(join(dir, sub));
    } catch {
      return [];
    }
  });
}

function isMaildir(dir: string): boolean {
  return ['cur', 'new'].some((sub) => {
    try {
      return statSync(join(dir, sub)).isDirectory();
    } catch {
      return false;
    }
  });
}

/**
 * A file of mail. `name` stands for the file in reports when it is a download of a URL; such a file is
 * temporary, so it is never resumed by path.
 */
export function openFile(path: string, size: number, name?: string): OpenedSource {
  const head = sniff(path);
  const spec = name ?? path;
  if (isGzip(head)) return { spec, kind: 'mbox.gz', size, seekable: false, messages: () => gzipped(path, spec) };
  if (isMbox(head)) {
    return {
      spec,
      kind: 'mbox',
      size,
      seekable: name === undefined,
      messages: (resumeOffset = 0) =>
        splitMbox(createReadStream(path, { start: resumeOffset, highWaterMark: CHUNK }), spec, resumeOffset),
    };
  }
  return { spec, kind: 'message', size, seekable: false, messages: () => singleMessage(path, spec) };
}

function openDirectory(dir: string): OpenedSource {
  const maildir = isMaildir(dir);
  const files = maildir ? maildirFiles(dir) : listFiles(dir);
  const size = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    spec: dir,
    kind: maildir ? 'maildir' : 'directory',
    size,
    seekable: false,
    async *messages() {
      for (const file of files) {
        // A format-patch directory holds one message per file; a stray mbox in it still splits.
        yield* maildir ? singleMessage(file) : openFile(file, 0).messages();
      }
    },
  };
}

async function* stdinMessages(stdin: Readable): AsyncGenerator<RawMessage> {
  const iterator = stdin[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let head = Buffer.alloc(0);
  while (head.length < 5) {
    const r = await iterator.next();
    if (r.done) break;
    chunks.push(Buffer.from(r.value));
    head = Buffer.concat(chunks);
  }
  if (head.length === 0) return;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield Buffer.from(r.value);
  }
  if (isMbox(head.subarray(0, 5))) {
    yield* splitMbox(rest(), '-');
    return;
  }
  const all: Buffer[] = [];
  for await (const c of rest()) all.push(c);
  yield { raw: Buffer.concat(all), ref: { source: '-', offset: 0 } };
}

/** Opens one SOURCE argument; throws an Error naming the path when it cannot be read. */
export function openSource(spec: string, stdin?: Readable): OpenedSource {
  // process.stdin is only touched for `-`: creating it costs a cold start a few milliseconds.
  if (spec === '-') return { spec, kind: 'stdin', size: 0, seekable: false, messages: () => stdinMessages(stdin ?? process.stdin) };
  let stat;
  try {
    stat = statSync(spec);
  } catch (err) {
    throw new Error(`${spec}: cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return stat.isDirectory() ? openDirectory(spec) : openFile(spec, stat.size);
}
