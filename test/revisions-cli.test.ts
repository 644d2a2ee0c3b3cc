// End-to-end: `mlreview revisions` through the real CLI on the example series (v1 and v2 with review).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, runCli, scratchDir } from './run-cli.js';

const V1_COVER = 'cover.1757322000.git.ada@example.org';
/** A series posted once (the summary's fixture): nothing to compare. */
const ONE_REVISION = 'cover.1757930400.git.ann@example.org';
let db: string;

beforeAll(() => {
  db = join(scratchDir(), 'archive.db');
  const r = runCli(['ingest', '--db', db, join(examplesDir, 'ringbuf-v1-v2.mbox'), join(repoRoot, 'review', 'summary', '__fixtures__', 'vma-helper-review.mbox')]);
  expect(r.status, r.stderr).toBe(0);
});

describe('mlreview revisions', () => {
  it('gives the versioned JSON of one comparison with --from/--to', () => {
    const r = runCli(['revisions', '--db', db, '-o', 'json', '--from', 'v1', '--to', 'v2', V1_COVER]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ schema: 1, from: { version: 1, label: '' }, to: { version: 2, label: '' } });
    expect(out.pairs.map((p: { from: { index: number }; to: { index: number }; status: string }) => [p.from.index, p.to.index, p.status])).toEqual([[1, 1, 'changed'], [2, 2, 'changed'], [3, 3, 'changed']]);
    expect(out.changelog.map((k: { matched: boolean }) => k.matched)).toEqual([true, true, true, true]);
    expect(out.comments).toHaveLength(5);
    expect(out.comments.every((k: { status: string }) => k.status === 'addressed')).toBe(true);
    expect(out.comments[0]).toMatchObject({ by: 'Rita Reviewer', messageId: 'rita-1@example.net', patch: { version: 1, index: 1 } });
    expect(out.trailers.map((t: { kind: string; trailer: string }) => `${t.kind} ${t.trailer}`)).toContain('carried-onto-changed Reviewed-by: Max Maintainer <max@example.com>');
  });

  it('covers each consecutive pair without --from/--to, with the timeline', () => {
    const out = JSON.parse(runCli(['revisions', '--db', db, '-o', 'json', `<${V1_COVER}>`]).stdout);
    expect(out.comparisons.map((c: { from: { name: string }; to: { name: string } }) => `${c.from.name}→${c.to.name}`)).toEqual(['v1→v2']);
    expect(out.timeline.map((t: { name: string; changed: number }) => [t.name, t.changed])).toEqual([['v1', 0], ['v2', 3]]);
  });

  it('draws the timeline, the pairs with their marks, the changelog and the comments per reviewer in text', () => {
    const r = runCli(['revisions', '--db', db, 'https://lore.kernel.org/linux-mm/rita-2@example.net/']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('v1 ───');
    expect(r.stdout).toMatch(/1\/3 ! 1\/3 {2}misc\/ringbuf: support mmap of the ring buffer/);
    expect(r.stdout).toContain('Changelog: 4 of 4 lines match a change');
    expect(r.stdout).toContain('Rita Reviewer: 4 — 4 addressed, 0 not addressed, 0 cannot tell');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('shows interdiffs on request, and Markdown with -o md', () => {
    const text = runCli(['revisions', '--db', db, '--interdiff', V1_COVER]).stdout;
    expect(text).toContain('++\treturn remap_vmalloc_range(vma, rb->buf, vma->vm_pgoff);');
    const md = runCli(['revisions', '--db', db, '-o', 'md', V1_COVER]).stdout;
    expect(md).toContain('# Revisions of misc/ringbuf: map the ring buffer into userspace');
    expect(md).toContain('| v1 1/3 | ! changed | v2 1/3 |');
  });

  it('says there is nothing to compare for a series posted once, and exits 0', () => {
    const text = runCli(['revisions', '--db', db, ONE_REVISION]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Only one revision (v1): nothing to compare yet.');
    expect(JSON.parse(runCli(['revisions', '--db', db, '-o', 'json', ONE_REVISION]).stdout).comparisons).toEqual([]);
    expect(runCli(['revisions', '--db', db, '--from', 'v1', ONE_REVISION]).status).toBe(2);
  });

  it('exits 2 naming the revision or id it cannot find', () => {
    const missing = runCli(['revisions', '--db', db, '--from', 'v3', V1_COVER]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--from v3: series \w+ has no such revision \(it has v1, v2\)/);
    const backwards = runCli(['revisions', '--db', db, '--from', 'v2', '--to', 'v1', V1_COVER]);
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toContain('expected an earlier revision, then a later one');
    const unknown = runCli(['revisions', '--db', db, 'nobody@example.org']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nobody@example.org: no series with that id');
  });
});
