// What git and GNU patch say, read from their own output: `git apply -v --reject` per patch (offsets,
// failed and rejected hunks, file errors), `git am` for the series, `patch --dry-run --verbose -F N`.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { git, run } from './git-cli.js';

export interface ToolHunk {
  number: number;
  result: 'clean' | 'offset' | 'fuzz' | 'failed';
  /** 1-based line where the tool says it applied; undefined when it did not say. */
  line?: number;
  offset: number;
  fuzz: number;
}

export interface ToolFile {
  /** As the tool names it: `path`, or `old => new` for git's renames. */
  name: string;
  /** A file-level error (missing, exists already …). */
  error?: string;
  hunks: Map<number, ToolHunk>;
}

export interface ToolPatch {
  applied: boolean;
  files: ToolFile[];
  output: string;
}

/** `git apply -v --reject PATCH` in the worktree; the worktree keeps what applied, the .rej files go. */
export function gitApplyReject(worktree: string, patchFile: string): ToolPatch {
  const r = run(worktree, 'git', ['apply', '-v', '--reject', patchFile]);
  removeRejects(worktree);
  const files: ToolFile[] = [];
  let current: ToolFile | undefined;
  const byName = new Map<string, ToolFile>();
  for (const line of r.stderr.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^Checking patch (.+)\.\.\.$/.exec(line))) {
      current = { name: m[1], hunks: new Map() };
      files.push(current);
      byName.set(current.name, current);
    } else if ((m = /^Hunk #(\d+) succeeded at (\d+) \(offset (-?\d+) lines?\)\.$/.exec(line)) && current) {
      current.hunks.set(Number(m[1]), { number: Number(m[1]), result: 'offset', line: Number(m[2]), offset: Number(m[3]), fuzz: 0 });
    } else if ((m = /^Applying patch (.+) with \d+ rejects?\.\.\.$/.exec(line))) {
      current = byName.get(m[1]);
    } else if ((m = /^Rejected hunk #(\d+)\.$/.exec(line)) && current) {
      current.hunks.set(Number(m[1]), { number: Number(m[1]), result: 'failed', offset: 0, fuzz: 0 });
    } else if ((m = /^error: (.+)$/.exec(line)) && current && !/^(patch failed|while searching for)/.test(m[1])) {
      current.error ??= m[1];
    }
  }
  return { applied: r.status === 0, files, output: r.stderr };
}

function removeRejects(dir: string): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === '.git') continue;
    if (statSync(full).isDirectory()) removeRejects(full);
    else if (name.endsWith('.rej')) rmSync(full);
  }
}

/** How many patches `git am` applies to `commit` before it stops (all of them when none fails). */
export function gitAmCount(repo: string, worktree: string, commit: string, patchFiles: readonly string[]): number {
  git(repo, 'worktree', 'add', '-q', '--detach', worktree, commit);
  const r = run(worktree, 'git', ['am', '-q', ...patchFiles]);
  const count = Number(git(worktree, 'rev-list', '--count', `${commit}..HEAD`).trim());
  if (r.status !== 0) run(worktree, 'git', ['am', '--abort']);
  return count;
}

/** `patch --dry-run --verbose -f -p1 -F fuzz`: every hunk's line, offset and fuzz, per file. */
export function gnuPatchDryRun(worktree: string, patchFile: string, fuzz: number): ToolPatch {
  const r = run(worktree, 'patch', ['--dry-run', '--verbose', '-f', '-p1', `-F${fuzz}`, '--no-backup-if-mismatch', '-i', patchFile]);
  const files: ToolFile[] = [];
  let current: ToolFile | undefined;
  for (const line of r.stdout.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^checking file (.+)$/.exec(line))) {
      current = { name: m[1].replace(/^'(.*)'$/, '$1'), hunks: new Map() };
      files.push(current);
    } else if ((m = /^Hunk #(\d+) succeeded at (\d+)(?: with fuzz (\d+))?(?: \(offset (-?\d+) lines?\))?\.$/.exec(line)) && current) {
      const fuzzUsed = Number(m[3] ?? 0);
      const offset = Number(m[4] ?? 0);
      const result = fuzzUsed ? 'fuzz' : offset ? 'offset' : 'clean';
      current.hunks.set(Number(m[1]), { number: Number(m[1]), result, line: Number(m[2]), offset, fuzz: fuzzUsed });
    } else if ((m = /^Hunk #(\d+) FAILED at (\d+)/.exec(line)) && current) {
      current.hunks.set(Number(m[1]), { number: Number(m[1]), result: 'failed', line: Number(m[2]), offset: 0, fuzz: 0 });
    }
  }
  return { applied: r.status === 0, files, output: r.stdout + r.stderr };
}
