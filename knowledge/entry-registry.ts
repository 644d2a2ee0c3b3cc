// The built-in entries, one Markdown file each in knowledge/entries/. An explicit sorted list rather
// than a directory scan: adding or dropping an entry shows in review as a line here, and a test checks
// the list against the folder so a file can be neither forgotten nor left behind.
export const ENTRY_FILES: readonly string[] = [
  'direct-vm-flags-write.md',
  'mixedmap-needs-pfn-list.md',
  'one-action-per-vma.md',
  'open-coded-vma-desc-size.md',
  'open-coded-vma-pages.md',
  'vm-insert-page-loop.md',
  'vmalloc-memory-remap-vmalloc-range.md',
  'whole-vma-remap.md',
];
