static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	int i;

	if (demo->io) {
		mmap_action_ioremap_full(desc, demo->pfn);
	} else if (demo->ram) {
		mmap_action_remap_full(desc, demo->pfn);
	} else {
		mmap_action_remap(desc, desc->start, demo->pfn, PAGE_SIZE);
	}
	if (demo->early) {
		mmap_action_simple_ioremap(desc, demo->phys, PAGE_SIZE);
		return 0;
	}
	for (i = 0; i < 4; i++)
		mmap_action_map_kernel_pages(desc, desc->start, demo->pages, 1);
	while (demo->more) {
		if (demo->flag)
			vmalloc_to_page(demo->area);
	}
	mmap_action_remap_full(desc, demo->pfn);
	return 0;
}
