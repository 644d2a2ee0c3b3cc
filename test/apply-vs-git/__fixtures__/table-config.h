/* SPDX-License-Identifier: GPL-2.0 */
/*
 * table-config: limits and flags of a lookup table.
 * Hand-written fixture for the apply-vs-git tests.
 */
#ifndef _TABLE_CONFIG_H
#define _TABLE_CONFIG_H

#include <linux/types.h>

#define TABLE_MIN_ENTRIES	16
#define TABLE_MAX_ENTRIES	4096
#define TABLE_DEFAULT_ENTRIES	256

#define TABLE_F_READONLY	0x0001
#define TABLE_F_SORTED		0x0002
#define TABLE_F_SHARED		0x0004
#define TABLE_F_DIRTY		0x0008

struct table_config {
	unsigned int entries;
	unsigned int flags;
	const char *name;
};

static inline bool table_is_readonly(const struct table_config *cfg)
{
	return cfg->flags & TABLE_F_READONLY;
}

static inline bool table_is_sorted(const struct table_config *cfg)
{
	return cfg->flags & TABLE_F_SORTED;
}

static inline bool table_is_shared(const struct table_config *cfg)
{
	return cfg->flags & TABLE_F_SHARED;
}

static inline unsigned int table_clamp(unsigned int entries)
{
	if (entries < TABLE_MIN_ENTRIES)
		return TABLE_MIN_ENTRIES;
	if (entries > TABLE_MAX_ENTRIES)
		return TABLE_MAX_ENTRIES;
	return entries;
}

int table_config_parse(struct table_config *cfg, const char *text);
void table_config_show(const struct table_config *cfg);

#endif /* _TABLE_CONFIG_H */
