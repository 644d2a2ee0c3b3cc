import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { LineInterner } from './line-diff.js';
import { pairPatches, type PairablePatch } from './pair-patches.js';
import { patchIdStable } from './patch-id.js';
import { patchText } from './patch-text.js';

const interner = new LineInterner();

/** A one-file patch adding `added` lines after a fixed context, under `title`. */
function patch(title: string, file: string, added: string[]): PairablePatch {
  const diff = [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -1,3 +1,${3 + added.length} @@ struct thing`,
    ' first',
    ' second',
    ...added.map((l) => `+${l}`),
    ' third',
    '',
  ].join('\n');
  return { title, patchId: patchIdStable(diff), diff: interner.intern(patchText(title, '', parseDiff(diff)).diff) };
}

const lines = (prefix: string, n: number) => Array.from({ length: n }, (_x, i) => `${prefix} ${i};`);
const shape = (pairs: ReturnType<typeof pairPatches>) => pairs.map((p) => `${p.from ?? '-'}${p.identical ? '=' : p.from === null ? '>' : p.to === null ? '<' : '!'}${p.to ?? '-'}`);

describe('pairPatches', () => {
  it('pairs the same change across a reworded subject and a new position', () => {
    const a = [patch('mm: add helper', 'mm/a.c', lines('helper', 8)), patch('mm: use helper', 'mm/b.c', lines('user', 8))];
    const b = [patch('mm: use the helper in b', 'mm/b.c', lines('user', 8)), patch('mm: add a helper', 'mm/a.c', lines('helper', 8))];
    expect(shape(pairPatches(a, b))).toEqual(['1=0', '0=1']);
  });

  it('pairs a patch that changed a little, and calls unrelated ones dropped and new', () => {
    const a = [patch('mm: add helper', 'mm/a.c', lines('helper', 10)), patch('kcov: convert', 'kernel/kcov.c', lines('kcov', 10))];
    const b = [patch('mm: add helper', 'mm/a.c', [...lines('helper', 9), 'helper fixed;']), patch('iommufd: convert', 'drivers/iommu.c', lines('iommu', 10))];
    const pairs = pairPatches(a, b);
    expect(shape(pairs)).toEqual(['0!0', '1<-', '->1']);
    expect(pairs[0].cost).toBeGreaterThan(0);
  });

  it('pairs a split patch with the larger part and calls the smaller part new', () => {
    const whole = patch('mm: add helpers', 'mm/a.c', [...lines('size', 12), ...lines('pages', 4)]);
    const big = patch('mm: add size helper', 'mm/a.c', lines('size', 12));
    const small = patch('mm: add pages helper', 'mm/a.c', lines('pages', 4));
    expect(shape(pairPatches([whole], [big, small]))).toEqual(['0!0', '->1']);
  });

  it('lets a shared subject pair a rewritten patch that range-diff alone would call dropped and new', () => {
    const a = [patch('doc: update porting for mmap_prepare', 'Documentation/porting.rst', lines('old text', 6))];
    const b = [patch('doc: update porting for mmap_prepare', 'Documentation/porting.rst', [...lines('old text', 2), ...lines('new text', 5)])];
    expect(shape(pairPatches(a, b, { subjectWeight: 0 }))).toEqual(['0<-', '->0']);
    expect(shape(pairPatches(a, b))).toEqual(['0!0']);
  });

  it('shows a dropped patch right after the old patches before it, as range-diff does', () => {
    const keep1 = patch('one', 'one.c', lines('one', 5));
    const gone = patch('two', 'two.c', lines('two', 5));
    const keep3 = patch('three', 'three.c', lines('three', 5));
    const fresh = patch('four', 'four.c', lines('four', 5));
    expect(shape(pairPatches([keep1, gone, keep3], [keep1, fresh, keep3]))).toEqual(['0=0', '1<-', '->1', '2=2']);
  });
});
