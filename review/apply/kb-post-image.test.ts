// The knowledge base on the post-image: a finding that needs the whole function (here: the call sits in a
// loop whose `for` line the hunk does not show) is found after simulated application, and not from the
// diff alone.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { matchPatch } from '../../knowledge/match-patch.js';
import { openDirectoryTree } from './directory-tree.js';
import { simulate } from './simulate.js';

const FRAME_C = `// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

static int frame_mmap(struct file *file, struct vm_area_struct *vma)
{
	unsigned long i;
	int err;

	for (i = 0; i < frame_nr_pages; i++) {
		struct page *page = frame_pages[i];

		if (!page)
			return -EINVAL;
		frame_touch(page);
		frame_check(page);
		err = 0;
	}
	return 0;
}
`;

const INSERT_IN_LOOP = `diff --git a/drivers/demo/frame.c b/drivers/demo/frame.c
--- a/drivers/demo/frame.c
+++ b/drivers/demo/frame.c
@@ -13,7 +13,9 @@ static int frame_mmap(struct file *file, struct vm_area_struct *vma)
 			return -EINVAL;
 		frame_touch(page);
 		frame_check(page);
-		err = 0;
+		err = vm_insert_page(vma, vma->vm_start + i * PAGE_SIZE, page);
+		if (err)
+			return err;
 	}
 	return 0;
 }
`;

describe('knowledge base on the post-image', () => {
  it('sees the loop around an added vm_insert_page() that the hunk does not show', async () => {
    const files = parseDiff(INSERT_IN_LOOP);
    const fromDiff = await matchPatch(files);
    expect(fromDiff.map((f) => f.entry)).not.toContain('vm-insert-page-loop');

    const tree = mkdtempSync(join(tmpdir(), 'mlreview-kb-post-'));
    mkdirSync(join(tree, 'drivers/demo'), { recursive: true });
    writeFileSync(join(tree, 'drivers/demo/frame.c'), FRAME_C);
    const { outcome } = await simulate([{ index: 1, total: 1, subject: 'demo/frame: map the frame pages', files }], openDirectoryTree(tree), { base: { how: 'directory', commit: null } });
    const kb = outcome.patches[0].findings.filter((f) => f.kind === 'kb');
    expect(kb.map((f) => `${f.id} ${f.file}:${f.line}`)).toEqual(['vm-insert-page-loop drivers/demo/frame.c:16']);
  });
});
