// GNU patch's placement with fuzz, one behaviour per test. Each expectation is what
// `patch --dry-run --verbose -F N` (GNU patch 2.7.6) printed for the same file and hunks; the differential
// tests compare the rules with patch itself on generated series.
import { describe, expect, it } from 'vitest';
import type { Hunk } from '../../core/patch.js';
import { applyFuzzHunks } from './fuzz-hunks.js';
import { hunkImage } from './hunk-image.js';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`);

function hunk(oldStart: number, lines: string[]): Hunk {
  const oldLines = lines.filter((l) => l[0] !== '+').length;
  const newLines = lines.filter((l) => l[0] !== '-').length;
  return { oldStart, oldLines, newStart: oldStart, newLines, section: '', lines };
}

// Lines 11 and 25 of `line 1` … `line 30` changed, three lines of context each side.
const eleven = hunk(8, [' line 8', ' line 9', ' line 10', '-line 11', '+LINE 11', ' line 12', ' line 13', ' line 14']);
const twentyFive = hunk(22, [' line 22', ' line 23', ' line 24', '-line 25', '+LINE 25', ' line 26', ' line 27', ' line 28']);

/** Two lines added at the top, and lines 8 and 28 (outermost context of each hunk) reworded. */
function drifted(): string[] {
  const lines = numbered(30);
  lines[7] = 'line eight\n';
  lines[27] = 'line twenty-eight\n';
  return ['new a\n', 'new b\n', ...lines];
}

describe('applyFuzzHunks', () => {
  it('fails both hunks without fuzz: "Hunk #1 FAILED at 8.", "Hunk #2 FAILED at 22."', () => {
    const r = applyFuzzHunks(drifted(), [hunkImage(eleven), hunkImage(twentyFive)], 0);
    expect(r.placements.map((p) => [p.result, p.line])).toEqual([['failed', 8], ['failed', 22]]);
  });

  it('ignores one outer context line with fuzz 1: "succeeded at 10 with fuzz 1 (offset 2 lines)", then at 24', () => {
    const r = applyFuzzHunks(drifted(), [hunkImage(eleven), hunkImage(twentyFive)], 2);
    expect(r.placements.map((p) => [p.result, p.line, p.fuzz, p.offset])).toEqual([['fuzz', 10, 1, 2], ['fuzz', 24, 1, 2]]);
    expect(r.lines[12]).toBe('LINE 11\n');
    // A fuzzed context line keeps the file's words, not the patch's.
    expect(r.lines[9]).toBe('line eight\n');
  });

  it('ties a hunk with less leading than trailing context to the top until the fuzz covers the difference', () => {
    const top = hunk(1, [' line 1', '-line 2', '+LINE 2', ' line 3', ' line 4', ' line 5']);
    const file = ['new a\n', 'new b\n', ...numbered(10)];
    expect(applyFuzzHunks(file, [hunkImage(top)], 1).placements[0]).toMatchObject({ result: 'failed', line: 1 });
    expect(applyFuzzHunks(file, [hunkImage(top)], 2).placements[0]).toMatchObject({ result: 'fuzz', line: 3, fuzz: 2, offset: 2 });
  });

  it('carries an offset from one hunk to the next, and never goes above a hunk already applied', () => {
    const r = applyFuzzHunks(['x\n', ...numbered(30)], [hunkImage(eleven), hunkImage(twentyFive)], 0);
    expect(r.placements.map((p) => [p.result, p.line, p.offset])).toEqual([['offset', 9, 1], ['offset', 23, 1]]);
  });
});
