// Names the matchers share: the helpers that populate a mapping, the mmap_action setters, VMA flag writers.
import { nameTest } from '../engine/match-helpers.js';

/** mmap_action_*() calls that choose the action of a descriptor (include/linux/mm.h, 6.19+ and the 2025 proposals). */
export const ACTION_SETTERS = nameTest('mmap_action_remap mmap_action_remap_full mmap_action_ioremap mmap_action_ioremap_full mmap_action_simple_ioremap mmap_action_map_kernel_pages mmap_action_map_kernel_pages_full mmap_action_mixedmap mmap_action_mixedmap_pages');
export const REMAPS = nameTest('remap_pfn_range io_remap_pfn_range');
export const PAGE_INSERTERS = nameTest('vm_insert_page vm_insert_pages vm_map_pages vm_map_pages_zero');
export const VMALLOC_REMAPS = nameTest('remap_vmalloc_range remap_vmalloc_range_partial');
export const DMA_MMAPS = nameTest('dma_mmap_coherent dma_mmap_attrs dma_mmap_wc dma_mmap_pages dma_mmap_noncontiguous');
export const FLAG_WRITERS = nameTest('vm_flags_set vm_flags_mod vm_flags_init vm_flags_reset vma_desc_set_flags');

/** A size argument that covers the whole VMA or descriptor. */
export const WHOLE_SIZE = /^(\(?\s*(vma|desc)->(vm_)?end\s*-\s*(vma|desc)->(vm_)?start\s*\)?|vma_pages\(\s*\w+\s*\)\s*<<\s*PAGE_SHIFT|vma_desc_size\(\s*\w+\s*\)|PFN_PHYS\(\s*vma_pages\(\s*\w+\s*\)\s*\))$/;

/** Flags a statement turns on, by VM_ name, from `|= A | B`, vm_flags_set(vma, A | B) or vm_flags_mod(vma, A, …). */
export function flagsTurnedOn(statement: string): string[] {
  const set = /(?:\|=|vm_flags_set\s*\(\s*[^,]+,|vm_flags_mod\s*\(\s*[^,]+,|vm_flags_init\s*\(\s*[^,]+,|vm_flags_reset\s*\(\s*[^,]+,)([^;,)]*(?:\([^)]*\)[^;,)]*)*)/.exec(statement);
  return set ? [...set[1].matchAll(/\bVM_[A-Z_]+\b/g)].map((m) => m[0]) : [];
}
