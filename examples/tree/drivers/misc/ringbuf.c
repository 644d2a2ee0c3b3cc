// SPDX-License-Identifier: GPL-2.0
/*
 * ringbuf: a tiny character device exposing a vmalloc'ed ring buffer.
 * Example driver for mlreview; not a real kernel driver.
 */
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

#define RINGBUF_PAGES 16

struct ringbuf {
	void *buf;
	unsigned long nr_pages;
};

static int ringbuf_open(struct inode *inode, struct file *file)
{
	struct ringbuf *rb;

	rb = kzalloc(sizeof(*rb), GFP_KERNEL);
	if (!rb)
		return -ENOMEM;
	rb->nr_pages = RINGBUF_PAGES;
	rb->buf = vmalloc_user(rb->nr_pages * PAGE_SIZE);
	if (!rb->buf) {
		kfree(rb);
		return -ENOMEM;
	}
	file->private_data = rb;
	return 0;
}

static int ringbuf_release(struct inode *inode, struct file *file)
{
	struct ringbuf *rb = file->private_data;

	vfree(rb->buf);
	kfree(rb);
	return 0;
}

static const struct file_operations ringbuf_fops = {
	.owner		= THIS_MODULE,
	.open		= ringbuf_open,
	.release	= ringbuf_release,
};

static struct miscdevice ringbuf_dev = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "ringbuf",
	.fops	= &ringbuf_fops,
};
module_misc_device(ringbuf_dev);

MODULE_DESCRIPTION("Example ring buffer device");
MODULE_LICENSE("GPL");
