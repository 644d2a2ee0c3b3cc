// The C scanner the bisectability checks stand on: what a file defines, and where a name is used.
import { describe, expect, it } from 'vitest';
import { scanC, usesOf } from './c-symbols.js';

const SOURCE = `// SPDX-License-Identifier: GPL-2.0
#include <linux/fs.h>
#define RING_PAGES 16
#define ring_ok(r) ((r)->pages != NULL)

struct ring {
	void *buf;
	unsigned long pages;
	int (*mmap)(struct file *, struct vm_area_struct *);
	union {
		int flags;
		long raw;
	};
};

typedef unsigned long ring_off_t;
enum ring_state { RING_IDLE, RING_BUSY = 4, };

static DEFINE_MUTEX(ring_lock);
static struct ring the_ring;
int ring_count __read_mostly = 1;
int ring_open(struct inode *inode, struct file *file);

static int ring_mmap(struct file *file, struct vm_area_struct *vma)
{
	/* ring_open() is mentioned in a comment only */
	return the_ring.pages > RING_PAGES ? -EINVAL : ring_open(NULL, file);
}

static const struct file_operations ring_fops = {
	.mmap = ring_mmap,
};
EXPORT_SYMBOL(ring_count);
`;

describe('scanC', () => {
  const file = scanC(SOURCE);
  const brief = file.symbols.map((s) => `${s.kind} ${s.name}${s.isStatic ? ' static' : ''}${s.struct ? ` in ${s.struct}` : ''} @${s.line}`);

  it('finds macros, records with their members (anonymous unions flattened), types, enumerators, variables, prototypes, functions', () => {
    expect(brief).toEqual([
      'macro RING_PAGES @3', 'macro ring_ok @4',
      'type ring @6', 'member buf in ring @7', 'member pages in ring @8', 'member mmap in ring @9', 'member flags in ring @11', 'member raw in ring @12',
      'type ring_off_t @16', 'type ring_state @17', 'enumerator RING_IDLE @17', 'enumerator RING_BUSY @17',
      'variable ring_lock static @19', 'variable the_ring static @20', 'variable ring_count @21', 'prototype ring_open @22',
      'function ring_mmap static @24', 'variable ring_fops static @30',
    ]);
  });

  it('takes DEFINE_MUTEX(x) for x, and not EXPORT_SYMBOL(x) or an attribute (__read_mostly) for a declaration', () => {
    expect(brief.join(' ')).not.toMatch(/DEFINE_MUTEX|EXPORT_SYMBOL|__read_mostly/);
  });

  it('finds uses as code, not in comments, and members only after . or ->', () => {
    expect(usesOf(file, 'ring_open', false)).toEqual([27]);
    expect(usesOf(file, 'RING_PAGES', false)).toEqual([27]);
    expect(usesOf(file, 'pages', true)).toEqual([4, 27]);
    expect(usesOf(file, 'ring_mmap', false)).toEqual([31]);
  });
});
