// The simulator against git itself, small: series generated (seeded) from the hand-written C files in
// test/apply-vs-git/__fixtures__, committed and exported with git format-patch, applied to the exact base
// and to drifted bases by us and by git apply / git am, and where git refuses a hunk, with fuzz, by us and
// by GNU patch. The corpus suite runs the same over real kernel files (test/corpus/apply-vs-git.test.ts).
// Replay one series: APPLY_VS_GIT_SEED=<seed> npx vitest run test/apply-vs-git.test.ts
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSeries, type Disagreement } from './apply-vs-git/compare.js';
import { ensureGnuPatch } from './apply-vs-git/gnu-patch.js';
import { makeSeries } from './apply-vs-git/make-series.js';
import { emptyTally } from './apply-vs-git/tally.js';

const fixtures = join(import.meta.dirname, 'apply-vs-git', '__fixtures__');
const sources = readdirSync(fixtures).sort().map((name) => ({ path: `drivers/example/${name}`, text: readFileSync(join(fixtures, name), 'utf8') }));
const FIRST_SEED = 7000;
const COUNT = 12;
const seeds = process.env.APPLY_VS_GIT_SEED ? [Number(process.env.APPLY_VS_GIT_SEED)] : Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i);
const root = mkdtempSync(join(tmpdir(), 'mlreview-apply-vs-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('simulated application agrees with git on generated series of small C files', () => {
  ensureGnuPatch();
  const tally = emptyTally();

  it.each(seeds)('seed %i: every patch, file and hunk as git apply, git am and GNU patch see it', async (seed) => {
    const generated = makeSeries(seed, sources, root);
    const disagreements: Disagreement[] = await compareSeries(generated, root, tally);
    expect(disagreements.map((d) => `seed ${d.seed} ${d.variant} [${d.drifts.join('; ')}] patch ${d.patch}: ${d.what}`)).toEqual([]);
  });

  it('compared hunks that moved and hunks that failed, not only clean ones', () => {
    if (seeds.length === 1) return;
    expect(tally.git.byResult.offset ?? 0).toBeGreaterThan(0);
    expect(tally.git.byResult.failed ?? 0).toBeGreaterThan(0);
    expect(tally.fuzz.hunks).toBeGreaterThan(0);
  });
});
