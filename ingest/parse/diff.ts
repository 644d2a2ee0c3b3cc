// Diffs as mailed: git diffs with extended headers (Documentation/diff-format.txt, "Generating
// patches with -p"), plain `diff -u` output, and CVS/SVN `Index:` diffs. One pass over the lines;
// hunk bodies end by their line counts, so a `-- ` signature after the last hunk is never taken in.

import type { FileDiff, Hunk } from '../../core/patch.js';
import { readExtendedHeader, readHeaderPath, splitGitHeader, stripPlainPrefix, stripPrefix } from './diff-header.js';

type Origin = 'git' | 'index' | 'plain';

interface Current {
  file: FileDiff;
  origin: Origin;
  /** `diff --git a/x b/x` (true) or `--no-prefix` (false). */
  prefixed: boolean;
  sawMinusPlus: boolean;
  inBinary: boolean;
  inCombined: boolean;
}

interface Scan {
  lines: string[];
  files: FileDiff[];
  current: Current | null;
  /** Index after the last line that belonged to the diff. */
  end: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(.*)$/;
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]+$/;

/** Parses every file of a diff; text around and between the files is ignored. */
export function parseDiff(diffText: string): FileDiff[] {
  return scanDiff(diffText.replace(/\r\n/g, '\n').split('\n'), 0).files;
}

/**
 * Parses the diff that starts at lines[start]; `end` is the index after its last line, so callers
 * can tell the diff from what follows it (signature, base-commit, prose).
 */
export function scanDiff(lines: string[], start: number): { files: FileDiff[]; end: number } {
  const scan: Scan = { lines, files: [], current: null, end: start };
  let i = start;
  while (i < lines.length) {
    const next = readLine(scan, i);
    if (next > i) {
      scan.end = next;
      i = next;
    } else {
      i++;
    }
  }
  for (const file of scan.files) settleStatus(file);
  return { files: scan.files, end: scan.end };
}

/** Handles the diff line at i; returns the index after what it consumed, or i if not a diff line. */
function readLine(scan: Scan, i: number): number {
  const line = scan.lines[i];
  const cur = scan.current;
  if (line.startsWith('diff --git ')) return startGitFile(scan, line.slice(11)), i + 1;
  if (line.startsWith('Index: ') && hasUnifiedHeaderAhead(scan.lines, i)) {
    return startFile(scan, 'index', line.slice(7).trim(), line.slice(7).trim()), i + 1;
  }
  if (line.startsWith('diff -') && hasUnifiedHeaderAhead(scan.lines, i)) {
    if (!(cur && cur.origin === 'index' && !cur.sawMinusPlus)) startFile(scan, 'plain', null, null);
    return i + 1;
  }
  if (line.startsWith('--- ') && scan.lines[i + 1]?.startsWith('+++ ')) {
    return readMinusPlus(scan, line.slice(4), scan.lines[i + 1].slice(4)), i + 2;
  }
  if (!cur) return i;
  if (line.startsWith('@@ ')) return readHunk(scan, cur, i);
  if (line.startsWith('@@@')) return (cur.inCombined = true), i + 1;
  if (cur.inCombined) return readCombinedLine(cur, line, i);
  if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
    cur.file.binary = true;
    cur.inBinary = line === 'GIT binary patch';
    if (cur.origin === 'plain' && !cur.sawMinusPlus) readBinaryNames(cur.file, line);
    return i + 1;
  }
  if (cur.inBinary && (/^(?:literal|delta) \d+$/.test(line) || BASE85_LINE.test(line))) return i + 1;
  // A blank line ends each binary block, and git apply wants it there.
  if (cur.inBinary && line === '' && BASE85_LINE.test(scan.lines[i - 1])) return i + 1;
  if (cur.file.hunks.length === 0 && !cur.sawMinusPlus && readExtendedHeader(cur.file, line)) return i + 1;
  return i;
}

// Hunks of a combined diff (`@@@`) cannot be applied from mail; keep them in the diff text, but do
// not parse them. They end at the next header (handled before we get here) or a signature.
function readCombinedLine(cur: Current, line: string, i: number): number {
  if (line === '-- ' || line === '--') return (cur.inCombined = false), i;
  const c = line[0];
  return c === ' ' || c === '+' || c === '-' || c === '\\' ? i + 1 : i;
}

function startFile(scan: Scan, origin: Origin, oldPath: string | null, newPath: string | null): Current {
  const file: FileDiff = {
    oldPath, newPath, status: 'modified', binary: false, hunks: [], added: 0, removed: 0,
  };
  scan.files.push(file);
  scan.current = { file, origin, prefixed: false, sawMinusPlus: false, inBinary: false, inCombined: false };
  return scan.current;
}

function startGitFile(scan: Scan, rest: string): void {
  const [a, b] = splitGitHeader(rest);
  const prefixed = a.startsWith('a/') && b.startsWith('b/');
  const cur = startFile(scan, 'git', prefixed ? a.slice(2) : a, prefixed ? b.slice(2) : b);
  cur.prefixed = prefixed;
}

