// Series 1 of the corpus (the 2025 mmap_prepare expansion) applied to Debian's linux-source-6.12, as a user
// would run it: v1 was written against a 6.17-era mm tree, so the simulator must say plainly that 6.12 is
// the wrong base and why — the APIs the series builds on are missing — and fold the failed hunks into counts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { lkmlRoot, repoRoot } from './corpus-paths.js';

const tree = process.env.MLREVIEW_KERNEL_TREE ?? join(repoRoot, '.cache', 'linux-source-6.12');
const present = existsSync(join(tree, 'Makefile'));
if (!present) console.warn(`series 1 against 6.12 skipped: no kernel tree at ${tree} (run: bash test/setup/kernel-tree.sh)`);
const mbox = join(lkmlRoot, 'lorenzo-mmap-prepare-expand-2025.mbox');

describe.skipIf(!present)('series 1 against linux 6.12', () => {
  it('v1: says it is the wrong base, naming the missing APIs and their releases, and folds the failed hunks', () => {
    const r = runCli(['apply', mbox, '--revision', '1', '--tree', tree]);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/^This series does not apply to linux 6\.12: it builds on struct vm_area_desc \(6\.16\), f_op->mmap_prepare \(6\.16\), .*which this tree does not have$/);
    expect(lines[3]).toMatch(/^\d+ of 101 hunks failed; per patch below/);
    expect(r.stdout).not.toMatch(/FAILED at/);
    expect(lines.filter((l) => /^ ?\d+\/16 [✓✗]/.test(l))).toHaveLength(16);
  });

  it('v1 as JSON: the verdict with its APIs, every hunk still listed', () => {
    const r = runCli(['apply', mbox, '--revision', '1', '--tree', tree, '-o', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe('6.12.117');
    expect(out.base).toMatchObject({ how: 'directory', commit: null });
    expect(out.wrongBase.missingApis.slice(0, 2)).toEqual([{ name: 'struct vm_area_desc', since: '6.16' }, { name: 'f_op->mmap_prepare', since: '6.16' }]);
    expect(out.patches.flatMap((p: { hunks: unknown[] }) => p.hunks)).toHaveLength(101);
    expect(out.wrongBase.failedHunks).toBe(out.patches.flatMap((p: { hunks: Array<{ result: string }> }) => p.hunks).filter((h) => h.result === 'failed').length);
  });

  it('v5: the revision that went in is just as far from 6.12', () => {
    const r = runCli(['apply', mbox, '--revision', '5', '--tree', tree, '--no-checks', '-o', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).wrongBase.verdict).toMatch(/^this series does not apply to linux 6\.12: it builds on /);
  });
});
