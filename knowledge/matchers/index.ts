// Named matchers: entries whose logic a declarative pattern cannot state name one of these in their
// `matcher` block (`use: NAME`). An explicit sorted list; a test checks it against the entries.
import type { Matcher } from '../engine/matcher-types.js';
import { helperNewerThanTarget } from './helper-newer-than-target.js';
import { kdocForNewHelpers } from './kdoc-for-new-helpers.js';
import { mixedmapNeedsPfnList } from './mixedmap-needs-pfn-list.js';
import { newFopMmap } from './new-f-op-mmap.js';
import { oneActionPerVma } from './one-action-per-vma.js';
import { pageProtAfterAction } from './page-prot-after-action.js';
import { partialVmaPopulation, privateWritablePartialRemap, uncheckedUserOffsetRemap, wholeVmaRemap } from './remap-shape.js';
import { remapVmallocNeedsUsermap, remapVmallocPartialFromModule } from './vmalloc-buffer-checks.js';
import { lostImpliedFlags, pageInsertionOnPfnmap, pfnmapWithMixedmap, redundantRemapFlags } from './vma-flags-checks.js';
import { vmMapPagesVsZero } from './vm-map-pages-vs-zero.js';
import { vmallocMemoryRemapVmallocRange } from './vmalloc-memory-remap-vmalloc-range.js';
import { vmfInsertPfnFlags } from './vmf-insert-pfn-flags.js';

/**
 * Name, matcher, and a word the file's code must contain for the matcher to have anything to find: files
 * without it are skipped before their statements are built (undefined: always run).
 */
export const NAMED_MATCHERS: ReadonlyArray<readonly [string, Matcher, RegExp | undefined]> = [
  ['helper-newer-than-target', helperNewerThanTarget, undefined],
  ['kdoc-for-new-helpers', kdocForNewHelpers, /mmap_action_|vma_desc_/],
  ['lost-implied-flags', lostImpliedFlags, /vm_insert_page|vm_map_pages|mmap_action_(map_kernel_pages|mixedmap)/],
  ['mixedmap-needs-pfn-list', mixedmapNeedsPfnList, /mixedmap|MMAP_INSERT_MIXED|VMA?_MIXEDMAP/],
  ['new-f-op-mmap', newFopMmap, /\.mmap\s*=/],
  ['one-action-per-vma', oneActionPerVma, /mmap_action|MMAP_CUSTOM_ACTION|action_hook/],
  ['page-insertion-on-pfnmap', pageInsertionOnPfnmap, /vm_insert_page|vm_map_pages|dma_mmap_/],
  ['page-prot-after-action', pageProtAfterAction, /page_prot/],
  ['partial-vma-population', partialVmaPopulation, /mmap_action_(io)?remap|remap_pfn_range/],
  ['pfnmap-with-mixedmap', pfnmapWithMixedmap, /MIXEDMAP/],
  ['private-writable-partial-remap', privateWritablePartialRemap, /remap_pfn_range/],
  ['redundant-remap-flags', redundantRemapFlags, /vm_flags_set/],
  ['remap-vmalloc-needs-usermap', remapVmallocNeedsUsermap, /remap_vmalloc_range/],
  ['remap-vmalloc-partial-from-module', remapVmallocPartialFromModule, /remap_vmalloc_range_partial/],
  ['unchecked-user-offset-remap', uncheckedUserOffsetRemap, /remap_pfn_range/],
  ['vm-map-pages-vs-zero', vmMapPagesVsZero, /vm_map_pages/],
  ['vmalloc-memory-remap-vmalloc-range', vmallocMemoryRemapVmallocRange, /vmalloc_to_p/],
  ['vmf-insert-pfn-flags', vmfInsertPfnFlags, /vmf_insert_pfn/],
  ['whole-vma-remap', wholeVmaRemap, /remap_pfn_range/],
];

export const namedMatcherNames = () => NAMED_MATCHERS.map(([n]) => n);
export function namedMatcher(name: string): { matcher: Matcher; mentions?: RegExp } | undefined {
  const found = NAMED_MATCHERS.find(([n]) => n === name);
  return found && { matcher: found[1], mentions: found[2] };
}
