// mlreview apply end to end, as a user runs it: the example series and its tree, the widget fixture series
// (one bisectability or availability problem per patch), exit codes, the JSON shape, git repositories with
// each way of finding the base, --fuzz, --out, and a tree that is never written.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, runCli, scratchDir } from './run-cli.js';

const exampleMbox = join(examplesDir, 'ringbuf-v1-v2.mbox');
const exampleTree = join(examplesDir, 'tree');
const fixtures = join(repoRoot, 'review', 'apply', '__fixtures__');
const widgetMbox = join(fixtures, 'widget-series.mbox');
const widgetTree = join(fixtures, 'widget-tree');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' }).trim();

/** Every file under dir with its bytes' hash: what "never written" is checked against. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = createHash('sha1').update(readFileSync(join(dir, rel))).digest('hex');
  }
  return out;
}

function repoFrom(tree: string): string {
  const repo = join(scratchDir(), 'repo');
  cpSync(tree, repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  return repo;
}

describe('mlreview apply on the example series', () => {
  it('v1: patch 2 uses a helper only patch 3 adds, patch 3 uses APIs linux 6.12 lacks; every patch applies', () => {
    const r = runCli(['apply', exampleMbox, '--revision', '1', '--tree', exampleTree]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2/3 ✓ misc/ringbuf: count mappings and report them by ioctl');
    expect(r.stdout).toMatch(/bisect drivers\/misc\/ringbuf\.c:65 {2}ringbuf_nr_pages\(\) is used here but defined only by a later patch, 3\/3/);
    expect(r.stdout).toMatch(/helper drivers\/misc\/ringbuf\.c:67 {2}vma_desc_pages\(\) is not in linux 6\.12: it was added in 6\.19/);
    expect(r.stdout).toMatch(/^3 of 3 patches apply; 11 findings \(1 bisect, 5 helper, 5 kb\)$/m);
  });

  it('v2 (the default, latest revision) fixed the bisection problem but still needs mmap_prepare', () => {
    const out = JSON.parse(runCli(['apply', exampleMbox, '--tree', exampleTree, '-o', 'json']).stdout);
    const ids = out.patches.map((p: { findings: Array<{ id: string }> }) => p.findings.map((f) => f.id));
    expect(ids[1]).toEqual([]);
    expect(ids[2]).toContain('helper-not-in-tree');
  });

  it('leaves the tree exactly as it was', () => {
    const before = snapshot(exampleTree);
    runCli(['apply', exampleMbox, '--tree', exampleTree]);
    expect(snapshot(exampleTree)).toEqual(before);
  });
});

describe('mlreview apply on the widget series', () => {
  it('reports each check with its file and line, in JSON schema 1', () => {
    const r = runCli(['apply', widgetMbox, '--tree', widgetTree, '-o', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ schema: 1, base: { how: 'directory', commit: null }, version: '6.12.0', wrongBase: null });
    expect(out.patches.map((p: { applied: boolean }) => p.applied)).toEqual([true, true, true]);
    expect(out.patches[0].hunks).toEqual([
      { file: 'drivers/demo/widget.c', number: 1, result: 'clean', line: 6, offset: 0, fuzz: 0 },
      { file: 'drivers/demo/widget.h', number: 1, result: 'clean', line: 7, offset: 0, fuzz: 0 },
    ]);
    const brief = (i: number) => out.patches[i].findings.map((f: { id: string; kind: string; file: string; line: number }) => `${f.kind} ${f.id} ${f.file}:${f.line}`);
    expect(brief(0)).toEqual(['bisect removed-symbol-still-used drivers/demo/user.c:9']);
    expect(brief(1)).toEqual(['bisect used-before-defined drivers/demo/widget.c:15', 'bisect missing-header drivers/demo/widget.c:4']);
    expect(brief(2)).toEqual(['helper helper-not-in-tree drivers/demo/widget.c:15', 'helper helper-not-in-tree drivers/demo/widget.c:17']);
    expect(out.patches[2].findings[1].message).toBe('vma_desc_size() is not in linux 6.12: it was added in 6.19, and include/linux/mm.h does not define it');
    expect(out.diffstat).toEqual([{ path: 'drivers/demo/widget.c', added: 11, removed: 2, note: null }, { path: 'drivers/demo/widget.h', added: 0, removed: 1, note: null }]);
  });

  it('with --no-checks only simulates the application', () => {
    const out = JSON.parse(runCli(['apply', widgetMbox, '--tree', widgetTree, '--no-checks', '-o', 'json']).stdout);
    expect(out.patches.flatMap((p: { findings: unknown[] }) => p.findings)).toEqual([]);
  });
});

describe('when a patch does not apply', () => {
  function driftedTree(): string {
    const tree = join(scratchDir(), 'tree');
    cpSync(widgetTree, tree, { recursive: true });
    const file = join(tree, 'drivers/demo/widget.c');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\tw->state = WIDGET_RUNNING;\n', '\tw->state = WIDGET_RUNNING; /* go */\n'));
    return tree;
  }

  it('exits 1 and shows the failed hunk with the place it almost matched and the line that differs', () => {
    const r = runCli(['apply', widgetMbox, '--tree', driftedTree(), '--no-checks']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2/3 ✗ demo/widget: say how many widgets run');
    expect(r.stdout).toMatch(/drivers\/demo\/widget\.c {2}2 hunks, 1 clean, #2 FAILED at 12/);
    expect(r.stdout).toContain('#2: at line 12 1 of 5 lines differ (context) (nearest: line 12, 4 of 5 lines equal)');
    expect(r.stdout).toContain('hunk line 3: - \tw->state = WIDGET_RUNNING;\n');
    expect(r.stdout).toContain('+ \tw->state = WIDGET_RUNNING; /* go */\n');
  });

  // GNU patch on the same tree: "Hunk #2 FAILED at 12." with -F2, "Hunk #2 succeeded at 12 with fuzz 3." with -F3.
  it('applies it with GNU patch rules once --fuzz covers the changed context line next to the change', () => {
    const tree = driftedTree();
    const fuzz2 = JSON.parse(runCli(['apply', widgetMbox, '--tree', tree, '--fuzz', '2', '--no-checks', '-o', 'json']).stdout);
    expect(fuzz2.rules).toEqual({ kind: 'fuzz', maxFuzz: 2 });
    expect(fuzz2.patches[1].hunks[1]).toMatchObject({ result: 'failed', line: 12 });
    const fuzz3 = runCli(['apply', widgetMbox, '--tree', tree, '--fuzz', '3', '--no-checks', '-o', 'json']);
    expect(fuzz3.status).toBe(0);
    expect(JSON.parse(fuzz3.stdout).patches[1].hunks[1]).toMatchObject({ result: 'fuzz', line: 12, fuzz: 3, offset: 0 });
  });
});

