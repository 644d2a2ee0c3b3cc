// File-level operations with git apply's checks: renames (with edits), copies, mode changes, deletions that
// must leave nothing behind, creations that must not overwrite, and a later patch meeting what an earlier
// one left. Diffs are as git writes them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { applySeries } from './apply-series.js';
import { openDirectoryTree } from './directory-tree.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-fileops-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const series = (...diffs: string[]) => diffs.map((d, i) => ({ index: i + 1, total: diffs.length, subject: `step ${i + 1}`, files: parseDiff(d) }));

const RENAME_AND_EDIT = `diff --git a/lib/old.c b/lib/new.c
similarity index 80%
rename from lib/old.c
rename to lib/new.c
index 1111111..2222222 100644
--- a/lib/old.c
+++ b/lib/new.c
@@ -1,3 +1,3 @@
 one
-two
+TWO
 three
`;
const EDIT_NEW_NAME = `diff --git a/lib/new.c b/lib/new.c
--- a/lib/new.c
+++ b/lib/new.c
@@ -1,3 +1,3 @@
-one
+ONE
 TWO
 three
`;
const MODE = `diff --git a/scripts/run.sh b/scripts/run.sh
old mode 100644
new mode 100755
`;
const DELETE = `diff --git a/lib/gone.c b/lib/gone.c
deleted file mode 100644
index 3333333..0000000
--- a/lib/gone.c
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
`;
const CREATE = `diff --git a/lib/gone.c b/lib/gone.c
new file mode 100644
index 0000000..4444444
--- /dev/null
+++ b/lib/gone.c
@@ -0,0 +1 @@
+fresh
`;

describe('file operations', () => {
  it('renames with an edit, and a later patch edits the file under its new name', async () => {
    const r = await applySeries(series(RENAME_AND_EDIT, EDIT_NEW_NAME), openDirectoryTree(tree({ 'lib/old.c': 'one\ntwo\nthree\n' })));
    expect(r.patches.map((p) => p.outcome.files.map((f) => `${f.operation} ${f.oldPath ?? ''}→${f.path} ${f.status}`))).toEqual([['rename lib/old.c→lib/new.c applied'], ['modify →lib/new.c applied']]);
    expect(await r.tree.text('lib/new.c')).toBe('ONE\nTWO\nthree\n');
    expect(await r.tree.text('lib/old.c')).toBeUndefined();
  });

  it('changes a mode without hunks', async () => {
    const r = await applySeries(series(MODE), openDirectoryTree(tree({ 'scripts/run.sh': '#!/bin/sh\n' })));
    expect(r.patches[0].outcome.files[0]).toMatchObject({ operation: 'mode', status: 'applied' });
    expect(r.tree.changed()).toEqual([{ path: 'scripts/run.sh', before: { bytes: '#!/bin/sh\n', mode: '100644' }, after: { bytes: '#!/bin/sh\n', mode: '100755' } }]);
  });

  it('deletes a file only when the patch removes every line of it', async () => {
    const ok = await applySeries(series(DELETE), openDirectoryTree(tree({ 'lib/gone.c': 'a\nb\n' })));
    expect(ok.patches[0].outcome.applied).toBe(true);
    const left = await applySeries(series(DELETE), openDirectoryTree(tree({ 'lib/gone.c': 'a\nb\nc\n' })));
    expect(left.patches[0].outcome.files[0]).toMatchObject({ status: 'failed', reason: "removing lib/gone.c leaves content in it: the tree's copy has lines the patch does not remove" });
  });

  it('refuses to create a file that exists, and creates it once an earlier patch deleted it', async () => {
    const exists = await applySeries(series(CREATE), openDirectoryTree(tree({ 'lib/gone.c': 'a\nb\n' })));
    expect(exists.patches[0].outcome.files[0]).toMatchObject({ status: 'failed', reason: 'lib/gone.c already exists in the tree' });
    const recreated = await applySeries(series(DELETE, CREATE), openDirectoryTree(tree({ 'lib/gone.c': 'a\nb\n' })));
    expect(recreated.patches.map((p) => p.outcome.applied)).toEqual([true, true]);
    expect(await recreated.tree.text('lib/gone.c')).toBe('fresh\n');
  });

  it('fails a change to a file the tree does not have, naming it', async () => {
    const r = await applySeries(series(EDIT_NEW_NAME), openDirectoryTree(tree({ 'lib/other.c': 'x\n' })));
    expect(r.patches[0].outcome.files[0]).toMatchObject({ status: 'failed', reason: 'lib/new.c does not exist in the tree', hunks: [{ result: 'failed' }] });
  });
});
