/* SPDX-License-Identifier: GPL-2.0 */
/* An excerpt of linux 6.12's mm_types.h: struct vm_area_struct, and no struct vm_area_desc yet. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	unsigned long vm_pgoff;
};

#endif /* _LINUX_MM_TYPES_H */