describe('mlreview apply on a git repository', () => {
  it('finds the base by the blob ids of the index lines when HEAD has moved on, and says so', () => {
    const repo = repoFrom(widgetTree);
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'drivers/demo/widget.c'), '// rewritten\n');
    git(repo, 'commit', '-qam', 'rewrite');
    const out = JSON.parse(runCli(['apply', widgetMbox, '--tree', repo, '--no-checks', '-o', 'json']).stdout);
    expect(out.base).toMatchObject({ how: 'blob-ids', commit: base, note: 'the blob ids on the index lines of 2 of 2 files match this commit' });
    expect(out.patches.every((p: { applied: boolean }) => p.applied)).toBe(true);
  });

  it('takes the base-commit line when the repository has that commit, and HEAD when nothing else is known', () => {
    const repo = repoFrom(widgetTree);
    const base = git(repo, 'rev-parse', 'HEAD');
    const named = join(scratchDir(), 'named.mbox');
    writeFileSync(named, readFileSync(widgetMbox, 'utf8').replace('-- \n2.39.5', `base-commit: ${base}\n-- \n2.39.5`));
    expect(JSON.parse(runCli(['apply', named, '--tree', repo, '--no-checks', '-o', 'json']).stdout).base).toMatchObject({ how: 'base-commit', commit: base });
    const unknown = join(scratchDir(), 'unknown.mbox');
    writeFileSync(unknown, readFileSync(widgetMbox, 'utf8').replace(/^index [0-9a-f]+\.\.[0-9a-f]+ 100644$/gm, 'index 1111111..2222222 100644').replace('-- \n2.39.5', `base-commit: ${'f'.repeat(40)}\n-- \n2.39.5`));
    const out = JSON.parse(runCli(['apply', unknown, '--tree', repo, '--no-checks', '-o', 'json']).stdout);
    expect(out.base).toMatchObject({ how: 'head', commit: base, missingBaseCommit: 'f'.repeat(40) });
  });

  it('reads the commit with git, not the work tree, and writes the result only to --out', () => {
    const repo = repoFrom(widgetTree);
    writeFileSync(join(repo, 'drivers/demo/widget.c'), 'uncommitted noise\n');
    const before = snapshot(repo);
    const out = join(scratchDir(), 'result');
    const r = runCli(['apply', widgetMbox, '--tree', repo, '--base', 'HEAD', '--no-checks', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote the resulting tree to .*result \(2 files written, 0 removed\)/);
    expect(snapshot(repo)).toEqual(before);
    expect(readFileSync(join(out, 'drivers/demo/widget.c'), 'utf8')).toContain('static int widget_count_running(void)');
    expect(readFileSync(join(out, 'drivers/demo/user.c'), 'utf8')).toContain('widget_reset(&the_widget);');
  });
});

