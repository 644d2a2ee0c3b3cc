// The two tree readers and path safety: a plain directory read as it is, a git repository read at a commit
// through git cat-file (never a checkout), and paths that would leave the tree refused with a typed error
// naming the patch and the path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../../core/patch.js';
import { ApplyError } from './apply-error.js';
import { applySeries } from './apply-series.js';
import { openDirectoryTree } from './directory-tree.js';
import { openGitTree } from './git-tree.js';
import { safeTreePath } from './tree-path.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'mlreview-tree-'));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' }).trim();

function changeLine(path: string, from: string, to: string): FileDiff {
  return { oldPath: path, newPath: path, status: 'modified', binary: false, added: 1, removed: 1,
    hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, section: '', lines: [`-${from}`, `+${to}`] }] };
}

const patch = (files: FileDiff[]) => [{ index: 1, total: 1, subject: 'touch things', files }];

describe('safeTreePath', () => {
  it.each([
    ['../outside.c', /".." climbs out of the tree/],
    ['/etc/passwd', /an absolute path leaves the tree/],
    ['drivers/../../x.c', /".." climbs out/],
    ['.git/hooks/post-checkout', /writes into .git/],
  ])('refuses %s', (path, why) => {
    expect(() => safeTreePath(path, 'patch 1/1 "x"')).toThrowError(why);
    try {
      safeTreePath(path, 'patch 1/1 "x"');
    } catch (err) {
      expect(err).toBeInstanceOf(ApplyError);
      expect((err as ApplyError).data).toEqual({ patch: 'patch 1/1 "x"', path });
    }
  });

  it('normalises ./ and doubled slashes', () => {
    expect(safeTreePath('./mm//memory.c', 'p')).toBe('mm/memory.c');
  });
});

describe('a plain directory', () => {
  it('refuses a path through a symlink that leads out of the tree, naming patch and path', async () => {
    const dir = scratch();
    symlinkSync(tmpdir(), join(dir, 'escape'));
    await expect(applySeries(patch([changeLine('escape/victim.c', 'a', 'b')]), openDirectoryTree(dir))).rejects.toThrowError(
      /patch 1\/1 "touch things": refusing path "escape\/victim.c": escape is a symlink to .*, outside the tree/,
    );
  });

  it('fails a file beyond a symlink that stays inside the tree, as git apply does', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'x.c'), 'a\n');
    symlinkSync('real', join(dir, 'alias'));
    const r = await applySeries(patch([changeLine('alias/x.c', 'a', 'b')]), openDirectoryTree(dir));
    expect(r.patches[0].outcome.files[0]).toMatchObject({ status: 'failed', reason: 'alias/x.c is beyond the symbolic link alias (git apply refuses to write there)' });
  });

  it('says what is there when --tree is not a directory', () => {
    expect(() => openDirectoryTree(join(scratch(), 'missing'))).toThrowError(/expected a source tree \(a directory\), found nothing there/);
  });
});

describe('a git repository at a commit', () => {
  it('reads files, modes and symlinks as the commit has them, not as the work tree does', async () => {
    const repo = scratch();
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'mm'));
    writeFileSync(join(repo, 'mm', 'a.c'), 'first\n');
    writeFileSync(join(repo, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    symlinkSync('mm/a.c', join(repo, 'link'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'one');
    const first = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'mm', 'a.c'), 'second\n');
    git(repo, 'commit', '-qam', 'two');
    writeFileSync(join(repo, 'mm', 'a.c'), 'uncommitted\n');
    const tree = openGitTree(repo, first);
    try {
      expect((await tree.read('mm/a.c'))?.toString()).toBe('first\n');
      expect(await tree.entry('mm')).toEqual({ kind: 'dir', mode: '040000' });
      expect(await tree.entry('run.sh')).toEqual({ kind: 'file', mode: '100755' });
      expect(await tree.entry('link')).toEqual({ kind: 'symlink', mode: '120000' });
      expect((await tree.read('link'))?.toString()).toBe('mm/a.c');
      expect(await tree.read('mm/missing.c')).toBeUndefined();
      const found = await tree.search(['first'], ['mm']);
      expect(found.hits).toEqual([{ path: 'mm/a.c', line: 1, text: 'first' }]);
    } finally {
      tree.close();
    }
  });
});
