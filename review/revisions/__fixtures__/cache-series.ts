// A small two-revision series for the unit tests, each patch showing one thing revision tracking must see:
//   1/4 unchanged, but v2 drops the Reviewed-by Jan gave v1          → a lost tag
//   2/4 rewritten to take a flag; Rita's Reviewed-by carried along    → a tag carried onto a changed patch
//   3/4 only a blank line added; Max's Acked-by carried              → fine, and the change is unmentioned
//   4/4 dropped in v2; 5/5 new in v2
// and a v2 changelog with a line naming a flag the code spells differently, one with nothing to check,
// and one claiming a rebase that did not happen.
import { revision } from './revision-builder.js';

const helper = {
  title: 'cache: add cache_lookup() helper',
  files: { 'drivers/cache/core.c': [' #include "cache.h"', '+struct entry *cache_lookup(struct cache *c, u64 key)', '+{', '+\treturn xa_load(&c->entries, key);', '+}', ' '] },
};

export const V1 = revision(1, 'Adds a cache to the driver.\n', [
  { ...helper, given: [['Reviewed-by: Jan Kara <jack@example.org>', 'jan-1@example.org']] },
  {
    title: 'cache: use cache_lookup() in the driver',
    files: { 'drivers/cache/driver.c': [' static int driver_read(struct cache *c, u64 key)', ' {', '-\treturn slow_read(key);', '+\tstruct entry *e = cache_lookup(c, key);', '+', '+\treturn e ? e->value : slow_read(key);', ' }'] },
    given: [['Reviewed-by: Rita Reviewer <rita@example.net>', 'rita-1@example.net']],
  },
  {
    title: 'cache: count hits and misses',
    files: { 'drivers/cache/stats.c': [' struct cache_stats {', '+\tu64 hits;', '+\tu64 misses;', ' };'] },
    given: [['Acked-by: Max Maintainer <max@example.com>', 'max-1@example.com']],
  },
  {
    title: 'cache: expose the cache in debugfs',
    files: { 'drivers/cache/debugfs.c': ['+static int cache_show(struct seq_file *m, void *v)', '+{', '+\treturn seq_printf(m, "%llu\\n", cache_size());', '+}'] },
  },
]);

export const V2 = revision(
  2,
  [
    'Adds a cache to the driver.',
    '',
    'v2:',
    '* Added hold_lock_until_done flag so the driver can keep the lock (Rita).',
    '* Dropped the debugfs file as per Max.',
    '* Added cache_flush().',
    '* Collected tags.',
    '* Rebased on v6.17-rc1.',
    '* Various cleanups.',
    '',
    'v1: https://lore.example.org/all/v1-0@example.org/',
  ].join('\n'),
  [
    helper,
    {
      title: 'cache: use cache_lookup() in the driver',
      files: {
        'drivers/cache/driver.c': [
          ' static int driver_read(struct cache *c, u64 key)',
          ' {',
          '-\treturn slow_read(key);',
          '+\tstruct entry *e;',
          '+',
          '+\tif (c->hide_lock_until_done)',
          '+\t\tmutex_lock(&c->lock);',
          '+\te = cache_lookup(c, key);',
          '+\tif (c->hide_lock_until_done)',
          '+\t\tmutex_unlock(&c->lock);',
          '+',
          '+\treturn e ? e->value : slow_read(key);',
          ' }',
        ],
      },
      own: ['Reviewed-by: Rita Reviewer <rita@example.net>'],
    },
    {
      title: 'cache: count hits and misses',
      files: { 'drivers/cache/stats.c': [' struct cache_stats {', '+\tu64 hits;', '+', '+\tu64 misses;', ' };'] },
      own: ['Acked-by: Max Maintainer <max@example.com>'],
    },
    {
      title: 'cache: add cache_flush()',
      files: { 'drivers/cache/core.c': [' }', '+void cache_flush(struct cache *c)', '+{', '+\txa_destroy(&c->entries);', '+}'] },
    },
  ],
);
