// The simulator against git itself, on real kernel code: hundreds of series generated (seeded) from files of
// Debian's linux-source-6.12 (extracted by test/setup/kernel-tree.sh), committed and exported with git
// format-patch, applied to the exact base and to drifted bases by us and by git apply / git am, and where
// git refuses a hunk, with fuzz 2, by us and by GNU patch. Agreement figures go to
// test-results/apply-vs-git.md. Replay one series: APPLY_VS_GIT_SEED=<seed> npm run test:corpus -- apply-vs-git
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSeries } from '../apply-vs-git/compare.js';
import { ensureGnuPatch } from '../apply-vs-git/gnu-patch.js';
import { makeSeries, type SourceFile } from '../apply-vs-git/make-series.js';
import { emptyTally, tallyReport } from '../apply-vs-git/tally.js';
import { repoRoot } from './corpus-paths.js';

const tree = process.env.MLREVIEW_KERNEL_TREE ?? join(repoRoot, '.cache', 'linux-source-6.12');
const present = existsSync(join(tree, 'Makefile'));
if (!present) console.warn(`apply-vs-git on kernel code skipped: no kernel tree at ${tree} (run: bash test/setup/kernel-tree.sh)`);

const FIRST_SEED = 1;
const COUNT = Number(process.env.APPLY_VS_GIT_COUNT ?? 200);
const seeds = process.env.APPLY_VS_GIT_SEED ? [Number(process.env.APPLY_VS_GIT_SEED)] : Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i);
// Folders of ordinary C: core mm and kernel code, library code, a few drivers and filesystems, headers.
const FOLDERS = ['mm', 'kernel/sched', 'kernel/time', 'lib', 'drivers/misc', 'drivers/char', 'fs/proc', 'fs/ext2', 'net/core', 'include/linux/sched'];

/**
 * Files a mail can carry unchanged (valid UTF-8, no carriage returns) of 80 to 3000 lines, sorted so that a
 * seed picks the same files on every machine with the same tree.
 */
function kernelSources(): SourceFile[] {
  const out: SourceFile[] = [];
  for (const folder of FOLDERS) {
    const dir = join(tree, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.[ch]$/.test(name)) continue;
      const bytes = readFileSync(join(dir, name));
      const text = bytes.toString('utf8');
      const lines = text.split('\n').length;
      if (lines < 80 || lines > 3000 || text.includes('\r') || !Buffer.from(text, 'utf8').equals(bytes)) continue;
      out.push({ path: `${folder}/${name}`, text });
    }
  }
  return out;
}

describe.skipIf(!present)('simulated application agrees with git on series generated from linux 6.12 files', () => {
  ensureGnuPatch();
  const sources = kernelSources();
  const root = mkdtempSync(join(tmpdir(), 'mlreview-apply-vs-git-kernel-'));
  const tally = emptyTally();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has real files to build series from', () => {
    expect(sources.length).toBeGreaterThan(200);
  });

  it.each(seeds)('seed %i: every patch, file and hunk as git apply, git am and GNU patch see it', async (seed) => {
    const generated = makeSeries(seed, sources, root);
    const disagreements = await compareSeries(generated, root, tally);
    rmSync(generated.repo, { recursive: true, force: true });
    expect(disagreements.map((d) => `seed ${d.seed} ${d.variant} [${d.drifts.join('; ')}] patch ${d.patch}: ${d.what}`)).toEqual([]);
  });

  it('compared many moved, failed and fuzzed hunks, and wrote the agreement figures', () => {
    const report = tallyReport('Simulated application against git and GNU patch on linux 6.12 files', tally,
      `${seeds[0]}–${seeds[seeds.length - 1]} (${seeds.length} series from ${sources.length} files under ${FOLDERS.join(', ')})`);
    mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
    writeFileSync(join(repoRoot, 'test-results', 'apply-vs-git.md'), report);
    if (seeds.length === 1) return;
    expect(tally.git.byResult.offset ?? 0).toBeGreaterThan(50);
    expect(tally.git.byResult.failed ?? 0).toBeGreaterThan(50);
    expect(tally.fuzz.byResult.fuzz ?? 0).toBeGreaterThan(10);
  });
});
