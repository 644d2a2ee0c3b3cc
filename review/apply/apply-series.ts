// A series applied in order, in memory, to a tree that is only ever read. A patch that fails still leaves
// the hunks that applied (as `git apply --reject` would) and the next patches are still tried, so one
// run shows everything that goes wrong, not only the first thing.
import type { ApplyRules, SeriesPatch } from './apply-types.js';
import { applyPatch, type AppliedPatch } from './apply-patch.js';
import type { TreeReader } from './tree-reader.js';
import { WorkingTree } from './working-tree.js';

export interface AppliedSeries {
  tree: WorkingTree;
  patches: AppliedPatch[];
}

export async function applySeries(patches: readonly SeriesPatch[], reader: TreeReader, rules: ApplyRules = { kind: 'git' }): Promise<AppliedSeries> {
  const tree = new WorkingTree(reader);
  const applied: AppliedPatch[] = [];
  for (const patch of patches) applied.push(await applyPatch(tree, patch, rules));
  return { tree, patches: applied };
}
