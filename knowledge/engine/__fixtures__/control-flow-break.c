static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	int i;

	for (i = 0; i < 4; i++) {
		if (demo->found[i]) {
			mmap_action_remap_full(desc, demo->pfn[i]);
			break;
		}
		if (demo->io[i])
			return mmap_action_ioremap_full(desc, demo->phys[i]);
		demo->tries++;
	}
	if (demo->fallback)
		mmap_action_simple_ioremap(desc, demo->phys[0], PAGE_SIZE);
	return 0;
}
