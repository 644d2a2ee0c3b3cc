// Our patch-id against real `git patch-id --stable` on diffs git itself generated.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchIdStable } from './patch-id.js';

let repo: string;
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const write = (path: string, lines: string[]) => writeFileSync(join(repo, path), lines.length ? `${lines.join('\n')}\n` : '');
const gitPatchId = (diff: string) => {
  const r = spawnSync('git', ['patch-id', '--stable'], { cwd: repo, input: diff, encoding: 'utf8' });
  return r.stdout === '' ? null : r.stdout.split(' ')[0];
};
const numbered = (name: string, n: number) => Array.from({ length: n }, (_x, i) => `${name} line ${i + 1};`);
/** Functions separated by blank lines, one of them edited. */
const spaced = (edited: boolean) => ['int a;', '', 'int b;', '', edited ? 'long c;' : 'int c;', '', 'int d;'];

/** The diff of the working tree against HEAD after `edit`, then the edit is undone. */
function diffAfter(edit: () => void, extra: string[] = []): string {
  edit();
  git('add', '-A');
  const diff = git('diff', '--cached', '--full-index', ...extra);
  git('reset', '-q', '--hard');
  git('clean', '-qfd');
  return diff;
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mlreview-patch-id-'));
  git('init', '-q');
  write('alpha.c', numbered('alpha', 40));
  write('beta.c', numbered('beta', 30));
  write('gone.c', numbered('gone', 5));
  write('spaced.c', spaced(false));
  writeFileSync(join(repo, 'blob.bin'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
  git('add', '-A');
  git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
  return () => rmSync(repo, { recursive: true, force: true });
});

const edits: Record<string, () => void> = {
  'two files, several hunks': () => {
    const a = numbered('alpha', 40);
    a.splice(3, 1, 'alpha changed;');
    a.splice(30, 0, 'alpha added;', 'alpha added again;');
    write('alpha.c', a);
    write('beta.c', numbered('beta', 30).filter((_l, i) => i !== 12));
  },
  'a new file and a deleted file': () => {
    write('new.c', ['int fresh(void)', '{', '\treturn 1;', '}']);
    rmSync(join(repo, 'gone.c'));
  },
  'a rename with a change': () => {
    rmSync(join(repo, 'beta.c'));
    write('renamed.c', numbered('beta', 30).map((l, i) => (i === 28 ? 'beta edited;' : l)));
  },
  'a mode change with a change in another file': () => {
    chmodSync(join(repo, 'gone.c'), 0o755);
    write('alpha.c', numbered('alpha', 40).map((l, i) => (i === 20 ? '\tindented   differently ;' : l)));
  },
  'a binary file': () => writeFileSync(join(repo, 'blob.bin'), Buffer.from([0, 9, 9, 255, 0])),
  'no newline at the end of the file': () => writeFileSync(join(repo, 'gone.c'), numbered('gone', 5).join('\n')),
  'blank context lines': () => write('spaced.c', spaced(true)),
};

describe('patchIdStable', () => {
  it.each(Object.keys(edits))('agrees with git patch-id --stable on %s', (name) => {
    const diff = diffAfter(edits[name], name.startsWith('a rename') ? ['-M'] : []);
    expect(diff).toContain('diff --git');
    expect(patchIdStable(diff)).toBe(gitPatchId(diff));
  });

  it('does not depend on the order of the files, like git with --stable', () => {
    const diff = diffAfter(edits['two files, several hunks']);
    const [first, second] = diff.split(/(?=^diff --git )/m);
    const swapped = second + first;
    expect(patchIdStable(swapped)).toBe(patchIdStable(diff));
    expect(patchIdStable(swapped)).toBe(gitPatchId(swapped));
  });

  it('ignores white space and line numbers, so a re-indented, shifted hunk keeps its id', () => {
    const diff = diffAfter(edits['two files, several hunks']);
    const moved = diff.replace('@@ -1,7 +1,7 @@', '@@ -101,7 +101,7 @@').replace('+alpha changed;', '+alpha   changed ;');
    expect(moved).not.toBe(diff);
    expect(patchIdStable(moved)).toBe(patchIdStable(diff));
  });

  it("reads an empty line inside a hunk as the context line a mailer stripped, as git did before mailing", () => {
    const diff = diffAfter(edits['blank context lines']);
    expect(diff).toMatch(/^ $/m);
    expect(patchIdStable(diff.replace(/^ $/gm, ''))).toBe(gitPatchId(diff));
  });

  it('changes when the change does, and is null without a diff', () => {
    const one = diffAfter(edits['two files, several hunks']);
    expect(patchIdStable(one.replace('+alpha added again;', '+alpha added twice;'))).not.toBe(patchIdStable(one));
    expect(patchIdStable('just prose\n')).toBeNull();
    expect(gitPatchId('just prose\n')).toBeNull();
  });
});
