// A reviewer's proposed diff after their tags and a `base-commit:` line (as git format-patch --base writes
// it): the diff is one point, named by what it changes, and the base-commit line is no point of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { openDb } from '../../ingest/archive/db.js';
import { loadSeriesForSummary } from '../../ingest/archive/review-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { assembleSummary } from './assemble-summary.js';
import type { Summary } from './summary.js';

const mbox = fileURLToPath(new URL('./__fixtures__/reviewer-diff-after-tags.mbox', import.meta.url));
let summary: Summary;

beforeAll(async () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-reviewer-diff-')), 'archive.db'));
  await ingest(db, [mbox]);
  summary = assembleSummary(loadSeriesForSummary(db, findSeriesId(db, 'cover.1757930500.git.ann@example.org')!)!);
  db.close();
});

const davesPoints = () => summary.points.filter((p) => p.messageId === 'dave-1.refcount@example.net').map((p) => ({ kind: p.kind, rule: p.rule, text: p.text }));

it('reads the ask, the tags and the proposed diff, and no point of the base-commit line', () => {
  const points = davesPoints();
  expect(points.map((p) => p.kind)).toEqual(['change-request', 'trailer', 'change-request']);
  expect(points[0].text).toMatch(/how about not duplicating the internals of insert_folio_pmd\(\) with something like the below\?/);
  expect(points.some((p) => /base-commit/.test(p.text))).toBe(false);
});

it('names a proposed diff without a Subject line by the files it changes', () => {
  const diff = davesPoints().find((p) => p.rule === 'reviewer-diff');
  expect(diff?.text).toBe('a diff to mm/huge_memory.c');
});
