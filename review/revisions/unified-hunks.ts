// An edit script cut into unified-diff hunks with context, the way xdiff emits them (xemit.c): changes
// closer than twice the context share a hunk. Its size in lines is what git range-diff uses as the cost of
// pairing two patches (range-diff.c, diffsize()).

import type { DiffLine } from './line-diff.js';

export interface UnifiedHunk {
  /** 0-based first line of the hunk on each side. */
  oldStart: number;
  newStart: number;
  oldLines: number;
  newLines: number;
  lines: DiffLine[];
}

/** Groups the script's changes into hunks with `context` kept lines around each. */
export function unifiedHunks(script: DiffLine[], context = 3): UnifiedHunk[] {
  const changes: number[] = [];
  for (let i = 0; i < script.length; i++) if (script[i].op !== ' ') changes.push(i);
  const hunks: UnifiedHunk[] = [];
  let oldBefore = 0;
  let newBefore = 0;
  let counted = 0;
  for (let k = 0; k < changes.length; k++) {
    const first = changes[k];
    while (k + 1 < changes.length && changes[k + 1] - changes[k] - 1 <= 2 * context) k++;
    const from = Math.max(0, first - context);
    const to = Math.min(script.length, changes[k] + context + 1);
    for (; counted < from; counted++) {
      if (script[counted].op !== '+') oldBefore++;
      if (script[counted].op !== '-') newBefore++;
    }
    hunks.push(hunkOf(script.slice(from, to), oldBefore, newBefore));
  }
  return hunks;
}

function hunkOf(lines: DiffLine[], oldStart: number, newStart: number): UnifiedHunk {
  let oldLines = 0;
  let newLines = 0;
  for (const l of lines) {
    if (l.op !== '+') oldLines++;
    if (l.op !== '-') newLines++;
  }
  return { oldStart, newStart, oldLines, newLines, lines };
}

/** Lines a unified diff of the script would print: one header per hunk plus the hunks' lines. */
export function unifiedSize(script: DiffLine[], context = 3): number {
  return unifiedHunks(script, context).reduce((n, h) => n + 1 + h.lines.length, 0);
}
