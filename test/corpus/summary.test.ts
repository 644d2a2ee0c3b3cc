// Thread summaries on the real mm series: points scored against our labels for series 1 and 4 (precision,
// recall, classification and outcome accuracy, written to test-results/), the review exchanges the
// corpus INDEX calls out checked for people, anchor and outcome, and the other series summarised whole.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASKING_KINDS } from '../../core/review-point.js';
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
import { EXCHANGES } from './summary-exchanges.js';
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

  it('give an outcome to what asks and only to that, with a deciding message when it was decided', () => {
    const wrong = labels.flatMap((l) => l.points.map((p) => ({ id: l.id, ...p }))).filter((p) => {
      const asks = ASKING_KINDS.has(p.kind) && p.status !== 'noted';
      const notes = !ASKING_KINDS.has(p.kind) || p.kind === 'objection';
      const decided = p.status === 'resolved' || p.status === 'disputed';
      return !(asks || (notes && p.status === 'noted')) || decided !== Boolean(p.decidedBy);
    });
    expect(wrong).toEqual([]);
  });

  it('name deciding messages that are in the series', () => {
    const all = db.prepare('SELECT message_id AS id FROM messages WHERE source LIKE ?').all(`%${slug}.mbox`) as Array<{ id: string }>;
    const known = new Set(all.map((r) => r.id));
    const unknown = labels.flatMap((l) => l.points).filter((p) => p.decidedBy && !known.has(p.decidedBy));
    expect(unknown).toEqual([]);
  });
});

const FLOORS: Record<string, { precision: number; recall: number; kindAccuracy: number; statusAccuracy: number }> = {
  [series1.slug]: { precision: 0.8, recall: 0.72, kindAccuracy: 0.8, statusAccuracy: 0.65 },
  [series4.slug]: { precision: 0.7, recall: 0.8, kindAccuracy: 0.85, statusAccuracy: 0.6 },
};

describe.each(LABELLED.map((l) => [l.slug] as const))('%s: points against our labels', (slug) => {
  it('reach the floors for precision, recall, kind and outcome accuracy', () => {
    const m = evaluations.get(slug)!.metrics;
    const floor = FLOORS[slug];
    expect({ precision: m.precision >= floor.precision, recall: m.recall >= floor.recall, kind: m.kindAccuracy >= floor.kindAccuracy, status: m.statusAccuracy >= floor.statusAccuracy }, JSON.stringify(m)).toEqual({ precision: true, recall: true, kind: true, status: true });
  });
});

describe.each(EXCHANGES.map((e) => [e.name, e] as const))('exchange: %s', (_name, exchange) => {
  const summary = () => summaries.get(exchange.slug)!;

  it.each(exchange.points.map((p) => [`${p.by} in <${p.messageId}>`, p] as const))('shows the point by %s', (_label, want) => {
    const mine = summary().points.filter((p) => p.messageId === want.messageId && want.kinds.includes(p.kind) && (!want.mentions || want.mentions.test(p.text)));
    expect(mine.length, `no ${want.kinds.join('/')} point in <${want.messageId}>`).toBeGreaterThan(0);
    const p = mine[0];
    expect(p.by.name).toBe(want.by);
    expect(p.anchor?.patchMessageId).toBe(want.patch);
    if (want.file) expect(p.anchor?.file).toBe(want.file);
    expect(p.status).toBe(want.status);
    if (want.decidedBy) expect(want.decidedBy).toContain(p.decidedBy);
    if (want.confirmedBy) expect(p.confirmedBy).toBe(want.confirmedBy);
  });

  it('gives the people their roles', () => {
    const roles = new Map(summary().participants.map((p) => [p.name, p.role]));
    for (const who of exchange.people) expect(roles.get(who.name), who.name).toBe(who.role);
  });

  for (const step of exchange.maintainerSteps ?? []) {
    it(`records the maintainer's step <${step.messageId}> (${step.action}) as a decision`, () => {
      expect(summary().decisions.map((d) => ({ messageId: d.messageId, action: d.kind }))).toContainEqual(step);
    });
  }
});

describe.each(SLUGS.filter((s) => !LABELLED.some((l) => l.slug === s)).map((s) => [s] as const))('%s: summarised without labels', (slug) => {
  it('covers every revision, anchors every point to one of its postings, and renders in text, md and json', () => {
    const s = summaries.get(slug)!;
    const revisions = db.prepare('SELECT COUNT(*) AS n FROM revisions WHERE series_id = ?').get(seriesIdOf(slug)) as { n: number };
    expect(s.revisions).toHaveLength(revisions.n);
    const postings = new Set(s.revisions.flatMap((r) => r.patches.map((p) => p.messageId)));
    expect(s.points.filter((p) => !p.anchor || !postings.has(p.anchor.patchMessageId))).toEqual([]);
    expect(s.points.length).toBeGreaterThan(0);
    expect(drawSummary(s, colors(false))).toContain(s.title);
    expect(summaryMarkdown(s)).toContain(`# `);
    expect(JSON.parse(JSON.stringify(summaryJson(s))).schema).toBe(1);
  });
});
