// --out DIR2: the tree as the series leaves it, written to a new place — the base copied (git archive of the
// base commit, or the plain tree copied with its symlinks as they are), then every file the series changed
// written or removed. DIR2 must be new or empty and must not lie inside the tree; the tree is never written.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ApplyError } from './apply-error.js';
import type { WorkingTree } from './working-tree.js';

export interface WriteReport {
  written: number;
  removed: number;
  /** Files a binary patch changed: their content is not known, so they are left as in the base. */
  skipped: string[];
}

export function writeResultTree(tree: WorkingTree, source: { dir: string; repo?: string; commit?: string | null }, out: string): WriteReport {
  prepareOut(source.dir, out);
  if (source.repo && source.commit) exportCommit(source.repo, source.commit, out);
  else cpSync(source.dir, out, { recursive: true, verbatimSymlinks: true, filter: (p) => !p.endsWith('/.git') });
  const report: WriteReport = { written: 0, removed: 0, skipped: [] };
  for (const { path, after } of tree.changed()) {
    const target = join(out, path);
    if (after?.unknown) {
      report.skipped.push(path);
      continue;
    }
    rmSync(target, { force: true, recursive: false });
    if (!after) {
      report.removed++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    if (after.mode === '120000') symlinkSync(Buffer.from(after.bytes, 'latin1').toString('utf8'), target);
    else {
      writeFileSync(target, Buffer.from(after.bytes, 'latin1'));
      chmodSync(target, after.mode === '100755' ? 0o755 : 0o644);
    }
    report.written++;
  }
  return report;
}

function prepareOut(dir: string, out: string): void {
  const tree = realpathSync(dir);
  const target = resolve(out);
  const inside = relative(tree, existsSync(target) ? realpathSync(target) : target);
  if (!inside || (!inside.startsWith('..') && !inside.startsWith('/'))) {
    throw new ApplyError('APPLY_OUT_DIR', `--out ${out}: lies inside the tree ${dir}, which is never written; choose a place outside it`, { tree: dir, path: out });
  }
  if (existsSync(target) && readdirSync(target).length) {
    throw new ApplyError('APPLY_OUT_DIR', `--out ${out}: expected a new or empty folder, found one with files in it`, { path: out });
  }
  mkdirSync(target, { recursive: true });
}

/** git archive piped straight into tar, so a kernel-sized base never sits in memory. */
function exportCommit(repo: string, commit: string, out: string): void {
  const script = 'set -o pipefail; git -C "$1" archive --format=tar "$2" | tar -x -C "$3"';
  const r = spawnSync('bash', ['-c', script, 'export', repo, commit, out], { encoding: 'utf8' });
  if (r.status !== 0) throw new ApplyError('APPLY_OUT_DIR', `--out ${out}: could not export ${commit} of ${repo}: ${r.stderr.trim()}`, { tree: repo, path: out });
}
