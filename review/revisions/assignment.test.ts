import { describe, expect, it } from 'vitest';
import { minCostAssignment } from './assignment.js';

const total = (cost: number[][], cols: number[]) => cols.reduce((s, c, r) => s + cost[r][c], 0);

/** The least total by trying every permutation: the answer the assignment must reach. */
function bruteForce(cost: number[][]): number {
  const n = cost.length;
  let best = Infinity;
  const walk = (row: number, used: Set<number>, sum: number) => {
    if (row === n) return void (best = Math.min(best, sum));
    for (let c = 0; c < n; c++) if (!used.has(c)) walk(row + 1, new Set([...used, c]), sum + cost[row][c]);
  };
  walk(0, new Set(), 0);
  return best;
}

describe('minCostAssignment', () => {
  it('gives each row a different column at the least total cost', () => {
    const cost = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const cols = minCostAssignment(cost);
    expect(new Set(cols).size).toBe(3);
    expect(total(cost, cols)).toBe(5);
  });

  it('matches brute force on random matrices, including huge "never" costs', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 100; round++) {
      const n = 1 + rand(6);
      const cost = Array.from({ length: n }, () => Array.from({ length: n }, () => (rand(5) === 0 ? 1 << 24 : rand(50))));
      const cols = minCostAssignment(cost);
      expect(new Set(cols).size).toBe(n);
      expect(total(cost, cols)).toBe(bruteForce(cost));
    }
  });

  it('rejects a matrix that is not square, naming the sizes', () => {
    expect(() => minCostAssignment([[1, 2], [3]])).toThrow(/square 2×2 matrix, found a row of 1/);
  });
});
