// MM13, MM14, MM16 and VM_PFNMAP with VM_MIXEDMAP: which flags a handler sets against what its mapping
// helper already implies (remap_pfn_range_internal() sets VM_IO|VM_PFNMAP|VM_DONTEXPAND|VM_DONTDUMP;
// vm_insert_page() sets VM_MIXEDMAP and asserts !VM_PFNMAP; remap_vmalloc_range_partial() sets
// VM_DONTEXPAND|VM_DONTDUMP) — mm/memory.c, mm/vmalloc.c.
import type { CodeUnit, FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAt, hitAtStatement, introducedCalls, isIntroduced, nameTest, removedCalls, unitSource, visibleCalls } from '../engine/match-helpers.js';
import { DMA_MMAPS, flagsTurnedOn, PAGE_INSERTERS, REMAPS, VMALLOC_REMAPS } from './mm-names.js';

const PFNMAP_FLAGS = /\bVM_PFNMAP\b|\bVM_REMAP_FLAGS\b|\bVMA_PFNMAP_BIT\b/;
const MIXEDMAP_FLAGS = /\bVM_MIXEDMAP\b|\bVMA_MIXEDMAP_BIT\b/;
const IMPLIED = new Set(['VM_IO', 'VM_PFNMAP', 'VM_DONTEXPAND', 'VM_DONTDUMP']);

export const redundantRemapFlags: Matcher = (file) => file.units.flatMap((unit) => {
  const remaps = visibleCalls(unit, nameTest('remap_pfn_range io_remap_pfn_range vm_iomap_memory'));
  if (!remaps.length) return [];
  return introducedCalls(file, unit, nameTest('vm_flags_set')).filter((c) => {
    const flags = flagsTurnedOn(`vm_flags_set(${c.args.join(',')})`);
    return flags.some((f) => IMPLIED.has(f)) && c.nameToken.line < remaps[remaps.length - 1].nameToken.line;
  }).map((c) => hitAt(unit, c));
});

export const pfnmapWithMixedmap: Matcher = (file) => file.units.flatMap((unit) => {
  const model = unit.post();
  const hits: Hit[] = [];
  model.statements.forEach((_, i) => {
    const text = model.statementText(i);
    if (PFNMAP_FLAGS.test(text) && MIXEDMAP_FLAGS.test(text) && /\|=|vm_flags_(set|mod)|vma_desc_set_flags/.test(text) && isIntroduced(file, unit, i)) hits.push(hitAtStatement(unit, i));
  });
  return hits;
});

export const pageInsertionOnPfnmap: Matcher = (file) => file.units.flatMap((unit) => {
  const model = unit.post();
  const pfnmapAt = model.statements.findIndex((_, i) => {
    const text = model.statementText(i);
    return (PFNMAP_FLAGS.test(text) && /vm_flags_(set|mod|init|reset)|\|=/.test(text)) || model.calls.some((c) => c.statementIndex === i && REMAPS(c.name));
  });
  if (pfnmapAt < 0) return [];
  // A return (or break) in between puts the insertion on another path: another case of a switch
  // (drivers/crypto/hisilicon/qm.c hisi_qm_uacce_mmap remaps one region type and dma_mmaps another).
  const exitAt = model.statements.findIndex((s, i) => i >= pfnmapAt && s.exits);
  const inserts = visibleCalls(unit, (n) => PAGE_INSERTERS(n) || DMA_MMAPS(n))
    .filter((c) => c.statementIndex > pfnmapAt && (exitAt < 0 || c.statementIndex <= exitAt));
  const touched = inserts.some((c) => isIntroduced(file, unit, c.statementIndex)) || isIntroduced(file, unit, pfnmapAt);
  return touched ? inserts.map((c) => hitAt(unit, c)) : [];
});

/** A conversion away from remap_pfn_range()/remap_vmalloc_range() to page insertion loses the implied flags. */
export const lostImpliedFlags: Matcher = (file) => {
  const fileFlags = file.units.map(unitSource).join('\n');
  const missing = ['VM_DONTEXPAND', 'VM_DONTDUMP'].filter((f) => !new RegExp(`\\b(${f}|VMA_${f.slice(3)}_BIT)\\b`).test(fileFlags));
  return missing.length ? file.units.flatMap((unit) => lostIn(file, unit, missing)) : [];
};

function lostIn(file: FileView, unit: CodeUnit, missing: string[]): Hit[] {
  const converted = removedCalls(unit, (n) => REMAPS(n) || VMALLOC_REMAPS(n)).length > 0;
  const newHandler = unit.headerAdded && unit.complete && (unit.role?.role === 'mmap' || unit.role?.role === 'mmap_complete');
  if (!converted && !newHandler) return [];
  const inserts = introducedCalls(file, unit, (n) => PAGE_INSERTERS(n) || /^mmap_action_(map_kernel_pages|mixedmap)/.test(n));
  return inserts.slice(0, 1).map((c) => hitAt(unit, c, `${c.name}() does not set ${missing.join(' or ')}, which ${converted ? 'the removed remap helper implied' : 'remap helpers set for you'}: set ${missing.join('|')} explicitly unless the mapping may legitimately grow or be dumped.`));
}

export { PFNMAP_FLAGS, MIXEDMAP_FLAGS };
