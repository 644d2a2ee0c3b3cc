// End-to-end: every kind of SOURCE, bad input among good, and an ingest killed half-way.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDb } from '../ingest/archive/db.js';
import { ingest } from '../ingest/ingest.js';
import { examplesDir, runCli, scratchDir, startCli } from './run-cli.js';
import { exampleMbox, exampleMessages, renamedCopy } from './example-messages.js';


function ingestJson(db: string, ...sources: string[]) {
  const r = runCli(['ingest', '--db', db, '-o', 'json', ...sources]);
  return { status: r.status, stderr: r.stderr, report: JSON.parse(r.stdout || '{}') };
}

describe('ingest sources', () => {
  it('reads a gzipped mbox', () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'list.mbox.gz'), gzipSync(Buffer.from(exampleMbox, 'latin1')));
    expect(ingestJson(join(dir, 'a.db'), join(dir, 'list.mbox.gz')).report).toMatchObject({ added: 17, series: 1 });
  });

  it('reads a Maildir (new/ and cur/)', () => {
    const dir = scratchDir();
    const msgs = exampleMessages();
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(dir, 'Maildir', sub), { recursive: true });
    msgs.forEach((m, i) => writeFileSync(join(dir, 'Maildir', i % 2 ? 'cur' : 'new', `${1757322000 + i}.M${i}.host:2,S`), m, 'latin1'));
    expect(ingestJson(join(dir, 'a.db'), join(dir, 'Maildir')).report).toMatchObject({ added: 17, threads: 2, series: 1 });
  });

  it('reads a directory of git format-patch files and single .eml files', () => {
    const dir = scratchDir();
    const msgs = exampleMessages().filter((m) => /^Subject: \[PATCH v2 /m.test(m));
    mkdirSync(join(dir, 'outgoing'));
    msgs.forEach((m, i) => writeFileSync(join(dir, 'outgoing', `v2-000${i}-patch.patch`), `From 1234567890123456789012345678901234567890 Mon Sep 17 00:00:00 2001\n${m}`, 'latin1'));
    const { report } = ingestJson(join(dir, 'a.db'), join(dir, 'outgoing'));
    expect(report).toMatchObject({ added: 4, series: 1 });
    const single = join(dir, 'one.eml');
    writeFileSync(single, exampleMessages()[5], 'latin1');
    expect(ingestJson(join(dir, 'a.db'), single).report).toMatchObject({ added: 1 });
  });

  it('reports a broken message by file and byte offset, keeps the rest, and exits 1', () => {
    const dir = scratchDir();
    const broken = 'From mboxrd@z Thu Jan  1 00:00:00 1970\n\n\n';
    const text = exampleMbox.replace(/(From mboxrd@z[^\n]*\nFrom: Rita)/, `${broken}$1`);
    writeFileSync(join(dir, 'list.mbox'), text, 'latin1');
    const { status, report } = ingestJson(join(dir, 'a.db'), join(dir, 'list.mbox'));
    expect(status).toBe(1);
    expect(report.added).toBe(17);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]).toMatchObject({ source: join(dir, 'list.mbox'), offset: text.indexOf(broken) });
    expect(report.skipped[0].reason).toMatch(/\S/);
  });

  it('names a source it cannot read and fails (exit 2), still storing the sources it can read', () => {
    const dir = scratchDir();
    const r = runCli(['ingest', '--db', join(dir, 'a.db'), '-o', 'json', join(dir, 'missing.mbox'), join(examplesDir, 'ringbuf-v1-v2.mbox')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`mlreview: ${join(dir, 'missing.mbox')}: cannot read: ENOENT\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 17, skipped: [], failed: [{ source: join(dir, 'missing.mbox'), reason: `${join(dir, 'missing.mbox')}: cannot read: ENOENT` }] });
  });

  it('survives being killed half-way: the archive stays consistent and a rerun completes it without duplicates', async () => {
    const dir = scratchDir();
    const msgs = exampleMessages();
    // ~34,000 distinct messages: rewrite ids per copy so every copy is new mail.
    const copies = 2000;
    const parts: string[] = [];
    for (let c = 0; c < copies; c++) {
      for (const m of msgs) parts.push(`From mboxrd@z Thu Jan  1 00:00:00 1970\n${renamedCopy(m, c)}\n`);
    }
    const big = join(dir, 'big.mbox');
    writeFileSync(big, parts.join(''), 'latin1');
    const db = join(dir, 'a.db');
    const child = startCli(['ingest', '--db', db, big]);
    // Kill it once some batches are committed (the WAL file appears with the first write).
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        try {
          if (readFileSync(`${db}-wal`).length > 4 << 20) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          // not created yet
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
    });
    const storedBefore = (JSON.parse(runCli(['threads', '--db', db, '-o', 'json']).stdout).threads as Array<{ messages: number }>)
      .reduce((sum, t) => sum + t.messages, 0);
    expect(storedBefore).toBeGreaterThan(0);
    expect(storedBefore).toBeLessThan(copies * msgs.length);
    const rerun = ingestJson(db, big);
    expect(rerun.status).toBe(0);
    // Resumed from the last committed batch: nothing stored twice, nothing missing.
    expect(rerun.report.added).toBe(copies * msgs.length - storedBefore);
    const revisions = (JSON.parse(runCli(['series', 'list', '--db', db, '-o', 'json']).stdout).series as Array<{ revisions: unknown[] }>)
      .flatMap((s) => s.revisions);
    expect(revisions).toHaveLength(copies * 2);
  }, 120_000);
});

describe('parsing on a second core', () => {
  it('stores exactly what the single-threaded path stores', async () => {
    // Over 8 MiB, the built CLI parses in a worker thread; the library run from sources parses inline.
    const dir = scratchDir();
    const msgs = exampleMessages();
    const parts: string[] = [];
    for (let c = 0; c < 400; c++) {
      for (const m of msgs) parts.push(`From mboxrd@z Thu Jan  1 00:00:00 1970\n${renamedCopy(m, c)}\n`);
    }
    const big = join(dir, 'big.mbox');
    writeFileSync(big, parts.join(''), 'latin1');
    expect(statSync(big).size).toBeGreaterThan(8 << 20);
    const viaWorker = join(dir, 'worker.db');
    expect(ingestJson(viaWorker, big).report).toMatchObject({ added: 400 * msgs.length, skipped: [] });
    const inline = openDb(join(dir, 'inline.db'));
    await ingest(inline, [big]);
    inline.close();
    const show = (db: string) => runCli(['series', 'list', '--db', db, '-o', 'json']).stdout;
    expect(show(viaWorker)).toBe(show(join(dir, 'inline.db')));
    const trailers = (db: string) => runCli(['series', 'show', '--db', db, '-o', 'json', 'c7.cover.1757322000.git.ada@example.org']).stdout;
    expect(trailers(viaWorker)).toBe(trailers(join(dir, 'inline.db')));
  }, 120_000);
});

describe('ingesting a file again after it changed', () => {
  it('reads only what was appended to an mbox, and all of one rewritten in between', () => {
    const dir = scratchDir();
    const db = join(dir, 'a.db');
    const file = join(dir, 'list.mbox');
    const first = exampleMbox.slice(0, exampleMbox.indexOf('From mboxrd@z', exampleMbox.indexOf('[PATCH v2 0/3]') - 400));
    writeFileSync(file, first, 'latin1');
    expect(ingestJson(db, file).report).toMatchObject({ added: 11, duplicates: 0 });
    writeFileSync(file, exampleMbox, 'latin1');
    expect(ingestJson(db, file).report).toMatchObject({ added: 6, duplicates: 0, series: 1 });
    // Rewritten with something longer in front: the old end offset no longer starts a message.
    writeFileSync(file, `From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: X <x@example.org>\nSubject: hello there, a longer first message\nMessage-ID: <new@example.org>\n\nhi\n\n${exampleMbox}`, 'latin1');
    expect(ingestJson(db, file).report).toMatchObject({ added: 1, duplicates: 17 });
  });
});
