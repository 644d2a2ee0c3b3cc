// Reviews of series 1 from an archive (v1 and v2), the way a reviewer runs `mlreview review`: the points the
// human reviewers made that the knowledge base covers are in the review, on the right patch and file, and
// marked as raised by the person who made them, in the message they made them in (INDEX.md numbers).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../core/review-finding.js';
import { loadReviews } from '../../cli/commands/review-input.js';
import { openDb } from '../../ingest/archive/db.js';
import { ingest } from '../../ingest/ingest.js';
import { colors } from '../../review/render/colors.js';
import { drawReview } from '../../review/render/review-text.js';
import type { Review } from '../../review/review-series.js';
import { lkmlRoot, repoRoot } from './corpus-paths.js';
import { readIndexTables } from './index-tables.js';

const SLUG = 'lorenzo-mmap-prepare-expand-2025';
const series1 = readIndexTables().find((t) => t.slug === SLUG)!;
/** Message-id of a series-1 file by its INDEX number, e.g. 104 → v2 08/16. */
const msgid = (n: number) => series1.messages.find((m) => m.file.startsWith(`${String(n).padStart(3, '0')}-`))!.messageId;

let db: string;
const reviews = new Map<number, Review>();
const on = (version: number, posting: number, entry: string): ReviewFinding[] =>
  reviews.get(version)!.findings.filter((f) => f.patch === msgid(posting) && f.entry === entry);

beforeAll(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'mlreview-review-s1-')), 'archive.db');
  const archive = openDb(db);
  await ingest(archive, [join(lkmlRoot, `${SLUG}.mbox`)]);
  archive.close();
  for (const version of [1, 2]) reviews.set(version, (await loadReviews([msgid(1)], { db, revision: version })).reviews[0]);
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'review-series1.txt'), [1, 2].map((v) => drawReview(reviews.get(v)!, colors(false))).join('\n'));
}, 120_000);

describe('series 1 v2: Jason Gunthorpe on 08/16 and on the kcov conversion', () => {
  it('reviews the 16 patches of v2', () => {
    const r = reviews.get(2)!;
    expect([r.series.version, r.series.patches.length, r.series.cover?.messageId]).toEqual([2, 16, msgid(85)]);
  });

  it('one action per VMA on 08/16, in include/linux/mm_types.h, raised by Jason in 115', () => {
    const [f] = on(2, 104, 'one-action-per-vma').filter((x) => x.file === 'include/linux/mm_types.h');
    expect(f.hunk?.header).toMatch(/^@@ /);
    expect(f.raisedBy).toMatchObject({ by: { name: 'Jason Gunthorpe' }, messageId: msgid(115) });
  });

  it('the mixed-map helpers of 08/16 in include/linux/mm.h and mm/util.c, raised by Jason in 117', () => {
    const mixed = on(2, 104, 'mixedmap-needs-pfn-list');
    expect(mixed.map((f) => `${f.file}:${f.function ?? ''}`)).toEqual(expect.arrayContaining(['include/linux/mm.h:mmap_action_mixedmap', 'mm/util.c:mmap_action_mixedmap_pages']));
    for (const f of mixed) expect(f.raisedBy).toMatchObject({ by: { name: 'Jason Gunthorpe' }, messageId: msgid(117) });
  });

  it('kernel-doc for the new helpers of 08/16, raised by Jason in 111 where he quotes them', () => {
    const kdoc = on(2, 104, 'kdoc-for-new-helpers');
    expect(kdoc.map((f) => f.function)).toEqual(expect.arrayContaining(['mmap_action_remap', 'mmap_action_mixedmap']));
    expect(kdoc.find((f) => f.function === 'mmap_action_remap')?.raisedBy).toMatchObject({ messageId: msgid(111), how: 'anchor' });
  });

  it('vmalloc_user memory goes through remap_vmalloc_range() on the kcov patch (16/16), raised by Jason in 134 at the quoted line', () => {
    const [f] = on(2, 133, 'vmalloc-memory-remap-vmalloc-range');
    expect([f.file, f.function]).toEqual(['kernel/kcov.c', 'kcov_mmap_prepare']);
    expect(f.quote).toContain('vmalloc_to_page(kcov->area');
    expect(f.raisedBy).toMatchObject({ by: { name: 'Jason Gunthorpe' }, messageId: msgid(134), how: 'anchor' });
  });

  it('does not credit the author or anyone off the patch: vmcore (15/16) had no reviewer, so nothing there is raised', () => {
    const vmcore = reviews.get(2)!.findings.filter((f) => f.patch === msgid(131));
    expect(vmcore.length).toBeGreaterThan(3);
    expect(vmcore.filter((f) => f.raisedBy)).toEqual([]);
    expect(reviews.get(2)!.findings.filter((f) => f.raisedBy?.by.name === 'Lorenzo Stoakes')).toEqual([]);
  });

  it('finds no submission problem in a maintainer-grade v2 (changelog in the cover, sign-offs, numbering)', () => {
    expect(reviews.get(2)!.findings.filter((f) => f.source === 'check')).toEqual([]);
  });
});

describe('series 1 v1', () => {
  it('flags kcov 16/16 mapping vmalloc_user memory page by page in the completion hook, a revision before Jason asked for it', () => {
    const [f] = on(1, 82, 'vmalloc-memory-remap-vmalloc-range');
    expect([f.file, f.function, f.raisedBy]).toEqual(['kernel/kcov.c', 'kcov_mmap_complete', undefined]);
  });

  it('marks the cramfs mixed map (13/16) as raised by Jason in 078', () => {
    const [f] = on(1, 77, 'mixedmap-needs-pfn-list');
    expect(f.file).toBe('fs/cramfs/inode.c');
    expect(f.raisedBy).toMatchObject({ by: { name: 'Jason Gunthorpe' }, messageId: msgid(78) });
  });
});
