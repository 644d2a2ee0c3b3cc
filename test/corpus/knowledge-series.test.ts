// The knowledge base over every posting of the five real mm series (through the archive, as review will
// run it): nothing crashes, and series 1 draws the findings its review thread made by hand — Jason
// Gunthorpe's points on v2 08/16 (one action per VMA; a mixed map is a PFN list), on the kcov conversions
// (vmalloc_user memory belongs to remap_vmalloc_range()) and on vmcore (a true mixed map) — while the
// revision that answered them (v5) draws none of those.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { getPatch } from '../../ingest/archive/message-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { matchPatch } from '../../knowledge/match-patch.js';
import { parseKernelVersion } from '../../knowledge/kernel-version.js';
import { lkmlRoot, repoRoot } from './corpus-paths.js';
import { readIndexTables } from './index-tables.js';

const SERIES_1 = 'lorenzo-mmap-prepare-expand-2025';
const REVIEW_POINTS = ['one-action-per-vma', 'mixedmap-needs-pfn-list', 'vmalloc-memory-remap-vmalloc-range', 'pfnmap-with-mixedmap'];

let db: Db;
let postings: Array<{ message_id: string; subject: string }>;
const findings = new Map<string, Finding[]>();
const series1 = readIndexTables().find((t) => t.slug === SERIES_1)!;
/** Message-id of a series-1 file by its INDEX number, e.g. 104 → v2 08/16. */
const msgid = (n: number) => series1.messages.find((m) => m.file.startsWith(`${String(n).padStart(3, '0')}-`))!.messageId;
const entriesAt = (n: number) => new Set((findings.get(msgid(n)) ?? []).map((f) => f.entry));
const at = (n: number, entry: string) => (findings.get(msgid(n)) ?? []).filter((f) => f.entry === entry);

beforeAll(async () => {
  const slugs = readdirSync(lkmlRoot).filter((f) => f.endsWith('.mbox'));
  db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-kb-corpus-')), 'archive.db'));
  await ingest(db, slugs.map((s) => join(lkmlRoot, s)));
  postings = db.prepare(`SELECT m.message_id, m.subject FROM messages m JOIN patches p ON p.message_id = m.message_id
    WHERE m.kind IN ('cover', 'patch') ORDER BY m.date, m.id`).all() as typeof postings;
  for (const p of postings) findings.set(p.message_id, await matchPatch(parseDiff(getPatch(db, p.message_id)!.diff), { patch: p.message_id }));
  writeReport();
});

function writeReport(): void {
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  const lines = postings.flatMap((p) => {
    const fs = findings.get(p.message_id)!;
    return fs.length ? [`== ${p.subject} <${p.message_id}>`, ...fs.map((f) => `   ${f.entry}  ${f.file}:${f.line}  [${f.function ?? ''}]  ${f.matched.slice(0, 100)}`)] : [];
  });
  writeFileSync(join(dir, 'knowledge-corpus-hits.txt'), `${lines.join('\n')}\n`);
}

describe('knowledge base over the lkml-mm corpus', () => {
  it('runs every entry over all 238 postings', () => {
    expect(postings).toHaveLength(238);
    expect(findings.size).toBe(238);
  });

  it('runs with a 6.12 target too, and then says what 6.12 lacks (v5 14/15 uses the 6.19 actions)', async () => {
    const target = parseKernelVersion('6.12');
    const onTarget = new Map<string, Finding[]>();
    for (const p of postings) onTarget.set(p.message_id, await matchPatch(parseDiff(getPatch(db, p.message_id)!.diff), { targetVersion: target }));
    const missing = (onTarget.get(msgid(240)) ?? []).filter((f) => f.entry === 'helper-newer-than-target').map((f) => f.matched);
    expect(missing).toEqual(expect.arrayContaining(['mmap_action_remap_full', 'vm_area_desc']));
  });
});

describe('series 1: the v2 08/16 mmap_action review', () => {
  it('flags the linear-PFN and page-array mixed-map helpers (104 → Jason in 115, 117)', () => {
    const mixed = at(104, 'mixedmap-needs-pfn-list');
    expect(mixed.map((f) => `${f.file}:${f.function ?? ''}`)).toEqual(expect.arrayContaining(['include/linux/mm.h:mmap_action_mixedmap', 'mm/util.c:mmap_action_mixedmap_pages']));
  });

  it('flags the custom action type as more than one action per VMA (104 → 115)', () => {
    expect(at(104, 'one-action-per-vma').map((f) => f.file)).toContain('include/linux/mm_types.h');
  });

  it('asks for kernel-doc on the driver-facing helpers (104 → 111)', () => {
    expect(at(104, 'kdoc-for-new-helpers').map((f) => f.function)).toEqual(expect.arrayContaining(['mmap_action_remap', 'mmap_action_mixedmap']));
  });

  it('suggests the whole-VMA helper where mem char and resctrl remap the whole descriptor (123, 126 → 111; v3 used mmap_action_remap_full)', () => {
    expect(at(123, 'prefer-full-action')).toHaveLength(1);
    expect(at(126, 'prefer-full-action')).toHaveLength(1);
  });
});

describe('series 1: kcov and vmcore conversions (v1 and v2)', () => {
  it('kcov v1 (082): vmalloc_user memory mapped page by page in the new completion hook, and not a mixed map', () => {
    expect(at(82, 'vmalloc-memory-remap-vmalloc-range').map((f) => f.function)).toEqual(['kcov_mmap_complete']);
    expect(entriesAt(82)).toContain('mixedmap-needs-pfn-list');
  });

  it('kcov v2 (133): the same memory through a mixed-map action (→ 134, 136)', () => {
    expect(at(133, 'vmalloc-memory-remap-vmalloc-range').map((f) => f.function)).toEqual(['kcov_mmap_prepare']);
    expect(at(133, 'mixedmap-needs-pfn-list').map((f) => f.matched)).toEqual(['mmap_action_mixedmap_pages(&desc->action, desc->start, nr_pages)']);
  });

  it('vmcore v1 (081): a true mixed map set up as PFNMAP and MIXEDMAP with an eager completion hook', () => {
    expect([...entriesAt(81)]).toEqual(expect.arrayContaining(['mixedmap-needs-pfn-list', 'pfnmap-with-mixedmap']));
  });

  it('vmcore v2 (131): a custom action running further actions — one action per VMA (→ 115)', () => {
    expect([...entriesAt(131)]).toEqual(expect.arrayContaining(['one-action-per-vma', 'mixedmap-needs-pfn-list', 'pfnmap-with-mixedmap', 'partial-vma-population']));
    expect(at(131, 'one-action-per-vma').map((f) => f.function)).toEqual(expect.arrayContaining(['mmap_prepare_vmcore', 'mmap_prepare_action_vmcore']));
  });

  it('v5, which answered the review, draws none of those review points', () => {
    const v5 = series1.messages.filter((m) => /^\d+-v5-\d+of15-patch/.test(m.file)).map((m) => m.messageId);
    expect(v5).toHaveLength(15);
    const raised = v5.flatMap((id) => (findings.get(id) ?? []).filter((f) => REVIEW_POINTS.includes(f.entry)));
    expect(raised).toEqual([]);
  });
});
