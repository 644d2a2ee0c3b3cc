// A series that was an RFC first and then a v1 holds two revisions of version 1. Every command that takes a
// revision — by a message-id in it, or by --revision — must reach the one meant, and the web view must
// give each its own address. The fixture: RFC v1 writes vm_flags by hand (a finding), v1 uses
// vm_flags_set() (none of that kind).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../ingest/archive/db.js';
import { ArchiveView } from '../web/archive-view.js';
import { route } from '../web/routes.js';
import { archiveOf, runCli, scratchDir } from './run-cli.js';

const mbox = fileURLToPath(new URL('./__fixtures__/rfc-then-v1.mbox', import.meta.url));
let db: string;

interface ReviewJson { series: Array<{ name: string; cover: string }>; findings: Array<{ entry: string; patch: string }> }

function review(args: string[]): ReviewJson {
  const r = runCli(['review', '--db', db, '-o', 'json', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}
const reviewed = (out: ReviewJson) => out.series.map((s) => s.name);
const wroteFlags = (out: ReviewJson) => out.findings.some((f) => f.entry === 'direct-vm-flags-write');

beforeAll(() => {
  db = archiveOf(mbox);
});

describe('naming one of two revisions of the same version', () => {
  it('reviews the revision a message-id belongs to, not another of its version', () => {
    const rfc = review(['rfc-1@example.org']);
    expect(reviewed(rfc)).toEqual(['RFC v1']);
    expect(wroteFlags(rfc)).toBe(true);
    const v1 = review(['v1-cover@example.org']);
    expect(reviewed(v1)).toEqual(['v1']);
    expect(wroteFlags(v1)).toBe(false);
  });

  it('takes --revision as series show names revisions: RFC, "RFC v1", and a bare 1 for the unlabelled one', () => {
    const [series] = JSON.parse(runCli(['series', 'list', '--db', db, '-o', 'json']).stdout).series as Array<{ id: string; revisions: Array<{ name: string }> }>;
    expect(series.revisions.map((r) => r.name)).toEqual(['RFC v1', 'v1']);
    const seriesId = series.id;
    expect(reviewed(review(['--revision', 'RFC', seriesId]))).toEqual(['RFC v1']);
    expect(reviewed(review(['--revision', 'rfc v1', 'v1-1@example.org']))).toEqual(['RFC v1']);
    expect(reviewed(review(['--revision', '1', seriesId]))).toEqual(['v1']);
    expect(reviewed(review(['--revision', 'v1', 'rfc-1@example.org']))).toEqual(['v1']);
  });

  it('refuses a revision the series does not have, naming those it has', () => {
    const r = runCli(['review', '--db', db, '--revision', 'v2', 'rfc-1@example.org']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/has no revision "v2" \(it has RFC v1, v1;/);
  });

  it('summarises the revision a message-id belongs to', () => {
    const r = runCli(['summarize', '--db', db, '-o', 'json', 'rfc-cover@example.org']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).revisions.map((x: { name: string }) => x.name)).toEqual(['RFC v1']);
  });

  it('gives each revision its own page in the web view', async () => {
    const view = new ArchiveView(openDb(db, { readonly: true }));
    const [series] = view.allSeries();
    const page = async (path: string) => route(view, new URL(path, 'http://localhost'));
    const seriesPage = (await page(`/series/${series.id}`)).body;
    expect(seriesPage).toContain(`/series/${series.id}/v/rfc-1`);
    expect(seriesPage).toContain(`/series/${series.id}/v/1`);
    const rfc = await page(`/series/${series.id}/v/rfc-1`);
    const v1 = await page(`/series/${series.id}/v/1`);
    expect([rfc.status, v1.status]).toEqual([200, 200]);
    // Message-ids appear in links, percent-encoded.
    expect(rfc.body).toContain('/patch/rfc-1%40example.org');
    expect(rfc.body).not.toContain('/patch/v1-1%40example.org');
    expect(v1.body).toContain('/patch/v1-1%40example.org');
    expect((await page(`/series/${series.id}/v/resend-1`)).status).toBe(404);
    const patch = (await page('/patch/rfc-1@example.org')).body;
    expect(patch).toContain(`/series/${series.id}/v/rfc-1`);
    view.db.close();
  });
});
