static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	switch (demo->kind) {
	case DEMO_IO:
		mmap_action_ioremap_full(desc, demo->pfn);
		break;
	case DEMO_RAM:
		desc->page_prot = pgprot_writecombine(desc->page_prot);
		mmap_action_remap_full(desc, demo->pfn);
		break;
	default:
		return -EINVAL;
	}
	mmap_action_simple_ioremap(desc, demo->phys, PAGE_SIZE);
	return 0;
}
