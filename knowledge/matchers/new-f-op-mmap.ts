// MM20 with MM21 folded in. f_op->mmap is deprecated since 6.16 (commit c84bf6dd2b83): a new
// file_operations should offer .mmap_prepare — except where no mmap_prepare form exists yet (DMA
// coherent buffers, vmalloc_user memory, several mapping primitives in one VMA), where .mmap stays.
import type { CodeUnit, FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';

const MMAP_FIELD = /^\s*\.mmap\s*=\s*&?(\w+)/;
const NO_PREPARE_FORM = /\b(dma_mmap_\w+|remap_vmalloc_range(_partial)?|vm_insert_page|vmf_insert_\w+)\s*\(/;
const PRIMITIVES = /\b(remap_pfn_range|io_remap_pfn_range|vm_iomap_memory|vm_insert_pages?|vm_map_pages(_zero)?|remap_vmalloc_range\w*|dma_mmap_\w+)\s*\(/g;

export const newFopMmap: Matcher = (file) => {
  const hits: Hit[] = [];
  for (const unit of file.units.filter(isFileOperations)) {
    for (const line of unit.lines) {
      const m = MMAP_FIELD.exec(line.code);
      if (!m || line.kind !== '+' || keepsMmap(file, m[1])) continue;
      hits.push({ line, matched: line.code.trim(), confidence: handlerOf(file, m[1])?.complete ? 'high' : 'medium' });
    }
  }
  return hits;
};

/** A struct file_operations initializer, by its declared type or, in a hunk, by its usual fields. */
function isFileOperations(unit: CodeUnit): boolean {
  if (unit.kind !== 'toplevel') return false;
  if (unit.initializerType !== undefined) return unit.initializerType === 'file_operations';
  return unit.lines.some((l) => /^\s*\.(owner|unlocked_ioctl|open|release|llseek)\s*=/.test(l.code));
}

const handlerOf = (file: FileView, name: string) => file.units.find((u) => u.kind === 'function' && u.name === name);

function keepsMmap(file: FileView, name: string): boolean {
  const handler = handlerOf(file, name);
  if (!handler) return false;
  const code = handler.post().source;
  const kinds = new Set([...code.matchAll(PRIMITIVES)].map((m) => m[1]));
  return NO_PREPARE_FORM.test(code) || kinds.size > 1;
}
