// The linear assignment problem on a square cost matrix: give every row one column so that the total cost
// is least. git range-diff solves the same problem with Jonker–Volgenant (linear-assignment.c); this is the
// Hungarian method with row and column potentials (Kuhn–Munkres, O(n³)), ample for a few dozen patches.

/** cost[row][col]; returns for each row the column it gets. */
export function minCostAssignment(cost: number[][]): number[] {
  const n = cost.length;
  for (const row of cost) if (row.length !== n) throw new Error(`assignment: expected a square ${n}×${n} matrix, found a row of ${row.length}`);
  // 1-based arrays as in the textbook formulation; column 0 is the free row being placed.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rowOfCol = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let row = 1; row <= n; row++) {
    rowOfCol[0] = row;
    let col0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[col0] = 1;
      const r = rowOfCol[col0];
      let delta = Infinity;
      let col1 = 0;
      for (let c = 1; c <= n; c++) {
        if (used[c]) continue;
        const reduced = cost[r - 1][c - 1] - u[r] - v[c];
        if (reduced < minv[c]) (minv[c] = reduced), (way[c] = col0);
        if (minv[c] < delta) (delta = minv[c]), (col1 = c);
      }
      for (let c = 0; c <= n; c++) {
        if (used[c]) (u[rowOfCol[c]] += delta), (v[c] -= delta);
        else minv[c] -= delta;
      }
      col0 = col1;
    } while (rowOfCol[col0] !== 0);
    // Flip the augmenting path.
    do {
      const prev = way[col0];
      rowOfCol[col0] = rowOfCol[prev];
      col0 = prev;
    } while (col0 !== 0);
  }
  const colOfRow = new Array<number>(n).fill(-1);
  for (let c = 1; c <= n; c++) if (rowOfCol[c] > 0) colOfRow[rowOfCol[c] - 1] = c - 1;
  return colOfRow;
}
