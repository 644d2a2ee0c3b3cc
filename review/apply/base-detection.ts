// Which commit of a repository a series goes on, when --base does not say: the `base-commit:` line
// (git format-patch --base, b4), else the commit whose blobs match the `index` lines best (what git am -3
// relies on), else HEAD. Every answer says how it was reached.
import { spawnSync } from 'node:child_process';
import { ApplyError } from './apply-error.js';
import type { BaseInfo, SeriesPatch } from './apply-types.js';
import { gitOutput } from './git-objects.js';

/** How many commits that touched the series' files (on any branch) are tried for blob ids, newest first. */
const BLOB_CANDIDATES = 500;

export function detectBase(repo: string, patches: readonly SeriesPatch[], given?: string): BaseInfo {
  if (given) {
    const commit = resolveCommit(repo, given);
    if (!commit) throw new ApplyError('APPLY_BAD_BASE', `--base ${given}: not a commit in ${repo}`, { tree: repo, revision: given });
    return { how: 'given', commit, note: `--base ${given}` };
  }
  const named = patches.find((p) => p.baseCommit)?.baseCommit;
  const namedCommit = named ? resolveCommit(repo, named) : undefined;
  if (named && namedCommit) return { how: 'base-commit', commit: namedCommit, note: `base-commit: ${named}` };
  const missing = named ? { missingBaseCommit: named } : {};
  const byBlobs = baseFromBlobs(repo, patches);
  if (byBlobs) return { ...byBlobs, ...missing };
  const head = resolveCommit(repo, 'HEAD');
  if (!head) throw new ApplyError('APPLY_BAD_TREE', `${repo}: a git repository without a HEAD commit`, { tree: repo });
  const why = named ? `base-commit ${named} is not in this repository` : 'the series names no base-commit and no blob ids';
  return { how: 'head', commit: head, note: `HEAD, because ${why}`, ...missing };
}

export function resolveCommit(repo: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  return gitOutput(repo, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])?.trim() || undefined;
}

/** The first `index <old>..<new>` of each path the series changes but does not create. */
export function preimageBlobs(patches: readonly SeriesPatch[]): Map<string, string> {
  const blobs = new Map<string, string>();
  const created = new Set<string>();
  for (const p of patches) {
    for (const f of p.files) {
      if (f.newPath && f.status !== 'modified') created.add(f.newPath);
      const path = f.oldPath;
      if (!path || blobs.has(path) || created.has(path) || !f.oldBlob || /^0+$/.test(f.oldBlob)) continue;
      blobs.set(path, f.oldBlob);
    }
  }
  return blobs;
}

function baseFromBlobs(repo: string, patches: readonly SeriesPatch[]): BaseInfo | undefined {
  const blobs = preimageBlobs(patches);
  if (blobs.size === 0) return undefined;
  const paths = [...blobs.keys()];
  const listed = gitOutput(repo, ['rev-list', `--max-count=${BLOB_CANDIDATES}`, '--all', '--', ...paths]) ?? '';
  const head = resolveCommit(repo, 'HEAD');
  const candidates = [...new Set([head, ...listed.split('\n').filter(Boolean)].filter((c): c is string => Boolean(c)))];
  const oids = batchCheck(repo, candidates.flatMap((c) => paths.map((p) => `${c}:${p}`)));
  let best = { commit: '', score: 0 };
  candidates.forEach((commit, ci) => {
    const score = paths.filter((p, pi) => oids[ci * paths.length + pi]?.startsWith(blobs.get(p)!)).length;
    if (score > best.score) best = { commit, score };
  });
  if (best.score === 0) return undefined;
  const note = `the blob ids on the index lines of ${best.score} of ${paths.length} files match this commit${best.commit === head ? ' (HEAD)' : ''}`;
  return { how: 'blob-ids', commit: best.commit, note };
}

/** `git cat-file --batch-check` over many names in one process: each name's oid, or undefined. */
function batchCheck(repo: string, names: readonly string[]): Array<string | undefined> {
  const r = spawnSync('git', ['-C', repo, 'cat-file', '--batch-check'], { input: names.map((n) => `${n}\n`).join(''), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new ApplyError('APPLY_GIT', `${repo}: git cat-file --batch-check failed: ${r.stderr.trim()}`, { tree: repo });
  return r.stdout.split('\n').slice(0, names.length).map((line) => (/^[0-9a-f]+ blob \d+$/.test(line) ? line.split(' ')[0] : undefined));
}
