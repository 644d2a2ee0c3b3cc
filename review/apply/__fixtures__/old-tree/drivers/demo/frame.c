// SPDX-License-Identifier: GPL-2.0
/* A frame buffer driver as it reads in linux 6.12: f_op->mmap. */
#include <linux/fs.h>
#include <linux/mm.h>

static int frame_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (vma->vm_pgoff)
		return -EINVAL;
	return remap_pfn_range(vma, vma->vm_start, frame_pfn, PAGE_SIZE, vma->vm_page_prot);
}

static const struct file_operations frame_fops = {
	.owner	= THIS_MODULE,
	.mmap	= frame_mmap,
};
