// The built-in entries, one Markdown file each in knowledge/entries/. An explicit sorted list rather
// than a directory scan: adding or dropping an entry shows in review as a line here, and a test checks
// the list against the folder so a file can be neither forgotten nor left behind.
export const ENTRY_FILES: readonly string[] = [
  'desc-vm-flags-removed.md',
  'direct-desc-action-write.md',
  'direct-vm-flags-write.md',
  'helper-newer-than-target.md',
  'ignored-mapping-return.md',
  'kdoc-for-new-helpers.md',
  'lost-implied-flags.md',
  'mixedmap-needs-pfn-list.md',
  'mm-internal-prepare-complete.md',
  'new-f-op-mmap.md',
  'one-action-per-vma.md',
  'open-coded-vma-desc-size.md',
  'open-coded-vma-pages.md',
  'page-prot-after-action.md',
  'partial-vma-population.md',
  'prefer-full-action.md',
  'stateful-mmap-prepare.md',
  'vm-insert-page-loop.md',
  'vma-in-mmap-prepare.md',
  'vmalloc-memory-remap-vmalloc-range.md',
  'whole-vma-remap.md',
];
