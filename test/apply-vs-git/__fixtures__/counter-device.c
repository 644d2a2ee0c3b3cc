// SPDX-License-Identifier: GPL-2.0
/*
 * counter-device: a character device that counts what is written to it.
 * Hand-written fixture for the apply-vs-git tests; not a real driver.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#define COUNTER_MAX_WRITE 4096

struct counter {
	unsigned long bytes;
	unsigned long writes;
	spinlock_t lock;
};

static int counter_open(struct inode *inode, struct file *file)
{
	struct counter *c;

	c = kzalloc(sizeof(*c), GFP_KERNEL);
	if (!c)
		return -ENOMEM;
	spin_lock_init(&c->lock);
	file->private_data = c;
	return 0;
}

static int counter_release(struct inode *inode, struct file *file)
{
	struct counter *c = file->private_data;

	kfree(c);
	return 0;
}

static ssize_t counter_write(struct file *file, const char __user *buf,
			     size_t len, loff_t *ppos)
{
	struct counter *c = file->private_data;

	if (len > COUNTER_MAX_WRITE)
		len = COUNTER_MAX_WRITE;

	spin_lock(&c->lock);
	c->bytes += len;
	c->writes++;
	spin_unlock(&c->lock);

	return len;
}

static ssize_t counter_read(struct file *file, char __user *buf,
			    size_t len, loff_t *ppos)
{
	struct counter *c = file->private_data;
	char text[64];
	int n;

	spin_lock(&c->lock);
	n = scnprintf(text, sizeof(text), "%lu %lu\n", c->bytes, c->writes);
	spin_unlock(&c->lock);

	return simple_read_from_buffer(buf, len, ppos, text, n);
}

static const struct file_operations counter_fops = {
	.owner		= THIS_MODULE,
	.open		= counter_open,
	.release	= counter_release,
	.read		= counter_read,
	.write		= counter_write,
};

static struct miscdevice counter_dev = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "counter",
	.fops	= &counter_fops,
};
module_misc_device(counter_dev);

MODULE_DESCRIPTION("Counts bytes written");
MODULE_LICENSE("GPL");
