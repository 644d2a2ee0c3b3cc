// Three knowledge-base entries written as Coccinelle context rules, for a like-for-like timing against
// mlreview's matcher (bench/kb.js): open-coded vma_pages(), vm_insert_page() in a loop, and a mapping
// helper whose result is dropped. Written for this benchmark; not part of the knowledge base.

@vma_pages@
struct vm_area_struct *vma;
@@
* (vma->vm_end - vma->vm_start) >> PAGE_SHIFT

@insert_loop@
expression vma, addr, page;
@@
(
 for (...;...;...) {
   ... when any
*  vm_insert_page(vma, addr, page)
   ... when any
 }
|
 while (...) {
   ... when any
*  vm_insert_page(vma, addr, page)
   ... when any
 }
)

@dropped_result@
expression list args;
@@
(
* remap_pfn_range(args);
|
* io_remap_pfn_range(args);
|
* vm_iomap_memory(args);
|
* vm_insert_page(args);
|
* vm_map_pages(args);
|
* remap_vmalloc_range(args);
)
