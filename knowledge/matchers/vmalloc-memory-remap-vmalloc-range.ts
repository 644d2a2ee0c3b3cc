// MM03. Memory from vmalloc_user() already has a safe mapping helper, remap_vmalloc_range() (mm/vmalloc.c):
// it checks VM_USERMAP, size and offset and sets VM_DONTEXPAND|VM_DONTDUMP. Hand-mapping it page by page
// (kernel/kcov.c kcov_mmap in 6.12) or through a "mixed map" action is what the 2025 review called buggy.
import type { FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAt, introducedCalls, nameTest, unitSource, visibleCalls } from '../engine/match-helpers.js';
import { REMAPS } from './mm-names.js';

const VMALLOC_TO = nameTest('vmalloc_to_page vmalloc_to_pfn');
const INSERTION = /\b(vm_insert_pages?|vmf_insert_page|vmf_insert_pfn|vmf_insert_mixed|mmap_action_\w*pages\w*|mmap_action_mixedmap\w*)\s*\(|\bpages\s*\[[^\]]+\]\s*=/;
const USER_ALLOC = /\bvmalloc(_32)?_user\s*\(/;

export const vmallocMemoryRemapVmallocRange: Matcher = (file, context) => {
  const allocation = fileMentions(file, context.readPostImage?.(file.path));
  const hits: Hit[] = [];
  for (const unit of file.units) {
    const source = unitSource(unit);
    for (const call of introducedCalls(file, unit, VMALLOC_TO)) {
      const inFault = unit.role?.role === 'fault';
      const looped = call.facts.inLoop && INSERTION.test(source);
      if (!inFault && !looped) continue;
      hits.push({ ...hitAt(unit, call, message(allocation)), confidence: allocation ? 'high' : 'medium' });
    }
    for (const call of introducedCalls(file, unit, REMAPS)) {
      if (call.args.some((a) => /vmalloc_to_pfn\s*\(/.test(a))) hits.push({ ...hitAt(unit, call, message(allocation)), confidence: allocation ? 'high' : 'medium' });
    }
  }
  return hits;
};

function fileMentions(file: FileView, postImage: string | undefined): boolean {
  if (postImage !== undefined) return USER_ALLOC.test(postImage);
  return file.units.some((u) => visibleCalls(u, nameTest('vmalloc_user vmalloc_32_user')).length > 0);
}

const message = (sawAllocation: boolean) =>
  `Mapping vmalloc memory page by page: ${sawAllocation ? 'the buffer comes from vmalloc_user(), so' : 'if the buffer comes from vmalloc_user(),'} use remap_vmalloc_range(vma, buf, vma->vm_pgoff) — it checks VM_USERMAP, size and offset and sets VM_DONTEXPAND|VM_DONTDUMP; these are normal refcounted pages, not a mixed map.`;
