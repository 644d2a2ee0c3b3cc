// MM15. vmf_insert_pfn_prot() (mm/memory.c) BUGs unless the VMA has exactly one of VM_PFNMAP and
// VM_MIXEDMAP, and a VM_PFNMAP VMA must not be a COW mapping. The flags are set by the mmap handler
// that installs the vm_ops, so the check needs that handler whole in sight.
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAt, introducedCalls, nameTest, unitSource } from '../engine/match-helpers.js';
import { MIXEDMAP_FLAGS, PFNMAP_FLAGS } from './vma-flags-checks.js';

const PFN_INSERTS = nameTest('vmf_insert_pfn vmf_insert_pfn_prot');
const COW_GUARD = /VM_SHARED|VM_MAYSHARE|is_cow_mapping|VM_MAYWRITE/;
const REMAP_SETS_PFNMAP = /\b(io_)?remap_pfn_range\s*\(|\bvm_iomap_memory\s*\(|\bmmap_action_(io)?remap/;

export const vmfInsertPfnFlags: Matcher = (file) => {
  const handlers = file.units.filter((u) => (u.role?.role === 'mmap' || u.role?.role === 'mmap_prepare') && u.complete);
  if (!handlers.length) return [];
  const source = handlers.map(unitSource).join('\n');
  const pfnmap = PFNMAP_FLAGS.test(source) || REMAP_SETS_PFNMAP.test(source);
  const mixed = MIXEDMAP_FLAGS.test(source);
  const problem = !pfnmap && !mixed ? 'the mmap handler sets neither VM_PFNMAP nor VM_MIXEDMAP'
    : pfnmap && mixed ? 'the mmap handler sets both VM_PFNMAP and VM_MIXEDMAP'
    : pfnmap && !COW_GUARD.test(source) ? 'the VM_PFNMAP mapping may be COW (no VM_SHARED check, VM_MAYWRITE not cleared)'
    : undefined;
  if (!problem) return [];
  const hits: Hit[] = [];
  for (const unit of file.units.filter((u) => u.role?.role === 'fault')) {
    for (const c of introducedCalls(file, unit, PFN_INSERTS)) hits.push(hitAt(unit, c, `${c.name}() requires VM_PFNMAP xor VM_MIXEDMAP and a non-COW PFNMAP VMA (BUG_ON in mm/memory.c), but ${problem}.`));
  }
  return hits;
};
