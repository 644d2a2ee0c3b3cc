// One file of a patch against the working tree, with git apply's file-level rules (apply.c check_patch,
// check_preimage, check_to_create, apply_data): the file to change must exist and be of the type the patch
// says, a file to create must not, a deleted file must end up empty, a rename leaves its source behind.
// Binary patches are recorded, not simulated. A file whose hunks partly failed keeps the hunks that
// applied, as `git apply --reject` leaves it, so that later patches meet the tree git would leave.
import type { FileDiff } from '../../core/patch.js';
import type { ApplyRules, FileOperation, FileOutcome, HunkOutcome } from './apply-types.js';
import { applyFuzzHunks } from './fuzz-hunks.js';
import { applyGitHunks, type Placement } from './git-hunks.js';
import { hunkImage, splitLines, type HunkImage } from './hunk-image.js';
import { safeTreePath } from './tree-path.js';
import { modeKind } from './tree-reader.js';
import type { FileState, Lookup, WorkingTree } from './working-tree.js';

export interface FileApplication {
  outcome: FileOutcome;
  /** Text of the file before and after this patch (latin1), for the checks; null when absent. */
  before: string | null;
  after: string | null;
  /** Where each applied hunk's post-image starts in `after` (0-based), by hunk index; -1 if it failed. */
  finalStarts: number[];
}

export function operationOf(file: FileDiff): FileOperation {
  if (file.status === 'added') return 'create';
  if (file.status === 'deleted') return 'delete';
  if (file.status === 'renamed') return 'rename';
  if (file.status === 'copied') return 'copy';
  return file.hunks.length === 0 && file.oldMode !== file.newMode ? 'mode' : 'modify';
}

export async function applyFileDiff(tree: WorkingTree, file: FileDiff, rules: ApplyRules, patch: string): Promise<FileApplication> {
  const operation = operationOf(file);
  const oldPath = file.oldPath === null ? null : safeTreePath(file.oldPath, patch);
  const newPath = file.newPath === null ? null : safeTreePath(file.newPath, patch);
  const path = newPath ?? oldPath ?? '';
  const outcome: FileOutcome = { path, oldPath: operation === 'rename' || operation === 'copy' ? oldPath : null, operation, status: 'applied', hunks: [] };
  const fail = (reason: string): FileApplication => {
    outcome.status = 'failed';
    outcome.reason = reason;
    outcome.hunks = file.hunks.map((h, i) => ({ file: path, number: i + 1, result: 'failed', line: h.oldStart, offset: 0, fuzz: 0 }));
    return { outcome, before: null, after: null, finalStarts: file.hunks.map(() => -1) };
  };
  const source = operation === 'create' ? undefined : await tree.lookup(oldPath!, patch);
  if (source && source.kind !== 'file') return fail(describeMissing(oldPath!, source));
  if (source?.kind === 'file' && file.oldMode && modeKind(file.oldMode) !== modeKind(source.state.mode)) {
    return fail(`${oldPath} is a ${modeKind(source.state.mode)} in the tree, the patch expects a ${modeKind(file.oldMode)}`);
  }
  if (operation === 'create' || operation === 'rename' || operation === 'copy') {
    const target = await tree.lookup(newPath!, patch);
    if (target.kind === 'file' || target.kind === 'dir') return fail(`${newPath} already exists in the tree`);
    if (target.kind === 'beyond-symlink') return fail(describeMissing(newPath!, target));
  }
  const state = source?.kind === 'file' ? source.state : undefined;
  const mode = file.newMode ?? state?.mode ?? '100644';
  if (file.binary || state?.unknown) return notSimulated(tree, file, outcome, oldPath, newPath, mode);
  const before = state?.bytes ?? (operation === 'create' ? '' : null);
  const { lines, placements } = applyHunks(splitLines(before ?? ''), file.hunks.map(hunkImage), rules);
  outcome.hunks = placements.map((p, i) => hunkOutcome(path, i, p));
  if (placements.some((p) => p.result === 'failed')) outcome.status = 'failed';
  const after = lines.join('');
  if (operation === 'delete' && after !== '') {
    outcome.status = 'failed';
    outcome.reason = `removing ${oldPath} leaves content in it: the tree's copy has lines the patch does not remove`;
    return { outcome, before, after: before, finalStarts: placements.map(() => -1) };
  }
  await write(tree, operation, oldPath, newPath, after, mode);
  return { outcome, before: operation === 'create' ? null : before, after: operation === 'delete' ? null : after, finalStarts: placements.map((p) => p.finalStart) };
}

function applyHunks(lines: string[], hunks: HunkImage[], rules: ApplyRules): { lines: string[]; placements: Placement[] } {
  return rules.kind === 'git' ? applyGitHunks(lines, hunks) : applyFuzzHunks(lines, hunks, rules.maxFuzz);
}

function hunkOutcome(file: string, i: number, p: Placement): HunkOutcome {
  const h: HunkOutcome = { file, number: i + 1, result: p.result, line: p.line, offset: p.offset, fuzz: p.fuzz };
  if (p.nearMiss) h.nearMiss = p.nearMiss;
  return h;
}

function describeMissing(path: string, found: Exclude<Lookup, { kind: 'file' }>): string {
  if (found.kind === 'dir') return `${path} is a folder in the tree, not a file`;
  if (found.kind === 'beyond-symlink') return `${path} is beyond the symbolic link ${found.link} (git apply refuses to write there)`;
  return `${path} does not exist in the tree`;
}

async function write(tree: WorkingTree, op: FileOperation, oldPath: string | null, newPath: string | null, bytes: string, mode: string, unknown = false): Promise<void> {
  const state: FileState = unknown ? { bytes: '', mode, unknown } : { bytes, mode };
  if (op === 'delete') await tree.set(oldPath!, null);
  else await tree.set(newPath!, state);
  if (op === 'rename') await tree.set(oldPath!, null);
}

async function notSimulated(tree: WorkingTree, file: FileDiff, outcome: FileOutcome, oldPath: string | null, newPath: string | null, mode: string): Promise<FileApplication> {
  outcome.status = 'not-simulated';
  outcome.reason = file.binary ? 'binary patch: not simulated' : `${oldPath} was written by a binary patch earlier: not simulated`;
  await write(tree, outcome.operation, oldPath, newPath, '', mode, true);
  return { outcome, before: null, after: null, finalStarts: [] };
}
