// Hunks applied to one file with GNU patch's rules (patch.c: locate_hunk, patch_match, apply_hunk, as in
// patch 2.7), for `--fuzz N`:
// - the first guess is the hunk's old-side line plus the offset the previous hunks of the file needed
//   (patch carries its offset from hunk to hunk; git starts afresh from the new-side line);
// - offsets are tried 0, +1, -1, +2, -2 … across the whole file, never above the last line an earlier
//   hunk consumed;
// - with fuzz F, up to F lines of leading and trailing context are not compared (fewer on the shorter
//   side when the context is lopsided); a hunk whose shorter side is already shorter than its fuzz can
//   only match at that end of the file;
// - fuzz is tried from 0 up to min(N, the hunk's larger context), the first fuzz that matches anywhere wins.
// Context lines that were fuzzed keep the file's text; the hunk's removed lines always match exactly.
import type { HunkImage } from './hunk-image.js';
import { findNearMiss } from './near-miss.js';
import type { Placement } from './git-hunks.js';

interface FileState {
  input: readonly string[];
  output: string[];
  /** Input lines (1-based) up to here are already copied or consumed. */
  lastFrozen: number;
  inOffset: number;
  outOffset: number;
}

export function applyFuzzHunks(input: readonly string[], hunks: readonly HunkImage[], maxFuzz: number): { lines: string[]; placements: Placement[] } {
  const state: FileState = { input, output: [], lastFrozen: 0, inOffset: 0, outOffset: 0 };
  const placements = hunks.map((hunk) => applyOne(state, hunk, maxFuzz));
  copyTill(state, input.length);
  return { lines: state.output, placements };
}

const first = (h: HunkImage) => (h.oldLines === 0 ? h.oldStart + 1 : h.oldStart);

function applyOne(state: FileState, hunk: HunkImage, maxFuzz: number): Placement {
  const limit = Math.min(maxFuzz, Math.max(hunk.leading, hunk.trailing));
  for (let fuzz = 0; fuzz <= limit; fuzz++) {
    const where = locateHunk(state, hunk, fuzz);
    if (!where) continue;
    const line = where + state.outOffset;
    const finalStart = state.output.length + (where - 1 - state.lastFrozen);
    writeHunk(state, hunk, where);
    const result = fuzz ? 'fuzz' : state.inOffset ? 'offset' : 'clean';
    return { result, line, offset: state.inOffset, fuzz, finalStart };
  }
  const expected = first(hunk) + state.inOffset - 1;
  const nearMiss = findNearMiss(state.input, hunk, expected, { matchBeginning: false, matchEnd: false });
  return { result: 'failed', line: first(hunk) + state.outOffset, offset: 0, fuzz: 0, finalStart: -1, nearMiss };
}

/** patch.c locate_hunk: the 1-based input line where the pattern goes, or 0. */
function locateHunk(state: FileState, hunk: HunkImage, fuzz: number): number {
  const firstGuess = first(hunk) + state.inOffset;
  const patLines = hunk.pre.length;
  const context = Math.max(hunk.leading, hunk.trailing);
  let prefixFuzz = fuzz + hunk.leading - context;
  const suffixFuzz = fuzz + hunk.trailing - context;
  const inputLines = state.input.length;
  const maxWhere = inputLines - (patLines - suffixFuzz) + 1;
  const minWhere = state.lastFrozen + 1 - (hunk.leading - prefixFuzz);
  const maxPosOffset = maxWhere - firstGuess;
  let maxNegOffset = firstGuess - minWhere;
  if (!patLines) return firstGuess;
  if (firstGuess <= maxNegOffset) maxNegOffset = firstGuess - 1;
  const found = (offset: number) => ((state.inOffset += offset), firstGuess + offset);
  if (prefixFuzz < 0 && first(hunk) <= 1) {
    // Can only match the start of the file (and, with no suffix to spare either, the whole file).
    if (suffixFuzz < 0 && (patLines !== inputLines || hunk.leading < state.lastFrozen)) return 0;
    const offset = 1 - firstGuess;
    const ok = state.lastFrozen <= hunk.leading && offset <= maxPosOffset && patchMatch(state, hunk, firstGuess + offset, 0, suffixFuzz);
    return ok ? found(offset) : 0;
  }
  if (prefixFuzz < 0) prefixFuzz = 0;
  if (suffixFuzz < 0) {
    // Can only match the end of the file.
    const offset = firstGuess - (inputLines - patLines + 1);
    return offset <= maxNegOffset && patchMatch(state, hunk, firstGuess - offset, prefixFuzz, 0) ? found(-offset) : 0;
  }
  const maxOffset = Math.max(maxPosOffset, maxNegOffset);
  for (let offset = 0; offset <= maxOffset; offset++) {
    if (offset <= maxPosOffset && patchMatch(state, hunk, firstGuess + offset, prefixFuzz, suffixFuzz)) return found(offset);
    if (offset > 0 && offset <= maxNegOffset && patchMatch(state, hunk, firstGuess - offset, prefixFuzz, suffixFuzz)) return found(-offset);
  }
  return 0;
}

/** Pattern lines after the first prefixFuzz and before the last suffixFuzz equal the input at `where`. */
function patchMatch(state: FileState, hunk: HunkImage, where: number, prefixFuzz: number, suffixFuzz: number): boolean {
  for (let p = prefixFuzz; p < hunk.pre.length - suffixFuzz; p++) {
    const line = where + p;
    if (line < 1 || line > state.input.length || state.input[line - 1] !== hunk.pre[p]) return false;
  }
  return true;
}

/** patch.c apply_hunk: removed lines are dropped, added lines written, context comes from the input. */
function writeHunk(state: FileState, hunk: HunkImage, where: number): void {
  let old = 0;
  for (const entry of hunk.order) {
    if (entry.kind === ' ') old++;
    else if (entry.kind === '-') {
      copyTill(state, where + old - 1);
      state.lastFrozen++;
      old++;
    } else {
      copyTill(state, where + old - 1);
      emit(state, hunk.post[entry.post]);
    }
  }
  state.outOffset += hunk.post.length - hunk.pre.length;
}

function copyTill(state: FileState, lastLine: number): void {
  while (state.lastFrozen < lastLine && state.lastFrozen < state.input.length) emit(state, state.input[state.lastFrozen++]);
}

/** Like patch's after_newline: a line written after one that lacked its newline gets one first. */
function emit(state: FileState, line: string): void {
  const last = state.output.length - 1;
  if (last >= 0 && !state.output[last].endsWith('\n')) state.output[last] += '\n';
  state.output.push(line);
}
