// One patch of a series against the working tree: every file in the order the diff gives them, each file
// tried even when an earlier one failed (git apply checks every file before it gives up), and the texts
// before and after kept for the checks that follow.
import type { FileDiff } from '../../core/patch.js';
import { patchLabel, type ApplyRules, type PatchOutcome, type SeriesPatch } from './apply-types.js';
import { applyFileDiff, type FileApplication } from './file-operations.js';
import { safeTreePath } from './tree-path.js';
import type { WorkingTree } from './working-tree.js';

export interface AppliedFile {
  diff: FileDiff;
  application: FileApplication;
}

export interface AppliedPatch {
  patch: SeriesPatch;
  outcome: PatchOutcome;
  files: AppliedFile[];
  /** Texts (latin1) of the paths this patch changed: before and after it, null where absent. */
  images: Map<string, { before: string | null; after: string | null }>;
}

export async function applyPatch(tree: WorkingTree, patch: SeriesPatch, rules: ApplyRules): Promise<AppliedPatch> {
  const label = patchLabel(patch);
  const files: AppliedFile[] = [];
  const images = new Map<string, { before: string | null; after: string | null }>();
  await tree.prefetch(safePaths(patch), label);
  for (const diff of patch.files) {
    const application = await applyFileDiff(tree, diff, rules, label);
    files.push({ diff, application });
    recordImages(images, application);
  }
  const outcomes = files.map((f) => f.application.outcome);
  const outcome: PatchOutcome = {
    index: patch.index,
    total: patch.total,
    subject: patch.subject,
    ...(patch.messageId ? { messageId: patch.messageId } : {}),
    applied: outcomes.every((o) => o.status !== 'failed'),
    files: outcomes,
    findings: [],
  };
  return { patch, outcome, files, images };
}

/** The paths a patch reads and writes that are safe to look up ahead; unsafe ones fail in order later. */
function safePaths(patch: SeriesPatch): string[] {
  const paths = patch.files.flatMap((f) => [f.oldPath, f.newPath]).filter((p): p is string => p !== null);
  return [...new Set(paths)].flatMap((p) => {
    try {
      return [safeTreePath(p, '')];
    } catch {
      return [];
    }
  });
}

function recordImages(images: AppliedPatch['images'], a: FileApplication): void {
  const o = a.outcome;
  if (o.status === 'not-simulated' || (a.before === null && a.after === null)) return;
  const from = o.oldPath ?? o.path;
  if (o.operation === 'rename') {
    keep(images, from, a.before, null);
    keep(images, o.path, null, a.after);
  } else if (o.operation === 'copy') keep(images, o.path, null, a.after);
  else keep(images, o.operation === 'delete' ? from : o.path, a.before, a.after);
}

/** Two diffs of one path in a patch: the first one's before, the last one's after. */
function keep(images: AppliedPatch['images'], path: string, before: string | null, after: string | null): void {
  const had = images.get(path);
  images.set(path, { before: had ? had.before : before, after });
}
