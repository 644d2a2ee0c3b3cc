// End-to-end: the example series through the real CLI and a real SQLite file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, runCli, scratchDir } from './run-cli.js';

const mbox = join(examplesDir, 'ringbuf-v1-v2.mbox');
const V1 = 'cover.1757322000.git.ada@example.org';
const V2 = 'cover.1757667600.git.ada@example.org';
let db: string;

beforeAll(() => {
  db = join(scratchDir(), 'archive.db');
  const r = runCli(['ingest', '--db', db, '-o', 'json', mbox]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

interface TrailerJson { name: string; value: string; givenIn: string }
interface PatchJson { index: number; messageId: string; subject: string; trailers: TrailerJson[]; trailerMismatches: Array<TrailerJson & { reason: string }> }

function showSeries(id: string) {
  const r = runCli(['series', 'show', '--db', db, '-o', 'json', id]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).series as { id: string; title: string; revisions: Array<{ version: number; label: string; coverMessageId: string; total: number; missing: number[]; patches: PatchJson[] }> };
}

describe('mlreview ingest + series on the example series', () => {
  it('reports what it stored, as versioned JSON', () => {
    const r = runCli(['ingest', '--db', join(scratchDir(), 'a.db'), '-o', 'json', mbox]);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 1, added: 17, duplicates: 0, skipped: [], failed: [], threads: 2, series: 1 });
  });

  it('links v1 and v2 into one series with complete revisions', () => {
    const r = runCli(['series', 'list', '--db', db, '-o', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe(1);
    expect(out.series).toHaveLength(1);
    const s = out.series[0];
    expect(s.title).toBe('misc/ringbuf: map the ring buffer into userspace');
    expect(s.author).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(s.revisions.map((r: { version: number; label: string; coverMessageId: string; total: number; missing: number[]; patches: unknown[] }) => [r.version, r.label, r.coverMessageId, r.total, r.patches.length, r.missing])).toEqual([
      [1, '', V1, 3, 3, []],
      [2, '', V2, 3, 3, []],
    ]);
    expect(s.revisions[1].linkedFromPrevious).toEqual({ confidence: 'high', reason: 'links to the earlier revision' });
  });

  it('collects reply trailers onto the patches they answer; a cover-letter trailer onto every patch', () => {
    const s = showSeries(V1);
    const [p1, p2, p3] = s.revisions[0].patches;
    const names = (p: PatchJson) => p.trailers.map((t) => `${t.name}: ${t.value}`);
    expect(names(p1)).toEqual(['Signed-off-by: Ada Lovelace <ada@example.org>', 'Tested-by: Tess Tester <tess@example.org>']);
    // Collected trailers follow the patch's own, in the order they were given (Tess 14:00, Max 15:00).
    expect(names(p2)).toEqual([
      'Signed-off-by: Ada Lovelace <ada@example.org>',
      'Tested-by: Tess Tester <tess@example.org>',
      'Reviewed-by: Max Maintainer <max@example.com>',
    ]);
    expect(names(p3)).toEqual(['Signed-off-by: Ada Lovelace <ada@example.org>', 'Tested-by: Tess Tester <tess@example.org>']);
    expect(p2.trailers[2].givenIn).toBe('max-1@example.com');
    expect(p1.trailers[1].givenIn).toBe('tess-1@example.org');
  });

  it('reports a trailer whose person is not the sender instead of collecting it', () => {
    const p1 = showSeries(V1).revisions[0].patches[0];
    expect(p1.trailerMismatches).toEqual([
      { name: 'Acked-by', value: 'Max Maintainer <max@example.com>', givenIn: 'bob-1@example.net', reason: 'mismatch' },
    ]);
  });

  it('reads trailers a v2 patch carries and those given to v2', () => {
    const v2 = showSeries(V2).revisions[1];
    expect(v2.patches[1].trailers.map((t) => t.name)).toEqual(['Reviewed-by', 'Tested-by', 'Signed-off-by']);
    expect(v2.patches[0].trailers.map((t) => `${t.name} ${t.givenIn}`)).toEqual([
      `Signed-off-by ${v2.patches[0].messageId}`,
      'Reviewed-by rita-3@example.net',
    ]);
  });

  it('draws a thread as a tree, with one line per message', () => {
    const r = runCli(['thread', '--db', db, `<${V1}>`]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^\[PATCH 0\/3\] misc\/ringbuf: map the ring buffer into userspace {2}Ada Lovelace, 2025-09-08 09:00$/);
    expect(lines[1]).toMatch(/^├─ \[PATCH 1\/3\] misc\/ringbuf: support mmap of the ring buffer/);
    expect(lines[2]).toMatch(/^│  ├─ Re: \[PATCH 1\/3\].*Rita Reviewer/);
    expect(lines[3]).toMatch(/^│  │  └─ Re: \[PATCH 1\/3\].*Ada Lovelace/);
  });

  it('accepts a message-id as a lore-style URL', () => {
    const r = runCli(['thread', '--db', db, '-o', 'json', `https://lore.kernel.org/linux-mm/${V2}/T/#u`]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).thread.rootMessageId).toBe(V2);
  });

  it('searches what people wrote (not what they quoted), authors and touched files', () => {
    // rita-3 only quotes remap_vmalloc_range; rita-1 asks for it.
    const r = runCli(['search', '--db', db, '-o', 'json', 'from:rita', 'remap_vmalloc_range']);
    const ids = JSON.parse(r.stdout).results.map((x: { messageId: string }) => x.messageId).sort();
    expect(ids).toEqual(['rita-1@example.net']);
    const files = runCli(['search', '--db', db, '-o', 'json', 'file:drivers/misc/ringbuf.c', 'subject:ioctl']);
    expect(JSON.parse(files.stdout).results.map((x: { subject: string }) => x.subject)).toEqual([
      '[PATCH v2 2/3] misc/ringbuf: count mappings and report them by ioctl',
      '[PATCH 2/3] misc/ringbuf: count mappings and report them by ioctl',
    ]);
  });

  it('says clearly when a message-id is not in the archive (exit 2)', () => {
    const r = runCli(['thread', '--db', db, 'nope@example.org']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mlreview: <nope@example.org>: no such message in the archive\n');
  });

  it('ingesting the same file again adds nothing', () => {
    const r = runCli(['ingest', '--db', db, '-o', 'json', mbox]);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, skipped: [] });
  });

  it('dedupes by Message-ID when the same mail arrives from stdin, remembering no duplicate rows', () => {
    const r = runCli(['ingest', '--db', db, '-o', 'json', '-'], { input: readFileSync(mbox) });
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, duplicates: 17, skipped: [] });
  });
});

describe('the same mail through several lists', () => {
  it('is stored once and remembers every list it came through', () => {
    const dir = scratchDir();
    const text = readFileSync(mbox, 'latin1');
    const otherList = text.replace(/List-Id: <linux-mm\.kvack\.org>/g, 'List-Id: Linux FS <linux-fsdevel.vger.kernel.org>');
    const a = join(dir, 'mm.mbox');
    const b = join(dir, 'fsdevel.mbox');
    writeFileSync(a, text, 'latin1');
    writeFileSync(b, otherList, 'latin1');
    const db2 = join(dir, 'a.db');
    const r = runCli(['ingest', '--db', db2, '-o', 'json', a, b]);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 17, duplicates: 17 });
    const t = JSON.parse(runCli(['thread', '--db', db2, '-o', 'json', V1]).stdout).thread;
    expect(t.messages[0].lists).toEqual(['linux-fsdevel.vger.kernel.org', 'linux-mm.kvack.org']);
  });
});
