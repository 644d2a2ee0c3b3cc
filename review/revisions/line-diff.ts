// Line diffs for comparing two patches: Myers' O(ND) algorithm on interned lines, after the two cheap steps
// xdiff takes first (xdiffi.c/xprepare.c): trim the common head and tail, and set aside lines that occur
// only on one side — they can never be part of a common subsequence, so the result stays minimal. An
// optional bound on the number of edits lets the pairing stop early on patches that cannot pair anyway.

export type LineOp = ' ' | '-' | '+';

export interface DiffLine {
  op: LineOp;
  /** Index in the old side (for ' ' and '-') or the new side (for '+'). */
  index: number;
}

/** Maps lines to small integers so that comparing two lines is comparing two numbers. */
export class LineInterner {
  private readonly ids = new Map<string, number>();

  intern(lines: readonly string[]): Int32Array {
    const out = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      let id = this.ids.get(lines[i]);
      if (id === undefined) this.ids.set(lines[i], (id = this.ids.size));
      out[i] = id;
    }
    return out;
  }
}

/**
 * The edit script turning `a` into `b`: every line of both, in order, marked kept, removed or added.
 * Returns null when more than `maxEdits` lines would have to be removed or added.
 */
export function diffLines(a: Int32Array, b: Int32Array, maxEdits = Infinity): DiffLine[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = matchMiddle(a.subarray(head, a.length - tail), b.subarray(head, b.length - tail), maxEdits);
  if (!middle) return null;
  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ op: ' ', index: i });
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...middle, [a.length - head - tail, b.length - head - tail]]) {
    for (; i < mi; i++) out.push({ op: '-', index: head + i });
    for (; j < mj; j++) out.push({ op: '+', index: head + j });
    if (mi < a.length - head - tail) out.push({ op: ' ', index: head + mi });
    i = mi + 1;
    j = mj + 1;
  }
  for (let t = a.length - tail; t < a.length; t++) out.push({ op: ' ', index: t });
  return out;
}

/** Matched (i, j) index pairs of a longest common subsequence of a and b, or null past the bound. */
function matchMiddle(a: Int32Array, b: Int32Array, maxEdits: number): Array<[number, number]> | null {
  // The longer side's extra lines are edits at the least.
  if (Math.abs(a.length - b.length) > maxEdits) return null;
  const counts = countLines(a, b);
  try {
    // Copies one side has more of than the other are edits whatever the search finds: a cheap lower bound.
    if (counts.excess > maxEdits) return null;
    const keptA: number[] = [];
    const keptB: number[] = [];
    for (let i = 0; i < a.length; i++) if (counts.inB[a[i]] !== 0) keptA.push(i);
    for (let j = 0; j < b.length; j++) if (counts.inA[b[j]] !== 0) keptB.push(j);
    // Lines set aside occur on one side only: edits whatever the rest does.
    const setAside = a.length - keptA.length + b.length - keptB.length;
    if (setAside > maxEdits) return null;
    const ra = Int32Array.from(keptA, (i) => a[i]);
    const rb = Int32Array.from(keptB, (j) => b[j]);
    const matches = myers(ra, rb, maxEdits - setAside);
    return matches && matches.map(([i, j]) => [keptA[i], keptB[j]]);
  } finally {
    counts.clear();
  }
}

// Per-line counts of both sides, in buffers reused across calls (line ids are small and dense).
let countA = new Int32Array(1024);
let countB = new Int32Array(1024);

/** How often each line occurs on each side (non-zero: present), and how many copies do not pair up. */
function countLines(a: Int32Array, b: Int32Array) {
  let top = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > top) top = a[i];
  for (let j = 0; j < b.length; j++) if (b[j] > top) top = b[j];
  if (top >= countA.length) (countA = new Int32Array(2 * (top + 1))), (countB = new Int32Array(2 * (top + 1)));
  const inA = countA;
  const inB = countB;
  for (let i = 0; i < a.length; i++) inA[a[i]]++;
  for (let j = 0; j < b.length; j++) inB[b[j]]++;
  let excess = 0;
  // Each distinct line once: a visited count is flipped negative (still non-zero, so still "present").
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (inA[x] > 0) (excess += Math.abs(inA[x] - Math.abs(inB[x]))), (inA[x] = -inA[x]);
  }
  for (let j = 0; j < b.length; j++) {
    const y = b[j];
    if (inA[y] === 0 && inB[y] > 0) (excess += inB[y]), (inB[y] = -inB[y]);
  }
  const clear = () => {
    for (let i = 0; i < a.length; i++) inA[a[i]] = 0;
    for (let j = 0; j < b.length; j++) inB[b[j]] = 0;
  };
  return { inA, inB, excess, clear };
}

/** A side's lines as sorted distinct ids with their counts: computed once per patch for pairing. */
export interface LineHistogram {
  ids: Int32Array;
  counts: Int32Array;
}

export function lineHistogram(lines: Int32Array): LineHistogram {
  const sorted = Int32Array.from(lines).sort();
  const ids: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
    else ids.push(sorted[i]), counts.push(1);
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
}

/**
 * Copies of lines one side has more of than the other, summed: each is an edit whatever the search finds,
 * so no script between the two sides has fewer edits. Lets pairing turn away hopeless pairs cheaply.
 */
export function leastEdits(x: LineHistogram, y: LineHistogram): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.ids.length || j < y.ids.length) {
    if (j >= y.ids.length || (i < x.ids.length && x.ids[i] < y.ids[j])) n += x.counts[i++];
    else if (i >= x.ids.length || y.ids[j] < x.ids[i]) n += y.counts[j++];
    else n += Math.abs(x.counts[i++] - y.counts[j++]);
  }
  return n;
}

/** Myers' greedy forward search, keeping each round's furthest points to walk the path back. */
function myers(a: Int32Array, b: Int32Array, maxEdits: number): Array<[number, number]> | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return walkBack(trace, a, b);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function walkBack(trace: Int32Array[], a: Int32Array, b: Int32Array): Array<[number, number]> {
  const matches: Array<[number, number]> = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    const prev = d === 0 ? null : trace[d - 1];
    // trace[d - 1] holds diagonals -(d-1) .. d-1 at positions 0 .. 2d-2.
    const at = (kk: number) => prev![kk + d - 1];
    let prevK: number;
    if (d === 0) prevK = 0;
    else prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY && x > 0 && y > 0 && a[x - 1] === b[y - 1] && x - y === k) {
      matches.push([x - 1, y - 1]);
      x--, y--;
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return matches.reverse();
}
