/* SPDX-License-Identifier: GPL-2.0 */
/* An excerpt of linux 6.12's struct file_operations: it has .mmap, not yet .mmap_prepare. */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

struct file_operations {
	struct module *owner;
	int (*open)(struct inode *, struct file *);
	int (*mmap)(struct file *, struct vm_area_struct *);
	int (*release)(struct inode *, struct file *);
};

#endif /* _LINUX_FS_H */
