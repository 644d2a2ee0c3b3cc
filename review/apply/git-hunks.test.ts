// git apply's placement rules, one behaviour per test, on files small enough to read. The differential
// tests (test/apply-vs-git*.test.ts) check the same rules against git itself on generated series.
import { describe, expect, it } from 'vitest';
import type { Hunk } from '../../core/patch.js';
import { applyGitHunks } from './git-hunks.js';
import { hunkImage } from './hunk-image.js';

const file = (...lines: string[]) => lines.map((l) => `${l}\n`);
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`);

function hunk(oldStart: number, newStart: number, lines: string[]): Hunk {
  const oldLines = lines.filter((l) => l[0] !== '+' && l[0] !== '\\').length;
  const newLines = lines.filter((l) => l[0] !== '-' && l[0] !== '\\').length;
  return { oldStart, oldLines, newStart, newLines, section: '', lines };
}

const change5 = hunk(3, 3, [' line 3', ' line 4', '-line 5', '+LINE 5', ' line 6', ' line 7']);

describe('applyGitHunks', () => {
  it('applies a hunk at its stated line as clean', () => {
    const r = applyGitHunks(numbered(10), [hunkImage(change5)]);
    expect(r.placements[0]).toMatchObject({ result: 'clean', line: 3, offset: 0 });
    expect(r.lines[4]).toBe('LINE 5\n');
  });

  it('finds the context further down and reports the offset, as "Hunk #1 succeeded at 6 (offset 3 lines)"', () => {
    const r = applyGitHunks([...file('a', 'b', 'c'), ...numbered(10)], [hunkImage(change5)]);
    expect(r.placements[0]).toMatchObject({ result: 'offset', line: 6, offset: 3 });
  });

  it('takes the nearer of two matches, and the one below when both are as near', () => {
    const block = file('x', 'y', 'z');
    const pre = [' x', '-y', '+Y', ' z'];
    const twoAway = [...file('a', 'b'), ...block, ...file('c', 'd', 'e', 'f'), ...block];
    expect(applyGitHunks(twoAway, [hunkImage(hunk(5, 5, pre))]).placements[0]).toMatchObject({ line: 3, offset: -2 });
    // git apply -v on this file says "Hunk #1 succeeded at 6 (offset 2 lines)".
    const same = [...file('a'), ...block, ...file('c'), ...block];
    expect(applyGitHunks(same, [hunkImage(hunk(4, 4, pre))]).placements[0]).toMatchObject({ line: 6, offset: 2 });
  });

  it('keeps a hunk without leading context that starts at line 1 at the top of the file', () => {
    const top = hunk(1, 1, ['-line 1', '+LINE 1', ' line 2', ' line 3', ' line 4']);
    const r = applyGitHunks([...file('inserted'), ...numbered(6)], [hunkImage(top)]);
    expect(r.placements[0].result).toBe('failed');
    expect(r.placements[0].nearMiss?.reason).toMatch(/must sit at the top of the file/);
  });

  it('keeps a hunk without trailing context at the end of the file', () => {
    const end = hunk(4, 4, [' line 4', ' line 5', ' line 6', '+line 7']);
    expect(applyGitHunks(numbered(6), [hunkImage(end)]).placements[0].result).toBe('clean');
    const r = applyGitHunks([...numbered(6), ...file('appended')], [hunkImage(end)]);
    expect(r.placements[0].result).toBe('failed');
    expect(r.placements[0].nearMiss?.reason).toMatch(/must end at the end of the file/);
  });

  it('never matches lines an earlier hunk produced', () => {
    const first = hunk(2, 2, [' a', '+a', ' a']);
    const second = hunk(10, 11, [' a', '+b', ' a']);
    const r = applyGitHunks(file('x', 'a', 'a', 'y'), [hunkImage(first), hunkImage(second)]);
    expect(r.placements.map((p) => p.result)).toEqual(['clean', 'failed']);
    expect(r.placements[1].nearMiss?.reason).toMatch(/earlier hunk of this patch already changed/);
  });

  it('honours "\\ No newline at end of file" on both sides', () => {
    const h = hunk(2, 2, [' b', '-c', '\\ No newline at end of file', '+C', '\\ No newline at end of file']);
    const r = applyGitHunks(['a\n', 'b\n', 'c'], [hunkImage(h)]);
    expect(r.lines.join('')).toBe('a\nb\nC');
  });

  it('names the nearest place a failed hunk almost matched and the lines that differ', () => {
    const lines = numbered(10);
    lines[5] = 'line six\n';
    const r = applyGitHunks(lines, [hunkImage(change5)]);
    expect(r.placements[0].result).toBe('failed');
    expect(r.placements[0].nearMiss).toMatchObject({ line: 3, matching: 4, total: 5, differing: [{ hunkLine: 4, expected: 'line 6', found: 'line six' }] });
    expect(r.placements[0].nearMiss?.reason).toBe('at line 3 1 of 5 lines differ (context)');
  });

  it('skips a failed hunk and still applies the next, as git apply --reject does', () => {
    const lines = numbered(20);
    lines[5] = 'changed\n';
    const later = hunk(14, 14, [' line 14', '-line 15', '+LINE 15', ' line 16']);
    const r = applyGitHunks(lines, [hunkImage(change5), hunkImage(later)]);
    expect(r.placements.map((p) => p.result)).toEqual(['failed', 'clean']);
    expect(r.lines[14]).toBe('LINE 15\n');
  });
});
