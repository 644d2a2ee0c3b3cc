import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, leastEdits, lineHistogram, LineInterner, type DiffLine } from './line-diff.js';
import { unifiedHunks, unifiedSize } from './unified-hunks.js';

const interner = new LineInterner();
const ids = (text: string) => interner.intern(text === '' ? [] : text.split(' '));

function sides(script: DiffLine[], a: string[], b: string[]) {
  return {
    old: script.filter((l) => l.op !== '+').map((l) => a[l.index]),
    new: script.filter((l) => l.op !== '-').map((l) => (l.op === '+' ? b[l.index] : a[l.index])),
    edits: script.filter((l) => l.op !== ' ').length,
  };
}

/** Edits of a shortest script, by the textbook LCS table: what Myers must reach. */
function leastEditsOf(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  }
  return a.length + b.length - 2 * t[0][0];
}

describe('diffLines', () => {
  it('keeps every line of both sides in order, and marks only what differs', () => {
    const a = 'a b c d e f'.split(' ');
    const b = 'a x c d f g'.split(' ');
    const script = diffLines(ids(a.join(' ')), ids(b.join(' ')))!;
    expect(sides(script, a, b)).toEqual({ old: a, new: b, edits: 4 });
    expect(script.map((l) => l.op).join('')).toBe(' -+  - +');
  });

  it('finds a shortest script on sequences full of repeats', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rand(14) }, () => 'xyzw'[rand(4)]);
      const b = Array.from({ length: rand(14) }, () => 'xyzw'[rand(4)]);
      const script = diffLines(ids(a.join(' ')), ids(b.join(' ')))!;
      const got = sides(script, a, b);
      expect({ old: got.old, new: got.new }).toEqual({ old: a, new: b });
      expect(got.edits, `${a.join('')} → ${b.join('')}`).toBe(leastEditsOf(a, b));
    }
  });

  it('bounds the edits from below by the copies the sides do not share, never above a shortest script', () => {
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 100; round++) {
      const a = Array.from({ length: rand(12) }, () => 'pqrs'[rand(4)]);
      const b = Array.from({ length: rand(12) }, () => 'pqrs'[rand(4)]);
      expect(leastEdits(lineHistogram(ids(a.join(' '))), lineHistogram(ids(b.join(' '))))).toBeLessThanOrEqual(leastEditsOf(a, b));
    }
    expect(leastEdits(lineHistogram(ids('p p q')), lineHistogram(ids('q r')))).toBe(3);
  });

  it('gives up once more lines would change than the bound allows', () => {
    const a = ids('1 2 3 4 5 6');
    const b = ids('1 9 3 8 5 7');
    expect(diffLines(a, b, 5)).toBeNull();
    expect(diffLines(a, b, 6)).not.toBeNull();
    expect(diffLines(ids('p q r'), ids('s t u'), 5)).toBeNull();
  });

  it('handles empty sides', () => {
    expect(diffLines(ids(''), ids('a b'))!.map((l) => l.op).join('')).toBe('++');
    expect(diffLines(ids('a b'), ids(''))!.map((l) => l.op).join('')).toBe('--');
    expect(diffLines(ids(''), ids(''))).toEqual([]);
  });
});

describe('unifiedHunks', () => {
  it('keeps three lines of context and merges changes at most six lines apart, as git diff does', () => {
    const a = Array.from({ length: 40 }, (_x, i) => `line ${i}`);
    const b = [...a];
    b[5] = 'changed 5';
    b[12] = 'changed 12'; // six kept lines between: same hunk
    b[30] = 'changed 30'; // far away: its own hunk
    const script = diffLines(interner.intern(a), interner.intern(b))!;
    const hunks = unifiedHunks(script);
    expect(hunks.map((h) => [h.oldStart, h.oldLines, h.newStart, h.newLines])).toEqual([[2, 14, 2, 14], [27, 7, 27, 7]]);
    expect(unifiedSize(script)).toBe(1 + 14 + 2 + 1 + 7 + 1);
    expect(unifiedSize(script)).toBe(gitDiffSize(a, b));
  });

  it('counts what git diff -U3 prints for an insertion, a removal and a rewrite', () => {
    const a = ['int f(void)', '{', '\treturn 0;', '}', '', 'int g(void)', '{', '\treturn 1;', '}'];
    const b = ['int f(void)', '{', '\tint x = 2;', '', '\treturn x;', '}', '', 'int h(void)', '{', '}'];
    const script = diffLines(interner.intern(a), interner.intern(b))!;
    expect(unifiedSize(script)).toBe(gitDiffSize(a, b));
  });
});

/** Lines of `git diff --no-index -U3` below the ---/+++ header: the count range-diff works with. */
function gitDiffSize(a: string[], b: string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-line-diff-'));
  writeFileSync(join(dir, 'a'), `${a.join('\n')}\n`);
  writeFileSync(join(dir, 'b'), `${b.join('\n')}\n`);
  const r = spawnSync('git', ['diff', '--no-index', '-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  return lines.length - lines.findIndex((l) => l.startsWith('+++ ')) - 1;
}
