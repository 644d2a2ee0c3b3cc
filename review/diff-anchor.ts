// Places in a parsed diff: the added lines with their post-image numbers, the hunk a line sits in, and the
// hunk lines a reply quotes above its comment.
import type { FileDiff, Hunk } from '../core/patch.js';

export interface AddedLine {
  file: string;
  newLine: number;
  hunk: { index: number; header: string };
  /** The line without its `+`. */
  text: string;
}

export function hunkHeader(h: Hunk): string {
  return `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@${h.section ? ` ${h.section.trim()}` : ''}`;
}

export const filePath = (f: FileDiff): string => f.newPath ?? f.oldPath ?? '';

// Four checks walk the same added lines of every patch: walk each diff once.
const walked = new WeakMap<readonly FileDiff[], AddedLine[]>();

/** Every `+` line of every text file, with its line in the post-image. */
export function addedLines(files: readonly FileDiff[]): AddedLine[] {
  const known = walked.get(files);
  if (known) return known;
  const out: AddedLine[] = [];
  walked.set(files, out);
  for (const f of files) {
    if (f.binary) continue;
    f.hunks.forEach((h, index) => {
      let newLine = h.newStart;
      const hunk = { index, header: hunkHeader(h) };
      for (const raw of h.lines) {
        const c = raw[0];
        if (c === '+') out.push({ file: filePath(f), newLine, hunk, text: raw.slice(1) });
        if (c === '+' || c === ' ') newLine++;
      }
    });
  }
  return out;
}

/** Position of a post-image (or, for side 'old', pre-image) line inside a hunk's `lines`; -1 when not there. */
export function lineIndexInHunk(h: Hunk, line: number, side: 'new' | 'old'): number {
  let n = side === 'new' ? h.newStart : h.oldStart;
  for (let i = 0; i < h.lines.length; i++) {
    const c = h.lines[i][0];
    const counts = side === 'new' ? c === '+' || c === ' ' : c === '-' || c === ' ';
    if (counts) {
      if (n === line) return i;
      n++;
    }
  }
  return -1;
}

export function findFile(files: readonly FileDiff[], path: string): FileDiff | undefined {
  return files.find((f) => filePath(f) === path);
}

/** The hunk that holds `line`, by its index when known, else by its range. */
export function hunkOf(file: FileDiff, line: number, side: 'new' | 'old', index?: number): { index: number; hunk: Hunk } | undefined {
  if (index !== undefined && index >= 0 && file.hunks[index]) return { index, hunk: file.hunks[index] };
  const at = file.hunks.findIndex((h) => lineIndexInHunk(h, line, side) >= 0);
  return at >= 0 ? { index: at, hunk: file.hunks[at] } : undefined;
}

/**
 * The hunk lines a reply quotes for a finding: from a little above the line down to it, at most `context`
 * lines, never past the hunk's start. Each keeps its diff prefix.
 */
export function quotedHunkLines(h: Hunk, at: number, context = 3): string[] {
  if (at < 0) return [];
  const first = Math.max(0, at - context);
  return h.lines.slice(first, at + 1).filter((l) => l[0] !== '\\');
}
