// Thread summaries on the real mm series: points scored against our labels for series 1 and 4 (precision,
// recall, classification and outcome accuracy, written to test-results/), the review exchanges the
// corpus INDEX calls out checked for people, anchor and outcome, and the other series summarised whole.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { loadSeriesForSummary } from '../../ingest/archive/review-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { summaryJson } from '../../review/render/summary-json.js';
import { summaryMarkdown } from '../../review/render/summary-md.js';
import { drawSummary } from '../../review/render/summary-text.js';
import { colors } from '../../review/render/colors.js';
import { assembleSummary } from '../../review/summary/assemble-summary.js';
import type { Summary } from '../../review/summary/summary.js';
import { lkmlRoot } from './corpus-paths.js';
import { evaluate, type Evaluation } from './summary-eval.js';
import { writeSummaryReport } from './summary-report.js';
import * as series1 from './summary-labels/lorenzo-mmap-prepare-expand-2025.js';
import * as series4 from './summary-labels/david-vmf-insert-folio-fixes-2025.js';

const SLUGS = readdirSync(lkmlRoot).filter((f) => f.endsWith('.mbox')).map((f) => f.replace(/\.mbox$/, '')).sort();
const LABELLED = [series1, series4];

let db: Db;
const summaries = new Map<string, Summary>();
const replies = new Map<string, Set<string>>();
const evaluations = new Map<string, Evaluation>();

function seriesIdOf(slug: string): string {
  const row = db.prepare(`SELECT DISTINCT r.series_id AS id FROM revisions r JOIN messages m ON m.message_id = r.anchor_message_id WHERE m.source LIKE ?`).get(`%${slug}.mbox`) as { id: string };
  return row.id;
}

beforeAll(async () => {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-summary-corpus-')), 'archive.db'));
  await ingest(db, SLUGS.map((s) => join(lkmlRoot, `${s}.mbox`)));
  for (const slug of SLUGS) {
    summaries.set(slug, assembleSummary(loadSeriesForSummary(db, seriesIdOf(slug))!));
    const ids = db.prepare("SELECT message_id AS id FROM messages WHERE kind = 'reply' AND source LIKE ?").all(`%${slug}.mbox`) as Array<{ id: string }>;
    replies.set(slug, new Set(ids.map((r) => r.id)));
  }
  for (const { slug, labels } of LABELLED) evaluations.set(slug, evaluate(summaries.get(slug)!.points, labels, replies.get(slug)!));
  const table = writeSummaryReport(LABELLED.map(({ slug }) => ({ slug, evaluation: evaluations.get(slug)! })));
  console.log(`Summary points against our labels (details in test-results/summary-labels.json):\n${table}`);
});

describe.each(LABELLED.map((l) => [l.slug, l] as const))('%s: our labels', (slug, { labels }) => {
  it('label every reply of the series once, and only replies of it', () => {
    const ids = labels.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...replies.get(slug)!].sort());
  });

  it('name deciding messages that are in the series', () => {
    const all = db.prepare('SELECT message_id AS id FROM messages WHERE source LIKE ?').all(`%${slug}.mbox`) as Array<{ id: string }>;
    const known = new Set(all.map((r) => r.id));
    const unknown = labels.flatMap((l) => l.points).filter((p) => p.decidedBy && !known.has(p.decidedBy));
    expect(unknown).toEqual([]);
  });
});
