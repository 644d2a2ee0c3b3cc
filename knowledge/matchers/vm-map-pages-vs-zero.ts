// MM07. vm_map_pages() takes vma->vm_pgoff as an offset into the page array; code that ignored vm_pgoff
// (or used it as a cookie) wants vm_map_pages_zero(). Converting xen gntdev with the wrong one broke it
// (commit 8d1502f629c9 "xen/gntdev.c: Replace vm_map_pages() with vm_map_pages_zero()").
import type { Matcher } from '../engine/matcher-types.js';
import { hitAt, introducedCalls, nameTest, removedCalls } from '../engine/match-helpers.js';

export const vmMapPagesVsZero: Matcher = (file) => file.units.flatMap((unit) => {
  const replaced = removedCalls(unit, nameTest('vm_insert_page'));
  if (!replaced.length) return [];
  const before = unit.pre().lines.filter((l) => l.kind !== '+').map((l) => l.code).join('\n');
  if (/\bvm_pgoff\b/.test(before)) return [];
  return introducedCalls(file, unit, nameTest('vm_map_pages')).map((c) => hitAt(unit, c));
});
