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
  const inB = new Set(b);
  const inA = new Set(a);
  const keptA: number[] = [];
  const keptB: number[] = [];
  for (let i = 0; i < a.length; i++) if (inB.has(a[i])) keptA.push(i);
  for (let j = 0; j < b.length; j++) if (inA.has(b[j])) keptB.push(j);
  // Lines set aside are edits whatever the rest does.
  const setAside = a.length - keptA.length + b.length - keptB.length;
  if (setAside > maxEdits) return null;
  const ra = Int32Array.from(keptA, (i) => a[i]);
  const rb = Int32Array.from(keptB, (j) => b[j]);
  const matches = myers(ra, rb, maxEdits - setAside);
  return matches && matches.map(([i, j]) => [keptA[i], keptB[j]]);
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