function readMinusPlus(scan: Scan, minus: string, plus: string): void {
  let cur = scan.current;
  if (!cur || cur.sawMinusPlus || cur.file.hunks.length > 0 || cur.inCombined) {
    cur = startFile(scan, 'plain', null, null);
  }
  cur.sawMinusPlus = true;
  const oldName = readHeaderPath(minus);
  const newName = readHeaderPath(plus);
  const file = cur.file;
  if (oldName === '/dev/null') file.oldPath = null;
  if (newName === '/dev/null') file.newPath = null;
  // git and Index: headers already named the files; plain diffs name them only here.
  if (cur.origin === 'git') {
    if (oldName !== '/dev/null' && file.status !== 'renamed' && file.status !== 'copied') {
      file.oldPath = cur.prefixed ? stripPrefix(oldName, 'a/') : oldName;
    }
    if (newName !== '/dev/null' && file.status !== 'renamed' && file.status !== 'copied') {
      file.newPath = cur.prefixed ? stripPrefix(newName, 'b/') : newName;
    }
  } else if (cur.origin === 'plain') {
    if (oldName !== '/dev/null') file.oldPath = stripPlainPrefix(oldName);
    if (newName !== '/dev/null') file.newPath = stripPlainPrefix(newName);
  }
}

/** Reads one hunk; its body ends when both line counts are used up. */
function readHunk(scan: Scan, cur: Current, i: number): number {
  const m = HUNK_HEADER.exec(scan.lines[i]);
  if (!m) return i;
  const hunk: Hunk = {
    oldStart: Number(m[1]), oldLines: m[2] === undefined ? 1 : Number(m[2]),
    newStart: Number(m[3]), newLines: m[4] === undefined ? 1 : Number(m[4]),
    section: m[5].trim(), lines: [],
  };
  cur.file.hunks.push(hunk);
  let oldLeft = hunk.oldLines;
  let newLeft = hunk.newLines;
  let j = i + 1;
  for (; j < scan.lines.length && (oldLeft > 0 || newLeft > 0); j++) {
    const line = scan.lines[j];
    const c = line[0];
    if (c === ' ' || line === '') {
      // An empty line is context whose leading space a mail client stripped.
      if (oldLeft === 0 || newLeft === 0) break;
      oldLeft--, newLeft--;
      hunk.lines.push(line === '' ? ' ' : line);
    } else if (c === '-' && oldLeft > 0) {
      oldLeft--, cur.file.removed++;
      hunk.lines.push(line);
    } else if (c === '+' && newLeft > 0) {
      newLeft--, cur.file.added++;
      hunk.lines.push(line);
    } else if (c === '\\') hunk.lines.push(line);
    else break;
  }
  while (j < scan.lines.length && scan.lines[j].startsWith('\\ ')) hunk.lines.push(scan.lines[j++]);
  return j;
}

/** `Binary files a/x and b/x differ` is all a plain diff says about a binary file. */
function readBinaryNames(file: FileDiff, line: string): void {
  const m = line.length < 4096 ? /^Binary files (.+) and (.+) differ$/.exec(line) : null;
  if (!m) return;
  file.oldPath = m[1] === '/dev/null' ? null : stripPlainPrefix(m[1]);
  file.newPath = m[2] === '/dev/null' ? null : stripPlainPrefix(m[2]);
}

function settleStatus(file: FileDiff): void {
  if (file.oldPath === null && file.newPath !== null) file.status = 'added';
  else if (file.newPath === null && file.oldPath !== null) file.status = 'deleted';
}

/** True when a `--- `/`+++ ` pair or a binary marker follows within the next few header lines. */
function hasUnifiedHeaderAhead(lines: string[], i: number): boolean {
  const stop = Math.min(lines.length - 1, i + 8);
  for (let j = i + 1; j <= stop; j++) {
    if (lines[j].startsWith('--- ') && lines[j + 1]?.startsWith('+++ ')) return true;
    if (lines[j].startsWith('Binary files ')) return true;
  }
  return false;
}

/** Line number of the first line that starts a diff, or -1. */
export function findDiffStartLine(lines: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const c = line.charCodeAt(0);
    if (c === 0x64 /* d */ && line.startsWith('diff -')) {
      if (line.startsWith('diff --git ') || hasUnifiedHeaderAhead(lines, i)) return i;
    } else if (c === 0x49 /* I */ && line.startsWith('Index: ') && hasUnifiedHeaderAhead(lines, i)) {
      return i;
    } else if (c === 0x2d /* - */ && line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      return i;
    }
  }
  return -1;
}

/** Offset of the first line that starts a diff (`diff --git`, `Index:`, `diff -`, `---`+`+++`), or -1. */
export function findDiffStart(body: string): number {
  const lines = body.split('\n');
  const at = findDiffStartLine(lines);
  if (at < 0) return -1;
  let offset = 0;
  for (let i = 0; i < at; i++) offset += lines[i].length + 1;
  return offset;
}
