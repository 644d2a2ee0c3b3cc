// Two revisions side by side: every patch paired, dropped or new, each pair unchanged (same patch-id) or
// changed with its interdiff, and a new patch that holds most of an old one's lines marked as split out of
// it (a dropped one as merged into the new patch that holds most of its lines).

import { interdiff, type Interdiff } from './interdiff.js';
import { LineInterner } from './line-diff.js';
import { pairPatches, type PairingOptions } from './pair-patches.js';
import { patchIdStable } from './patch-id.js';
import { patchText, type PatchText } from './patch-text.js';
import type { RevisionPatch } from './revision-input.js';

export type PairStatus = 'unchanged' | 'changed' | 'new' | 'dropped';

export interface PatchPair {
  from: RevisionPatch | null;
  to: RevisionPatch | null;
  status: PairStatus;
  /** Pairing cost (size of the interdiff of the diffs, lowered for similar subjects). */
  cost: number | null;
  /** For paired patches: what changed between them (empty hunks when nothing did). */
  interdiff: Interdiff | null;
  /** A new patch that carries most of this old patch's lines, or the old patch a new one came out of. */
  splitFrom?: RevisionPatch;
  mergedInto?: RevisionPatch;
}

/** What pairing needs of one patch, computed once per patch. */
export interface PreparedPatch {
  patch: RevisionPatch;
  text: PatchText;
  patchId: string | null;
}

export function preparePatch(patch: RevisionPatch): PreparedPatch {
  return { patch, text: patchText(patch.title, patch.commitMessage, patch.files), patchId: patchIdStable(patch.diff) };
}

export function comparePatches(old: PreparedPatch[], next: PreparedPatch[], options: PairingOptions = {}): PatchPair[] {
  const interner = new LineInterner();
  const pairable = (p: PreparedPatch) => ({ title: p.patch.title, patchId: p.patchId, diff: interner.intern(p.text.diff) });
  const pairings = pairPatches(old.map(pairable), next.map(pairable), options);
  const pairs = pairings.map((p): PatchPair => {
    const from = p.from === null ? null : old[p.from];
    const to = p.to === null ? null : next[p.to];
    const status = !from ? 'new' : !to ? 'dropped' : p.identical ? 'unchanged' : 'changed';
    return { from: from?.patch ?? null, to: to?.patch ?? null, status, cost: p.cost, interdiff: from && to ? interdiff(from.text, to.text, interner) : null };
  });
  markSplitsAndMerges(pairs, old, next);
  return pairs;
}

/** Share of `part`'s added lines found among `whole`'s added lines. */
function overlap(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let n = 0;
  for (const l of part) if (whole.has(l)) n++;
  return n / part.size;
}

const MOSTLY = 0.5;
const MIN_LINES = 3;

function addedLines(p: PreparedPatch): Set<string> {
  return new Set(p.text.diff.filter((l) => l.startsWith('+') && l.trim().length > 2).map((l) => l.replace(/\s+/g, ' ')));
}

function markSplitsAndMerges(pairs: PatchPair[], old: PreparedPatch[], next: PreparedPatch[]): void {
  const oldLines = new Map(old.map((p) => [p.patch, addedLines(p)]));
  const newLines = new Map(next.map((p) => [p.patch, addedLines(p)]));
  const best = (lines: Set<string>, among: Map<RevisionPatch, Set<string>>) => {
    let top: { patch: RevisionPatch; share: number } | undefined;
    for (const [patch, other] of among) {
      const share = overlap(lines, other);
      if (share >= MOSTLY && lines.size >= MIN_LINES && (!top || share > top.share)) top = { patch, share };
    }
    return top?.patch;
  };
  for (const pair of pairs) {
    if (pair.status === 'new') pair.splitFrom = best(newLines.get(pair.to!)!, oldLines);
    if (pair.status === 'dropped') pair.mergedInto = best(oldLines.get(pair.from!)!, newLines);
  }
}
