// Revision tracking on series 1 (v1→v5) and series 4 (v1→v3) of the corpus, against our reading of the
// INDEX: the pairing of every consecutive pair (new and dropped patches included), the INDEX's change items
// and the review-driven changes. The score goes to test-results/revisions.{json,md} and is printed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { loadSeriesRevisions } from '../../ingest/archive/revision-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { colors } from '../../review/render/colors.js';
import { revisionsJson } from '../../review/render/revisions-json.js';
import { revisionsMarkdown } from '../../review/render/revisions-md.js';
import { drawRevisions } from '../../review/render/revisions-text.js';
import { assembleRevisions, type RevisionsReport } from '../../review/revisions/assemble-revisions.js';
import { seriesRevisions } from '../../review/revisions/series-revisions.js';
import { lkmlRoot, repoRoot } from './corpus-paths.js';
import { scoreSeries, type SeriesScore } from './revisions-eval.js';
import { SERIES_1, SERIES_4, type SeriesExpectations } from './revisions-expected.js';

const EXPECTED = [SERIES_1, SERIES_4];
const reports = new Map<string, RevisionsReport>();
const scores = new Map<string, SeriesScore>();

function seriesIdOf(db: Db, slug: string): string {
  return (db.prepare('SELECT DISTINCT r.series_id AS id FROM revisions r JOIN messages m ON m.message_id = r.anchor_message_id WHERE m.source LIKE ?').get(`%${slug}.mbox`) as { id: string }).id;
}

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(0)}%)`;

function writeReport(): string {
  const rows = [...scores.values()].map((s) => {
    const pairs = s.pairing.reduce((n, p) => n + p.agreed, 0);
    const total = s.pairing.reduce((n, p) => n + p.expected.length, 0);
    return `| ${s.slug} | ${pct(pairs, total)} | ${pct(s.changes.filter((c) => c.ok).length, s.changes.length)} | ${pct(s.reviewDriven.filter((c) => c.ok).length, s.reviewDriven.length)} |`;
  });
  const table = ['| series | pairings as the INDEX maps them | INDEX change items found | review-driven changes judged right |', '|---|---|---|---|', ...rows].join('\n');
  const misses = [...scores.values()].flatMap((s) => [...s.changes, ...s.reviewDriven].filter((o) => !o.ok).map((o) => `- ${s.slug} ${o.item.step}: ${o.item.what} — got ${o.got}`));
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'revisions.md'), `# Revision tracking against our reading of the INDEX\n\n${table}\n\nMissed:\n\n${misses.join('\n') || '(none)'}\n`);
  writeFileSync(join(dir, 'revisions.json'), `${JSON.stringify([...scores.values()], null, 2)}\n`);
  return `${table}\n${misses.length ? `missed:\n${misses.join('\n')}` : ''}`;
}

beforeAll(async () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-revisions-corpus-')), 'archive.db'));
  await ingest(db, EXPECTED.map((e) => join(lkmlRoot, `${e.slug}.mbox`)));
  for (const want of EXPECTED) {
    const report = assembleRevisions(seriesRevisions(loadSeriesRevisions(db, seriesIdOf(db, want.slug))!));
    reports.set(want.slug, report);
    scores.set(want.slug, scoreSeries(report, want));
  }
  db.close();
  console.log(`Revision tracking against our reading of the INDEX (details in test-results/revisions.json):\n${writeReport()}`);
});

/** Floors under the measured scores: a regression fails, an improvement needs the floor raised by hand. */
const FLOORS: Record<string, { changes: number; reviewDriven: number }> = {
  [SERIES_1.slug]: { changes: 0.95, reviewDriven: 0.88 },
  [SERIES_4.slug]: { changes: 0.85, reviewDriven: 0.75 },
};

describe.each(EXPECTED.map((e) => [e.slug, e] as const))('%s', (slug, want: SeriesExpectations) => {
  it.each(Object.keys(want.pairing))('pairs the patches of %s as the INDEX maps them, new and dropped ones included', (step) => {
    const p = scores.get(slug)!.pairing.find((x) => x.step === step)!;
    expect([...p.got].sort()).toEqual([...p.expected].sort());
  });

  it('finds the INDEX change items and judges the review-driven changes at least as well as before', () => {
    const s = scores.get(slug)!;
    const rate = (list: Array<{ ok: boolean }>) => list.filter((o) => o.ok).length / list.length;
    expect({ changes: rate(s.changes) >= FLOORS[slug].changes, reviewDriven: rate(s.reviewDriven) >= FLOORS[slug].reviewDriven }).toEqual({ changes: true, reviewDriven: true });
  });

  it('renders every step in text, Markdown and JSON', () => {
    const r = reports.get(slug)!;
    expect(drawRevisions(r, colors(false), { width: 110, interdiffs: true })).toContain(r.series.title);
    expect(revisionsMarkdown(r, false)).toContain('## v1 → v2');
    const json = JSON.parse(JSON.stringify(revisionsJson(r, false)));
    expect(json.comparisons).toHaveLength(r.timeline.length - 1);
  });
});

describe('series 1, v1 → v5 in one step', () => {
  it('compares the first and last revision directly, with the changelogs of v2 to v5', () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-revisions-corpus-')), 'archive.db'));
    return ingest(db, [join(lkmlRoot, `${SERIES_1.slug}.mbox`)]).then(() => {
      const s = seriesRevisions(loadSeriesRevisions(db, seriesIdOf(db, SERIES_1.slug))!);
      const step = assembleRevisions(s, { from: 0, to: 4 }).steps[0];
      db.close();
      expect(step.comparison.pairs.filter((p) => p.status === 'unchanged').map((p) => `${p.from!.index}:${p.to!.index}`)).toEqual(['1:1', '2:2']);
      expect(new Set(step.changelog.map((k) => k.entry.describes.version))).toEqual(new Set([2, 3, 4, 5]));
    });
  });
});
