import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewPoint } from '../../core/review-point.js';
import { openDb } from '../../ingest/archive/db.js';
import { loadSeriesRevisions } from '../../ingest/archive/revision-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { V1, V2 } from './__fixtures__/cache-series.js';
import { assembleRevisions, type RevisionsReport } from './assemble-revisions.js';
import { resolveComments } from './comment-resolution.js';
import { compareRevisions } from './comparison.js';
import { seriesRevisions } from './series-revisions.js';

const examples = new URL('../../examples/', import.meta.url).pathname;

function point(id: string, by: string, patch: number, kind: ReviewPoint['kind'], text: string, quote?: string): ReviewPoint {
  const target = patch === 0 ? null : V1.patches[patch - 1];
  return {
    id: `${id}#1`, messageId: id, by: { name: by, email: `${by.split(' ')[0].toLowerCase()}@example.org` }, kind, rule: 'test', reason: 'written by hand', text,
    lines: { start: 1, end: 1 }, status: 'open', decidedBy: null, answers: [],
    anchor: { patchMessageId: target?.messageId ?? V1.coverMessageId!, patchIndex: patch, messageId: target?.messageId ?? V1.coverMessageId!, author: null, ...(quote && target ? { file: target.files[0].newPath!, line: 12, quote } : {}) },
  };
}

describe('resolveComments on the cache series', () => {
  const c = compareRevisions(V1, V2);
  const points = [
    point('rita-1@example.org', 'Rita Reviewer', 2, 'change-request', 'Take the cache mutex around the lookup, mutex_lock() is enough here.', '+\treturn e ? e->value : slow_read(key);'),
    point('jan-2@example.org', 'Jan Kara', 1, 'change-request', 'Please call it cache_find() instead.'),
    point('max-2@example.org', 'Max Maintainer', 4, 'objection', 'Please drop the debugfs file, nobody reads it.'),
    point('bob-1@example.org', 'Bob Builder', 0, 'question', 'Has anybody measured the hit rate?'),
    point('ada-9@example.org', 'Ada Lovelace', 3, 'question', 'Should I split this?'),
    point('max-3@example.com', 'Max Maintainer', 3, 'nit', 'nit: u32 is plenty for these counters.', '+\tu64 hits;'),
    point('max-4@example.com', 'Max Maintainer', 3, 'nit', 'nit: a blank line between the two counters, please.', '+\tu64 hits;'),
  ];
  const byId = new Map(resolveComments(c, points, [], { name: 'Ada Lovelace', email: 'ada@example.org' }).map((r) => [r.point.messageId, r]));

  it('leaves out what the author asks', () => {
    expect(byId.has('ada-9@example.org')).toBe(false);
  });

  it('calls a request addressed when the code around the quote changed and the requested call appears', () => {
    const r = byId.get('rita-1@example.org')!;
    expect(r.status).toBe('addressed');
    expect(r.evidence.map((e) => e.kind)).toEqual(['nearby-code-changed', 'name-appears']);
  });

  it('calls a request on a patch that did not change not addressed', () => {
    expect(byId.get('jan-2@example.org')).toMatchObject({ status: 'not-addressed', evidence: [{ kind: 'patch-unchanged', text: 'v2 1/4 is unchanged (same patch-id)' }] });
  });

  it('calls a request to drop a patch addressed when the patch is gone', () => {
    expect(byId.get('max-2@example.org')).toMatchObject({ status: 'addressed', evidence: [{ kind: 'patch-dropped', text: 'v1 4/4 was dropped as asked' }] });
  });

  it('does not take a blank line added next to the quoted code for a change, unless the point asked for one', () => {
    expect(byId.get('max-3@example.com')).toMatchObject({ status: 'not-addressed', evidence: [{ kind: 'quoted-code-unchanged' }] });
    expect(byId.get('max-4@example.com')).toMatchObject({ status: 'addressed', evidence: [{ kind: 'nearby-code-changed' }] });
  });

  it('cannot tell for a question on the cover letter with no trace in v2', () => {
    expect(byId.get('bob-1@example.org')).toMatchObject({ status: 'unknown', evidence: [] });
  });
});

describe('the example series (examples/ringbuf-v1-v2.mbox) through the archive', () => {
  let report: RevisionsReport;
  beforeAll(async () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-revisions-')), 'archive.db'));
    await ingest(db, [join(examples, 'ringbuf-v1-v2.mbox')]);
    report = assembleRevisions(seriesRevisions(loadSeriesRevisions(db, findSeriesId(db, 'cover.1757322000.git.ada@example.org')!)!));
    db.close();
  });

  it("finds every request of v1's review addressed in v2, each with the evidence that shows it", () => {
    const got = report.steps[0].comments.map((r) => [r.point.messageId, r.point.kind, r.status, r.evidence[0].kind]);
    expect(got).toEqual([
      ['rita-1@example.net', 'change-request', 'addressed', 'quoted-code-changed'],
      ['rita-1@example.net', 'change-request', 'addressed', 'quoted-code-changed'],
      ['rita-1@example.net', 'nit', 'addressed', 'quoted-code-changed'],
      ['max-1@example.com', 'change-request', 'addressed', 'quoted-code-changed'],
      ['rita-2@example.net', 'change-request', 'addressed', 'quoted-code-changed'],
    ]);
    const helper = report.steps[0].comments.find((r) => r.point.text.startsWith('rb->buf comes from'))!;
    expect(helper.evidence.map((e) => e.text)).toContain('remap_vmalloc_range now appears in v2 1/3');
    const max = report.steps[0].comments.find((r) => r.by.name === 'Max Maintainer')!;
    expect(max.evidence.map((e) => e.text)).toContain('changelog: "Add ringbuf_nr_pages() in patch 2, where it is first used, so that every patch builds (Max)."');
  });

  it("says Max's carried Reviewed-by covers changes he asked for", () => {
    const carried = report.steps[0].trailers.findings.filter((f) => f.kind === 'carried-onto-changed');
    expect(carried.map((f) => [f.trailer, f.giverAskedForChanges])).toEqual([
      ['Reviewed-by: Max Maintainer <max@example.com>', true],
      ['Tested-by: Tess Tester <tess@example.org>', false],
    ]);
  });

  it('draws the timeline with what came, went and changed', () => {
    expect(report.timeline.map((t) => [t.revision.version, t.came, t.went, t.changed, t.tagsGathered])).toEqual([[1, 0, 0, 0, 4], [2, 0, 0, 3, 1]]);
  });
});
