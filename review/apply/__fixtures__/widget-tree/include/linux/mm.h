/* SPDX-License-Identifier: GPL-2.0 */
/* An excerpt of what linux 6.12's mm.h declares, for the simulated-application tests. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

struct vm_area_struct;

static inline unsigned long vma_pages(struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

int remap_vmalloc_range(struct vm_area_struct *vma, void *addr, unsigned long pgoff);
void vm_flags_set(struct vm_area_struct *vma, vm_flags_t flags);

#endif /* _LINUX_MM_H */
