// `git patch-id --stable`, reimplemented (builtin/patch-id.c, get_one_patchid(), git 2.39): a SHA-1 over
// the diff with all white space removed and with line numbers left out (hunk headers and `index` lines are
// not hashed). With --stable each file's diff is hashed on its own and the per-file hashes are added up as
// 20-byte little-endian numbers (diff.c, flush_one_hunk()), so the order of the files does not matter.
// Two postings with the same patch-id make the same change, whatever their line offsets or whitespace.

import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../../core/node-on-demand.js';

const HEX40 = /^[0-9a-fA-F]{40}/;
const WHITE_SPACE = /[ \t\n\v\f\r]/g;

interface State {
  sum: Uint8Array;
  hash: Hash;
  /** Lines still expected in the current hunk; -1 while reading a file header. */
  before: number;
  after: number;
  binary: boolean;
  preBlob: string;
  postBlob: string;
  hashedChars: number;
}

/** The stable patch-id of a diff as 40 hex digits, or null when git would print none (no `diff ` line). */
export function patchIdStable(diff: string): string | null {
  const lines = diff.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const s: State = { sum: new Uint8Array(20), hash: nodeCrypto().createHash('sha1'), before: -1, after: -1, binary: false, preBlob: '', postBlob: '', hashedChars: 0 };
  for (const line of lines) {
    const step = readLine(s, line);
    if (step === 'stop') break;
  }
  flushFile(s);
  return s.hashedChars === 0 ? null : Buffer.from(s.sum).toString('hex');
}

/** One line of get_one_patchid()'s loop; 'stop' where git splits to the next patch or leaves the diff. */
function readLine(s: State, line: string): 'next' | 'stop' {
  // "\ No newline at end of file" is not part of the change.
  if (line.startsWith('\\ ') && line.length + 1 > 12) return 'next';
  if (HEX40.test(line.startsWith('commit ') ? line.slice(7) : line.startsWith('From ') ? line.slice(5) : line)) return 'stop';
  // Above the first `diff ` line is the commit message.
  if (s.hashedChars === 0 && !line.startsWith('diff ')) return 'next';
  if (s.before === -1) {
    const header = readHeaderLine(s, line);
    if (header !== 'hash') return header;
  }
  if (s.binary) {
    if (line.startsWith('diff ')) (s.binary = false), (s.before = -1);
    return 'next';
  }
  if (s.before === 0 && s.after === 0) {
    if (line.startsWith('@@ -')) return readHunkHeader(s, line), 'next';
    if (!line.startsWith('diff ')) return 'stop';
    flushFile(s);
    s.before = s.after = -1;
  }
  // A mailer may strip the lone space of an empty context line; git saw the space.
  const mark = line === '' && (s.before > 0 || s.after > 0) ? ' ' : line[0];
  if (mark === '-' || mark === ' ') s.before--;
  if (mark === '+' || mark === ' ') s.after--;
  hashLine(s, line);
  return 'next';
}

/** A line of a file's header (before its `--- ` line): 'hash' to hash it like any other line. */
function readHeaderLine(s: State, line: string): 'hash' | 'next' | 'stop' {
  if (line.startsWith('GIT binary patch') || line.startsWith('Binary files')) {
    // A binary file is known by its blob names alone.
    s.binary = true;
    s.before = 0;
    s.hash.update(s.preBlob);
    s.hash.update(s.postBlob);
    flushFile(s);
    return 'next';
  }
  if (line.startsWith('index ')) {
    const dots = line.indexOf('..');
    if (dots >= 0) {
      const space = line.indexOf(' ', dots);
      s.preBlob = line.slice(6, dots).slice(0, 64);
      s.postBlob = line.slice(dots + 2, space < 0 ? undefined : space).slice(0, 64);
    }
    return 'next';
  }
  if (line.startsWith('--- ')) s.before = s.after = 1;
  else if (!/^[A-Za-z]/.test(line)) return 'stop';
  return 'hash';
}

/** scan_hunk_header(): only the line counts matter, to know where the hunk ends. */
function readHunkHeader(s: State, line: string): void {
  const m = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))?/.exec(line);
  if (!m) return;
  s.before = m[1] === undefined ? 1 : Number(m[1]);
  s.after = m[2] === undefined ? 1 : Number(m[2]);
}

function hashLine(s: State, line: string): void {
  const squeezed = line.replace(WHITE_SPACE, '');
  s.hashedChars += squeezed.length;
  s.hash.update(squeezed, 'utf8');
}

/** Adds the current file's SHA-1 to the sum, byte by byte with carry, and starts a new hash. */
function flushFile(s: State): void {
  const digest = s.hash.digest();
  s.hash = nodeCrypto().createHash('sha1');
  let carry = 0;
  for (let i = 0; i < 20; i++) {
    carry += s.sum[i] + digest[i];
    s.sum[i] = carry & 0xff;
    carry >>= 8;
  }
}
