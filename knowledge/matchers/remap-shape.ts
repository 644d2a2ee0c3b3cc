// MM11, MM12, MM27, MM28: what a remap covers. A remap of the whole VMA, linear from a physical base, is
// what vm_iomap_memory() (mm/memory.c, 3.9) and the *_full actions exist for; one whose PFN comes from
// the user's vm_pgoff needs a bounds check; a partial one is unusual and fails on a private writable
// mapping (remap_pfn_range_internal() insists on the whole VMA for COW mappings).
import type { Call } from '../engine/c-calls.js';
import type { CodeUnit } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { argOrigins, hitAt, introducedCalls, nameTest, pathUnder, unitSource } from '../engine/match-helpers.js';
import { REMAPS, WHOLE_SIZE } from './mm-names.js';

const NOT_PHYSICAL = /dma|vmalloc_to_pfn|page_to_pfn|virt_to_phys|__pa\b|virt_to_pfn|cpu_addr/;
// An if comparing something size- or offset-like: `<`/`>` that are not part of `->`, `<<` or `>>`.
const COMPARISON = /(?<![-<>])(<|>)(?![<>])/;
const SIZED = /vm_pgoff|\bpgoff\b|vma_pages|vm_end\s*-\s*\w+->vm_start|\bsize\b|\blen\b/;
const isSizeCheck = (text: string) => /^if\s*\(/.test(text) && SIZED.test(text) && COMPARISON.test(text);
const COW_GUARD = /VM_SHARED|VM_MAYSHARE|is_cow_mapping|VM_MAYWRITE/;
/** mm's own helpers (the actions are built from partial remaps) and its test harness. */
const MM_SIDE = ['mm/', 'include/linux/mm.h', 'tools/testing/vma/'];

const wholeSize = (unit: CodeUnit, call: Call) => argOrigins(unit, call, 3).some((o) => WHOLE_SIZE.test(o.trim()));
const fromStart = (call: Call) => /^\w+->vm_start$/.test(call.args[1] ?? '');
const remapsInMmap = (unit: CodeUnit) => (unit.role?.role === 'mmap' ? true : false);

export const wholeVmaRemap: Matcher = (file) => file.units.filter(remapsInMmap).flatMap((unit) =>
  introducedCalls(file, unit, REMAPS)
    .filter((c) => fromStart(c) && wholeSize(unit, c) && !argOrigins(unit, c, 2).some((o) => NOT_PHYSICAL.test(o)))
    .map((c) => hitAt(unit, c)));

export const uncheckedUserOffsetRemap: Matcher = (file) => file.units.filter(remapsInMmap).flatMap((unit) => {
  if (hasCheck(unit)) return [];
  return introducedCalls(file, unit, REMAPS)
    .filter((c) => wholeSize(unit, c) && argOrigins(unit, c, 2).some((o) => /vm_pgoff/.test(o)))
    .map((c): Hit => ({ ...hitAt(unit, c), confidence: unit.complete ? 'high' : 'low' }));
});

function hasCheck(unit: CodeUnit): boolean {
  const model = unit.post();
  return model.statements.some((_, i) => isSizeCheck(model.statementText(i)));
}

const ACTION_REMAPS = nameTest('mmap_action_remap mmap_action_ioremap');

export const partialVmaPopulation: Matcher = (file) => (pathUnder(file.path, MM_SIDE) ? [] : file.units.flatMap((unit) => {
  const actions = introducedCalls(file, unit, ACTION_REMAPS).filter((c) => {
    return !/^\w+->(vm_)?start$/.test(c.args[1] ?? '') || !wholeSize(unit, c);
  });
  const remaps = remapsInMmap(unit) ? introducedCalls(file, unit, REMAPS).filter((c) => /^\w+->vm_start\s*\+/.test(c.args[1] ?? '')) : [];
  return [...actions, ...remaps].map((c) => hitAt(unit, c));
}));

export const privateWritablePartialRemap: Matcher = (file) => file.units.filter((u) => remapsInMmap(u) && u.complete).flatMap((unit) => {
  if (COW_GUARD.test(unitSource(unit))) return [];
  return introducedCalls(file, unit, nameTest('remap_pfn_range')).filter((c) => !wholeSize(unit, c)).map((c) => hitAt(unit, c));
});
