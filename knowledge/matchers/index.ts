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

export const NAMED_MATCHERS: ReadonlyArray<readonly [string, Matcher]> = [
  ['helper-newer-than-target', helperNewerThanTarget],
  ['kdoc-for-new-helpers', kdocForNewHelpers],
  ['lost-implied-flags', lostImpliedFlags],
  ['mixedmap-needs-pfn-list', mixedmapNeedsPfnList],
  ['new-f-op-mmap', newFopMmap],
  ['one-action-per-vma', oneActionPerVma],
  ['page-insertion-on-pfnmap', pageInsertionOnPfnmap],
  ['page-prot-after-action', pageProtAfterAction],
  ['partial-vma-population', partialVmaPopulation],
  ['pfnmap-with-mixedmap', pfnmapWithMixedmap],
  ['private-writable-partial-remap', privateWritablePartialRemap],
  ['redundant-remap-flags', redundantRemapFlags],
  ['remap-vmalloc-needs-usermap', remapVmallocNeedsUsermap],
  ['remap-vmalloc-partial-from-module', remapVmallocPartialFromModule],
  ['unchecked-user-offset-remap', uncheckedUserOffsetRemap],
  ['vm-map-pages-vs-zero', vmMapPagesVsZero],
  ['vmalloc-memory-remap-vmalloc-range', vmallocMemoryRemapVmallocRange],
  ['vmf-insert-pfn-flags', vmfInsertPfnFlags],
  ['whole-vma-remap', wholeVmaRemap],
];

export const namedMatcherNames = () => NAMED_MATCHERS.map(([n]) => n);
export const namedMatcher = (name: string): Matcher | undefined => NAMED_MATCHERS.find(([n]) => n === name)?.[1];
