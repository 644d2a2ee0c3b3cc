// SPDX-License-Identifier: GPL-2.0
/*
 * range-list: a sorted list of [start, end) ranges that merges neighbours.
 * Hand-written fixture for the apply-vs-git tests. Several functions end the
 * same way on purpose, so that a hunk's context can match in more than one place.
 */
#include <linux/list.h>
#include <linux/slab.h>

struct range_item {
	struct list_head node;
	unsigned long start;
	unsigned long end;
};

static struct range_item *range_new(unsigned long start, unsigned long end)
{
	struct range_item *r;

	r = kmalloc(sizeof(*r), GFP_KERNEL);
	if (!r)
		return NULL;

	r->start = start;
	r->end = end;
	return r;
}

static bool range_touches(struct range_item *a, struct range_item *b)
{
	if (a->end < b->start)
		return false;
	if (b->end < a->start)
		return false;

	return true;
}

static void range_merge(struct range_item *into, struct range_item *from)
{
	if (from->start < into->start)
		into->start = from->start;
	if (from->end > into->end)
		into->end = from->end;

	list_del(&from->node);
	kfree(from);
}

int range_add(struct list_head *head, unsigned long start, unsigned long end)
{
	struct range_item *r, *pos, *next;

	r = range_new(start, end);
	if (!r)
		return -ENOMEM;

	list_for_each_entry(pos, head, node) {
		if (pos->start > start)
			break;
	}
	list_add_tail(&r->node, &pos->node);

	list_for_each_entry_safe(pos, next, head, node) {
		if (pos == r)
			continue;
		if (range_touches(r, pos))
			range_merge(r, pos);
	}
	return 0;
}

int range_remove(struct list_head *head, unsigned long start)
{
	struct range_item *pos, *next;

	list_for_each_entry_safe(pos, next, head, node) {
		if (pos->start != start)
			continue;

		list_del(&pos->node);
		kfree(pos);
		return 0;
	}
	return -ENOENT;
}

unsigned long range_total(struct list_head *head)
{
	struct range_item *pos;
	unsigned long total = 0;

	list_for_each_entry(pos, head, node)
		total += pos->end - pos->start;

	return total;
}

void range_clear(struct list_head *head)
{
	struct range_item *pos, *next;

	list_for_each_entry_safe(pos, next, head, node) {
		list_del(&pos->node);
		kfree(pos);
	}
}
