// `check` over every corpus posting, as a submitter would run it on their own patches: each series' mbox
// whole (every revision), and each of the 238 posting files on its own. Nothing crashes, and what is
// reported is what checkpatch reports too — the false positives found on this corpus are pinned as gone:
// one patch of a series checked alone asked for the cover letter, the other patches and the changelog; a
// cover letter checked alone called its series incomplete.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../core/review-finding.js';
import { loadReviews } from '../../cli/commands/review-input.js';
import { lkmlRoot } from './corpus-paths.js';

const mboxes = readdirSync(lkmlRoot).filter((f) => f.endsWith('.mbox')).sort();
const postingFiles = readdirSync(join(lkmlRoot, 'raw'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(lkmlRoot, 'raw', d.name)).filter((f) => /-(patch|cover)\.eml$/.test(f)).map((f) => join(lkmlRoot, 'raw', d.name, f)))
  .sort();

const checkOnly = (fs: ReviewFinding[]) => fs.filter((f) => f.source === 'check');
const key = (f: ReviewFinding) => `${f.entry} ${f.patch} ${f.file ?? f.part}:${f.line ?? ''}`;
let whole: ReviewFinding[] = [];

beforeAll(async () => {
  for (const m of mboxes) whole.push(...(await loadReviews([join(lkmlRoot, m)], { db: ':memory:', every: true })).reviews.flatMap((r) => r.findings));
  whole = checkOnly(whole);
}, 300_000);

describe('check over the corpus', () => {
  it('checks every revision of the five series and reports only what checkpatch reports as well', () => {
    const byEntry: Record<string, number> = {};
    for (const f of whole) byEntry[f.entry] = (byEntry[f.entry] ?? 0) + 1;
    // Series 2's kernel-doc examples indent with " * <tab>" (checkpatch SPACE_BEFORE_TAB), and series 5
    // edits a 107-column #define in arch/mips (checkpatch LONG_LINE): both checked against checkpatch.pl.
    expect(byEntry).toEqual({ 'space-before-tab': 12, 'line-too-long': 4 });
    expect(whole.filter((f) => f.entry === 'line-too-long').every((f) => f.quote?.startsWith('#define _HPAGE_CHG_MASK'))).toBe(true);
  });

  it(`checks each of the ${postingFiles.length} posting files on its own without a crash or a series-level complaint`, async () => {
    expect(postingFiles).toHaveLength(238);
    const alone: ReviewFinding[] = [];
    for (const file of postingFiles) alone.push(...checkOnly((await loadReviews([file], { db: ':memory:', every: true })).reviews.flatMap((r) => r.findings)));
    expect(alone.filter((f) => ['cover-letter-missing', 'series-incomplete', 'changelog-missing'].includes(f.entry)).map(key)).toEqual([]);
    const inWhole = new Set(whole.map(key));
    expect(alone.map(key).filter((k) => !inWhole.has(k))).toEqual([]);
  }, 600_000);
});