describe('input errors exit 2 and name what was wrong', () => {
  it('a tree that is not there', () => {
    const r = runCli(['apply', widgetMbox, '--tree', join(scratchDir(), 'nowhere')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--tree .*nowhere: expected a source tree or a git repository, found nothing there/);
  });

  it('a series id the archive does not know', () => {
    const db = join(scratchDir(), 'a.db');
    runCli(['ingest', '--db', db, exampleMbox]);
    const r = runCli(['apply', 'no-such-series@example.org', '--db', db, '--tree', exampleTree]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mlreview: no-such-series@example.org: no series with that id, and no message of a series with that message-id\n');
  });

  it('a patch whose path climbs out of the tree, naming the patch and the path', () => {
    const evil = join(scratchDir(), 'evil.patch');
    writeFileSync(evil, 'diff --git a/../etc/passwd b/../etc/passwd\n--- a/../etc/passwd\n+++ b/../etc/passwd\n@@ -1 +1 @@\n-root\n+toor\n');
    const r = runCli(['apply', evil, '--tree', widgetTree]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mlreview: patch 1/1 "evil.patch": refusing path "../etc/passwd": ".." climbs out of the tree\n');
  });

  it('--out inside the tree', () => {
    const tree = join(scratchDir(), 'tree');
    cpSync(widgetTree, tree, { recursive: true });
    const r = runCli(['apply', widgetMbox, '--tree', tree, '--no-checks', '--out', join(tree, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out .*tree\/out: lies inside the tree .*, which is never written/);
  });
});

describe('what is not simulated', () => {
  it('a binary patch is reported, not applied and not a failure', () => {
    const bin = join(scratchDir(), 'binary.patch');
    writeFileSync(bin, 'diff --git a/logo.png b/logo.png\nnew file mode 100644\nindex 0000000..1111111\nBinary files /dev/null and b/logo.png differ\n');
    const out = JSON.parse(runCli(['apply', bin, '--tree', widgetTree, '-o', 'json']).stdout);
    expect(out.patches[0]).toMatchObject({ applied: true, files: [{ path: 'logo.png', operation: 'create', status: 'not-simulated', reason: 'binary patch: not simulated' }] });
    expect(out.diffstat).toEqual([{ path: 'logo.png', added: 0, removed: 0, note: 'binary, not simulated' }]);
  });
});
