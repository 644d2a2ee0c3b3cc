// Which patch of the old revision became which patch of the new one, the way git range-diff decides it
// (range-diff.c, find_exact_matches() and get_correspondences()): patches with the same patch-id pair first;
// for the rest, the cost of pairing two patches is the size of the diff between their diffs, the cost of
// calling a patch dropped or new is its own size times the creation factor (60% by default, as
// RANGE_DIFF_CREATION_FACTOR_DEFAULT), and a least-cost assignment decides. Unlike range-diff we let similar
// subjects lower the cost a little, so that a patch rewritten under the same title still pairs, while a
// reworded subject on a similar diff changes nothing.

import { minCostAssignment } from './assignment.js';
import { diffLines, leastEdits, lineHistogram, type LineHistogram } from './line-diff.js';
import { subjectSimilarityAmong, type SubjectSimilarity } from './subject-similarity.js';
import { unifiedSize } from './unified-hunks.js';

export const CREATION_FACTOR = 60;
/**
 * At most this share of the pairing cost is forgiven for identical subjects (similarity weights rare words,
 * see subject-similarity.ts). On the corpus series, 0.5 pairs every rewritten patch the way their INDEX
 * maps them and pairs nothing git range-diff and the INDEX both keep apart; with 0 we pair exactly as git.
 */
export const SUBJECT_WEIGHT = 0.5;
const NEVER = 1 << 28;

export interface PairablePatch {
  title: string;
  /** git patch-id --stable, or null for a posting without a git diff. */
  patchId: string | null;
  /** The patch's diff as range-diff writes it, interned (see patch-text.ts). */
  diff: Int32Array;
}

/** Indices into the two lists; null on one side for a dropped or a new patch. */
export interface Pairing {
  from: number | null;
  to: number | null;
  /** Same patch-id. */
  identical: boolean;
  /** The pairing cost (0 for identical patches), null for dropped and new ones. */
  cost: number | null;
}

export interface PairingOptions {
  creationFactor?: number;
  subjectWeight?: number;
}

export function pairPatches(a: PairablePatch[], b: PairablePatch[], options: PairingOptions = {}): Pairing[] {
  const exact = exactMatches(a, b);
  const costs = costMatrix(a, b, exact, options);
  const columns = minCostAssignment(costs);
  const aToB = new Array<number>(a.length).fill(-1);
  for (let i = 0; i < a.length; i++) if (columns[i] < b.length) aToB[i] = columns[i];
  return inRangeDiffOrder(aToB, b.length, (i, j) => ({ identical: exact.get(i) === j, cost: costs[i][j] }));
}

/** Patches of `a` whose patch-id (or, without one, whose diff) reappears in `b`, first come first paired. */
function exactMatches(a: PairablePatch[], b: PairablePatch[]): Map<number, number> {
  const keyOf = (p: PairablePatch) => p.patchId ?? `diff:${p.diff.join(',')}`;
  const waiting = new Map<string, number[]>();
  a.forEach((p, i) => waiting.set(keyOf(p), [...(waiting.get(keyOf(p)) ?? []), i]));
  const out = new Map<number, number>();
  b.forEach((p, j) => {
    const i = waiting.get(keyOf(p))?.shift();
    if (i !== undefined) out.set(i, j);
  });
  return out;
}

/** range-diff's n×n matrix, n = |a| + |b|: real pairs, then dropped (extra columns) and new (extra rows). */
function costMatrix(a: PairablePatch[], b: PairablePatch[], exact: Map<number, number>, options: PairingOptions): number[][] {
  const factor = options.creationFactor ?? CREATION_FACTOR;
  const weight = options.subjectWeight ?? SUBJECT_WEIGHT;
  const similarity = subjectSimilarityAmong([...a, ...b].map((p) => p.title));
  const histograms = new Map([...a, ...b].map((p) => [p, lineHistogram(p.diff)]));
  const n = a.length + b.length;
  const pairedB = new Set(exact.values());
  const alone = (p: PairablePatch) => Math.floor((p.diff.length * factor) / 100);
  const cost = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (exact.has(i) || pairedB.has(j)) cost[i][j] = exact.get(i) === j ? 0 : NEVER;
      else cost[i][j] = pairCost(a[i], b[j], alone(a[i]) + alone(b[j]), weight, similarity, histograms);
    }
    for (let j = b.length; j < n; j++) cost[i][j] = exact.has(i) ? NEVER : alone(a[i]);
  }
  for (let j = 0; j < b.length; j++) for (let i = a.length; i < n; i++) cost[i][j] = pairedB.has(j) ? NEVER : alone(b[j]);
  return cost;
}

/**
 * The size of the diff between the two diffs, lowered for similar subjects. A pair costing more than
 * dropping one and creating the other can never be chosen, so the diff stops counting there.
 */
function pairCost(x: PairablePatch, y: PairablePatch, dropAndCreate: number, weight: number, similarity: SubjectSimilarity, histograms: Map<PairablePatch, LineHistogram>): number {
  const discount = 1 - weight * similarity(x.title, y.title);
  const bound = Math.ceil(dropAndCreate / discount);
  if (leastEdits(histograms.get(x)!, histograms.get(y)!) > bound) return NEVER;
  const script = diffLines(x.diff, y.diff, bound);
  return script ? Math.round(unifiedSize(script) * discount) : NEVER;
}

/**
 * range-diff's output order (range-diff.c, output()): the new revision's order, each dropped patch shown
 * as soon as the old patches before it have been shown.
 */
function inRangeDiffOrder(aToB: number[], bCount: number, detail: (i: number, j: number) => Omit<Pairing, 'from' | 'to'>): Pairing[] {
  const bToA = new Array<number>(bCount).fill(-1);
  aToB.forEach((j, i) => j >= 0 && (bToA[j] = i));
  const shown = new Array<boolean>(aToB.length).fill(false);
  const out: Pairing[] = [];
  let i = 0;
  let j = 0;
  while (i < aToB.length || j < bCount) {
    while (i < aToB.length && shown[i]) i++;
    if (i < aToB.length && aToB[i] < 0) {
      out.push({ from: i++, to: null, identical: false, cost: null });
      continue;
    }
    while (j < bCount && bToA[j] < 0) out.push({ from: null, to: j++, identical: false, cost: null });
    if (j < bCount) {
      const from = bToA[j];
      out.push({ from, to: j, ...detail(from, j) });
      shown[from] = true;
      j++;
    }
  }
  return out;
}
