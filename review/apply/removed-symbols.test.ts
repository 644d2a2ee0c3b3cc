// Bisectability of removals: a struct member dropped from a header while a .c file still uses it, and the
// same member name in another struct not taken for a use; a static function removed with its last caller.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { openDirectoryTree } from './directory-tree.js';
import { simulate } from './simulate.js';

const FILES: Record<string, string> = {
  'drivers/demo/pool.h': 'struct pool {\n\tint size;\n\tint spare;\n};\n',
  'drivers/demo/pool.c': '#include "pool.h"\n\nint pool_spare(struct pool *p)\n{\n\treturn p->spare;\n}\n',
  'drivers/demo/other.c': 'struct other {\n\tint spare;\n};\n\nint other_spare(struct other *o)\n{\n\treturn o->spare;\n}\n',
  'drivers/demo/helper.c': 'static int twice(int x)\n{\n\treturn 2 * x;\n}\n\nint four(void)\n{\n\treturn twice(2);\n}\n',
};

const DROP_SPARE = `diff --git a/drivers/demo/pool.h b/drivers/demo/pool.h
--- a/drivers/demo/pool.h
+++ b/drivers/demo/pool.h
@@ -1,4 +1,3 @@
 struct pool {
 \tint size;
-\tint spare;
 };
`;

const DROP_TWICE_AND_CALLER = `diff --git a/drivers/demo/helper.c b/drivers/demo/helper.c
--- a/drivers/demo/helper.c
+++ b/drivers/demo/helper.c
@@ -1,9 +1,4 @@
-static int twice(int x)
-{
-\treturn 2 * x;
-}
-
 int four(void)
 {
-\treturn twice(2);
+\treturn 4;
 }
`;

async function findings(diff: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-removed-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { outcome } = await simulate([{ index: 1, total: 1, subject: 'x', files: parseDiff(diff) }], openDirectoryTree(dir), { base: { how: 'directory', commit: null } });
  expect(outcome.patches[0].applied).toBe(true);
  return outcome.patches[0].findings.filter((f) => f.kind === 'bisect');
}

describe('removed symbols still used', () => {
  it('finds a member dropped from a header but still read in a file that names the struct, not in one with its own member of that name', async () => {
    const found = await findings(DROP_SPARE);
    expect(found.map((f) => `${f.id} ${f.file}:${f.line}`)).toEqual(['removed-symbol-still-used drivers/demo/pool.c:5']);
    expect(found[0].message).toBe('struct pool->spare is removed from drivers/demo/pool.h by this patch but still used at drivers/demo/pool.c:5: the tree does not build after patch 1/1');
  });

  it('is quiet when the patch removes a static function together with its last caller', async () => {
    expect(await findings(DROP_TWICE_AND_CALLER)).toEqual([]);
  });
});
