// Hunks applied to one file with git apply's rules (apply.c: apply_one_fragment, find_pos, match_fragment,
// update_image, as of git 2.39), which git am uses:
// - the search starts at the hunk's new-side line (earlier hunks of the file are already in the image) and
//   walks outwards, one line further down first, then one up, and so on; the nearest exact match wins;
// - the whole pre-image must match byte for byte: git apply's context limit (-C) defaults to "all of it",
//   so it never fuzzes;
// - a hunk with no leading context starting at line 0 or 1 must match at the top of the file, and one with
//   no trailing context must match at the bottom;
// - lines an earlier hunk produced are never matched again (LINE_PATCHED).
// A failed hunk is skipped and the next ones still tried, as with `git apply --reject`.
// This is our own applier rather than jsdiff's applyPatch, which DESIGN.md suggested: jsdiff 9's fuzzFactor
// is an edit distance over context lines anywhere in the hunk (GNU patch only drops outer context), it
// converts line endings by itself, and it has neither git's end-of-file ties nor its never-rematch-patched-
// lines rule — it would agree with neither tool, and it reports no offsets.
import type { HunkImage } from './hunk-image.js';
import { findNearMiss } from './near-miss.js';
import type { NearMiss } from './apply-types.js';

export interface Placement {
  result: 'clean' | 'offset' | 'fuzz' | 'failed';
  /** 1-based line where the hunk went (or was expected), in the file as it stood at that hunk. */
  line: number;
  offset: number;
  fuzz: number;
  /** 0-based start of the hunk's post-image lines in the finished file; -1 when it failed. */
  finalStart: number;
  nearMiss?: NearMiss;
}

/** The file being patched: its lines, and which of them an earlier hunk produced (git's LINE_PATCHED). */
interface Image {
  texts: string[];
  patched: boolean[];
}

export function applyGitHunks(original: readonly string[], hunks: readonly HunkImage[]): { lines: string[]; placements: Placement[] } {
  const image: Image = { texts: [...original], patched: original.map(() => false) };
  const placements: Placement[] = [];
  const applied: Array<{ index: number; at: number }> = [];
  for (const hunk of hunks) {
    const matchBeginning = hunk.oldStart === 0 || hunk.oldStart === 1;
    const matchEnd = hunk.trailing === 0;
    const pos = hunk.newStart ? hunk.newStart - 1 : 0;
    const at = findPos(image, hunk.pre, pos, matchBeginning, matchEnd);
    if (at < 0) {
      const nearMiss = findNearMiss(image.texts, hunk, pos, { matchBeginning, matchEnd, patched: image.patched });
      placements.push({ result: 'failed', line: pos + 1, offset: 0, fuzz: 0, finalStart: -1, nearMiss });
      continue;
    }
    image.texts.splice(at, hunk.pre.length, ...hunk.post);
    image.patched.splice(at, hunk.pre.length, ...hunk.post.map(() => true));
    applied.push({ index: placements.length, at });
    placements.push({ result: at === pos ? 'clean' : 'offset', line: at + 1, offset: at - pos, fuzz: 0, finalStart: at });
  }
  settleFinalStarts(placements, applied, hunks);
  return { lines: image.texts, placements };
}

/** A later hunk applied above an earlier one moves the earlier one's lines by its size change. */
function settleFinalStarts(placements: Placement[], applied: Array<{ index: number; at: number }>, hunks: readonly HunkImage[]): void {
  applied.forEach((a, i) => {
    let start = a.at;
    for (const later of applied.slice(i + 1)) {
      if (later.at < a.at) start += hunks[later.index].post.length - hunks[later.index].pre.length;
    }
    placements[a.index].finalStart = start;
  });
}

function findPos(image: Image, pre: readonly string[], line: number, matchBeginning: boolean, matchEnd: boolean): number {
  const length = image.texts.length;
  // No point wandering about when the hunk can only sit at one end (find_pos).
  if (matchBeginning) line = 0;
  else if (matchEnd) line = length - pre.length;
  // git compares as size_t: a negative start (pre-image longer than the file) becomes "the end".
  if (line < 0 || line > length) line = length;
  let backwards = line;
  let forwards = line;
  let current = line;
  for (let i = 0; ; i++) {
    if (matchFragment(image, pre, current, matchBeginning, matchEnd)) return current;
    if (backwards === 0 && forwards === length) return -1;
    // Alternate: one further down, then one further up; a side that has run out is skipped.
    const down = (i & 1) === 0 ? forwards < length : backwards === 0;
    if (down) current = ++forwards;
    else current = --backwards;
  }
}

function matchFragment(image: Image, pre: readonly string[], at: number, matchBeginning: boolean, matchEnd: boolean): boolean {
  if (pre.length + at > image.texts.length) return false;
  if (matchEnd && pre.length + at !== image.texts.length) return false;
  if (matchBeginning && at !== 0) return false;
  for (let i = 0; i < pre.length; i++) {
    if (image.patched[at + i] || !sameLine(pre[i], image.texts[at + i], i === pre.length - 1 && !matchEnd)) return false;
  }
  return true;
}

/**
 * Equal bytes — except that git compares the pre-image as one buffer, so a last line without its newline
 * ("\ No newline at end of file") also matches a longer file line that starts with it, as long as the
 * rest is whitespace (the per-line hash ignores whitespace, memcmp covers only the pre-image's bytes).
 */
function sameLine(pre: string, text: string, lastMayBePrefix: boolean): boolean {
  if (pre === text) return true;
  return lastMayBePrefix && !pre.endsWith('\n') && text.startsWith(pre) && text.slice(pre.length).trim() === '';
}
