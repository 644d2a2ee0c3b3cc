// SPDX-License-Identifier: GPL-2.0
/*
 * table-config: parse "name=NAME entries=N flags=F" into a table_config.
 * Hand-written fixture for the apply-vs-git tests.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "table-config.h"

static int parse_entries(struct table_config *cfg, const char *value)
{
	unsigned int n;
	int err;

	err = kstrtouint(value, 0, &n);
	if (err)
		return err;

	cfg->entries = table_clamp(n);
	return 0;
}

static int parse_flags(struct table_config *cfg, const char *value)
{
	unsigned int f;
	int err;

	err = kstrtouint(value, 0, &f);
	if (err)
		return err;

	cfg->flags = f;
	return 0;
}

static int parse_one(struct table_config *cfg, char *word)
{
	char *value = strchr(word, '=');

	if (!value)
		return -EINVAL;
	*value++ = '\0';

	if (!strcmp(word, "entries"))
		return parse_entries(cfg, value);
	if (!strcmp(word, "flags"))
		return parse_flags(cfg, value);
	if (!strcmp(word, "name")) {
		cfg->name = kstrdup(value, GFP_KERNEL);
		return cfg->name ? 0 : -ENOMEM;
	}
	return -EINVAL;
}

int table_config_parse(struct table_config *cfg, const char *text)
{
	char *copy, *cursor, *word;
	int err = 0;

	copy = kstrdup(text, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;

	cfg->entries = TABLE_DEFAULT_ENTRIES;
	cfg->flags = 0;
	cursor = copy;
	while ((word = strsep(&cursor, " ")) != NULL) {
		if (!*word)
			continue;
		err = parse_one(cfg, word);
		if (err)
			break;
	}

	kfree(copy);
	return err;
}

void table_config_show(const struct table_config *cfg)
{
	pr_info("table %s: %u entries, flags %#x\n",
		cfg->name ? cfg->name : "(unnamed)", cfg->entries, cfg->flags);
	if (table_is_readonly(cfg))
		pr_info("table %s is read-only\n", cfg->name);
	if (table_is_shared(cfg))
		pr_info("table %s is shared\n", cfg->name);
}
