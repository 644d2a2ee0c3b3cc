// The wrong-base verdict on a small 6.12 tree (__fixtures__/old-tree) and a patch written for a tree that
// already has f_op->mmap_prepare: called when the hunks fail and the tree lacks what the patch builds on —
// by release and by its own headers — and not called when the headers have it after all (a backport).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../ingest/parse/message.js';
import { parsePatchBody } from '../../ingest/parse/patch-body.js';
import type { SeriesPatch } from './apply-types.js';
import { openDirectoryTree } from './directory-tree.js';
import { simulate } from './simulate.js';

const fixtures = join(import.meta.dirname, '__fixtures__');

function framePatch(): SeriesPatch[] {
  const msg = parseMessage(readFileSync(join(fixtures, 'frame-on-mmap-prepare.patch')), { source: 'frame', offset: 0 });
  return [{ index: 1, total: 1, subject: 'demo/frame: check the offset before mapping', files: parsePatchBody(msg.body).files }];
}

const run = (tree: string) => simulate(framePatch(), openDirectoryTree(tree), { base: { how: 'directory', commit: null } });

describe('wrong-base verdict', () => {
  it('names the APIs the patch builds on that linux 6.12 lacks, with their releases', async () => {
    const { outcome } = await run(join(fixtures, 'old-tree'));
    expect(outcome.wrongBase).toEqual({
      verdict: 'this series does not apply to linux 6.12: it builds on struct vm_area_desc (6.16), f_op->mmap_prepare (6.16), which this tree does not have',
      failedHunks: 1,
      totalHunks: 1,
      missingApis: [{ name: 'struct vm_area_desc', since: '6.16' }, { name: 'f_op->mmap_prepare', since: '6.16' }],
    });
  });

  it('believes the headers over the release: with the APIs backported there is no verdict, only a failed hunk', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'mlreview-backport-'));
    cpSync(join(fixtures, 'old-tree'), tree, { recursive: true });
    const fs = join(tree, 'include/linux/fs.h');
    writeFileSync(fs, readFileSync(fs, 'utf8').replace('\tint (*release)', '\tint (*mmap_prepare)(struct vm_area_desc *);\n\tint (*release)'));
    const types = join(tree, 'include/linux/mm_types.h');
    writeFileSync(types, readFileSync(types, 'utf8').replace('#endif', 'struct vm_area_desc {\n\tunsigned long start, end;\n};\n\n#endif'));
    const { outcome } = await run(tree);
    expect(outcome.wrongBase).toBeUndefined();
    expect(outcome.patches[0].files[0].hunks[0].result).toBe('failed');
  });
});
