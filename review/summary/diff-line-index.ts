// Finds where quoted diff lines sit in a patch: file, hunk and the line in the post-image. Reviewers
// comment below the lines they quote, so the last quoted line is the one that counts; the lines above it
// break ties between identical lines (a `}` or `return 0;` occurs everywhere).
import type { FileDiff } from '../../core/patch.js';
import { parseDiff } from '../../ingest/parse/diff.js';

export interface DiffLine {
  file: string;
  hunk: string;
  /** '+', '-' or ' '. */
  prefix: string;
  /** Line in the post-image; for a removed line, the post-image line it was removed before. */
  newLine: number;
  key: string;
}

export interface DiffLineIndex {
  lines: DiffLine[];
  byKey: Map<string, number[]>;
  files: string[];
}

export interface DiffHit {
  file: string;
  hunk: string;
  line: number;
  /** Line in the post-image the matched quote starts at. */
  firstLine: number;
  /** How many quoted lines matched in sequence at this place. */
  matched: number;
}

/** Whitespace-blind: mail clients turn tabs to spaces, re-indent and trim line ends. */
export function diffLineKey(prefix: string, text: string): string {
  return `${prefix}${text.replace(/\s+/g, '')}`;
}

/** `text` trimmed, runs of white space made one space; the common case (nothing to do) allocates nothing. */
export function collapseSpace(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c === 32 && (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32))) {
      plain = false;
      break;
    }
  }
  return plain ? text : text.replace(/\s+/g, ' ').trim();
}

function hunkHeader(h: FileDiff['hunks'][number]): string {
  return `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@${h.section ? ` ${h.section.trim()}` : ''}`;
}

export function indexDiff(diffText: string): DiffLineIndex {
  const lines: DiffLine[] = [];
  const files: string[] = [];
  for (const f of parseDiff(diffText)) {
    const file = f.newPath ?? f.oldPath ?? '';
    files.push(file);
    for (const h of f.hunks) {
      const header = hunkHeader(h);
      let next = h.newStart;
      for (const raw of h.lines) {
        const prefix = raw[0];
        if (prefix !== '+' && prefix !== '-' && prefix !== ' ') continue;
        lines.push({ file, hunk: header, prefix, newLine: next, key: diffLineKey(prefix, raw.slice(1)) });
        if (prefix !== '-') next++;
      }
    }
  }
  const byKey = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const list = byKey.get(l.key);
    if (list) list.push(i);
    else byKey.set(l.key, [i]);
  });
  return { lines, byKey, files };
}

/** A quoted line as a diff line, or null when it is not one (`+++`/`---` headers are not). */
export function asDiffLine(text: string): { prefix: string; body: string } | null {
  const prefix = text[0];
  if (prefix !== '+' && prefix !== '-' && prefix !== ' ') return null;
  if (/^(?:\+\+\+|---)(?:\s|$)/.test(text)) return null;
  const body = text.slice(1);
  return body.trim() === '' ? null : { prefix, body };
}

/** How many quoted lines match in sequence ending at `at`, and the index of the first of them. */
function runLength(index: DiffLineIndex, at: number, keys: string[], last: number): { n: number; first: number } {
  let n = 1;
  let first = at;
  for (let k = last - 1, i = at - 1; k >= 0 && i >= 0; k--) {
    // Blank and unparsable quoted lines are skipped, not counted against the place.
    while (i >= 0 && index.lines[i].key.length <= 1) i--;
    if (i < 0 || index.lines[i].key !== keys[k]) break;
    n++;
    first = i;
    i--;
  }
  return { n, first };
}

/** Where the quoted lines (in order) end in the patch; tries the last few in case one was mangled. */
export function locateQuotedDiff(index: DiffLineIndex, quoted: string[]): DiffHit | null {
  const keys = quoted.map(asDiffLine).filter((d): d is { prefix: string; body: string } => d !== null).map((d) => diffLineKey(d.prefix, d.body));
  for (let last = keys.length - 1; last >= Math.max(0, keys.length - 4); last--) {
    const places = index.byKey.get(keys[last]);
    if (!places) continue;
    let best = places[0];
    let bestRun = { n: 0, first: best };
    for (const at of places) {
      const run = runLength(index, at, keys, last);
      if (run.n > bestRun.n) [best, bestRun] = [at, run];
    }
    const hit = index.lines[best];
    return { file: hit.file, hunk: hit.hunk, line: hit.newLine, firstLine: index.lines[bestRun.first].newLine, matched: bestRun.n };
  }
  return null;
}
