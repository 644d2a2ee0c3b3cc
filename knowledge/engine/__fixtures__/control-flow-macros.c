static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	int cpu;

	if (demo->percpu) {
		for_each_possible_cpu(cpu) {
			vmalloc_to_page(demo->area[cpu]);
		}
	}
	if (demo->io) {
		demo->flags |= 1;
		return mmap_action_ioremap_full(desc, demo->pfn);
	}
	mmap_action_remap_full(desc, demo->pfn);
	return 0;
}
