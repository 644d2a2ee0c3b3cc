// End-to-end: list archives over HTTP from a local server (pipermail pages, monthly files and indexes;
// public-inbox threads and feeds) and from local files, with conditional requests, retries and clear errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveServer } from './archive-server.js';
import { exampleMessages, toMbox as mbox } from './example-messages.js';
import { runCliAsync as runCli, scratchDir } from './run-cli.js';

const FAST = ['--fetch-interval', '0'];
const pageFixture = readFileSync(fileURLToPath(new URL('../ingest/sources/__fixtures__/pipermail-ada-reply.html', import.meta.url)), 'utf8');
const messages = exampleMessages();
const idOf = (m: string) => /^Message-ID: <([^>]+)>/m.exec(m)![1];
const adaReply = messages.find((m) => idOf(m) === 'ada-1@example.org')!;

let server: ArchiveServer;
/** A loopback port nobody listens on (fetch refuses well-known ports such as 1 outright). */
let closedPort: number;
beforeAll(async () => {
  server = await ArchiveServer.start();
  const probe = await ArchiveServer.start();
  closedPort = Number(new URL(probe.base).port);
  await probe.close();
});
afterAll(() => server.close());

async function ingest(db: string, ...sources: string[]) {
  const r = await runCli(['ingest', '--db', db, '-o', 'json', ...FAST, ...sources]);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const cliJson = async (args: string[]) => JSON.parse((await runCli(args)).stdout);


/** The thread of a message as the archive drew it: its parent. */
async function parentOf(db: string, messageId: string): Promise<string | null> {
  const { thread } = await cliJson(['thread', '--db', db, '-o', 'json', messageId]);
  return thread.messages.find((m: { messageId: string }) => m.messageId === messageId)?.parent ?? null;
}

/** A message as pipermail's monthly file keeps it: From_ line and From: header with "user at domain". */
function pipermailMonthEntry(m: string): string {
  const [, name, user, domain] = /^From: (.+?) <([^@>]+)@([^>]+)>$/m.exec(m)!;
  const mended = m.replace(/^From: .*$/m, `From: ${user} at ${domain} (${name})`);
  return `From ${user} at ${domain}  Mon Sep  8 09:00:00 2025\n${mended}\n`;
}

describe('pipermail', () => {
  it('places a message page in its thread by what it quotes (the page has no In-Reply-To)', async () => {
    const db = join(scratchDir(), 'a.db');
    const dir = scratchDir();
    writeFileSync(join(dir, 'without-reply.mbox'), mbox(messages.filter((m) => m !== adaReply)));
    expect((await ingest(db, join(dir, 'without-reply.mbox'))).status).toBe(0);
    const url = server.put('/pipermail/linux-mm/2025-September/000102.html', pageFixture);
    const r = await ingest(db, url);
    expect(r.report).toMatchObject({ added: 1, duplicates: 0, failed: [] });
    const threads = (await cliJson(['threads', '--db', db, '-o', 'json'])).threads as Array<{ rootId: string }>;
    const stored = (await cliJson(['search', '--db', db, '-o', 'json', 'from:ada', 'Good point'])).results as Array<{ messageId: string }>;
    expect(stored).toHaveLength(1);
    expect(await parentOf(db, stored[0].messageId)).toBe('rita-1@example.net');
    expect(threads).toHaveLength(2);
  });

  it('knows a page for a message it already has (same sender, same time) and adds nothing', async () => {
    const db = join(scratchDir(), 'a.db');
    const dir = scratchDir();
    writeFileSync(join(dir, 'all.mbox'), mbox(messages));
    await ingest(db, join(dir, 'all.mbox'));
    const page = join(dir, '000102.html');
    writeFileSync(page, pageFixture);
    expect((await ingest(db, page)).report).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('reads a monthly archive (.txt.gz) with its obfuscated senders mended, and a list index\'s newest month', async () => {
    const month = gzipSync(Buffer.from(messages.map(pipermailMonthEntry).join('')));
    server.put('/pipermail/linux-mm/2025-September.txt.gz', month, { type: 'application/gzip' });
    server.put('/pipermail/linux-mm/2025-August.txt', 'From old at example.org  Fri Aug  1 09:00:00 2025\nFrom: old at example.org (Old)\nSubject: old\nMessage-ID: <old@example.org>\n\nold\n');
    const index = server.put('/pipermail/linux-mm/', '<a href="2025-September/thread.html">[ Thread ]</a> <a href="2025-September.txt.gz">[ Gzip\'d Text 9 KB ]</a>\n<a href="2025-August.txt">[ Text 1 KB ]</a>');
    const db = join(scratchDir(), 'a.db');
    const r = await ingest(db, index);
    expect(r.report).toMatchObject({ added: messages.length, failed: [], series: 1 });
    expect(server.count('/pipermail/linux-mm/2025-August.txt')).toBe(0);
    const series = (await cliJson(['series', 'list', '--db', db, '-o', 'json'])).series;
    expect(series[0].author).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org' });
    // Asked again, the server answers 304 for the index and nothing is fetched twice.
    const again = await ingest(db, index);
    expect(again.report).toMatchObject({ added: 0 });
    expect(again.stdout).not.toBe('');
    expect(server.count('/pipermail/linux-mm/2025-September.txt.gz')).toBe(1);
  });
});

describe('public-inbox', () => {
  const v1 = messages.filter((m) => !/\[PATCH v2/.test(m) && !/^In-Reply-To: <[^>]*1757667600/m.test(m));
  const v2 = messages.filter((m) => !v1.includes(m));
  const escapeId = (id: string) => encodeURIComponent(id).replace(/%40/g, '@');

  it('reads a thread (t.mbox.gz), also from a message URL', async () => {
    const path = `/linux-mm/${escapeId('cover.1757322000.git.ada@example.org')}/t.mbox.gz`;
    server.put(path, gzipSync(mbox(v1)), { type: 'application/gzip' });
    const db = join(scratchDir(), 'a.db');
    expect((await ingest(db, `${server.base}/linux-mm/${escapeId('cover.1757322000.git.ada@example.org')}/`)).report).toMatchObject({ added: v1.length, failed: [] });
  });

  it('follows new.atom: fetches each new thread once, skips what the archive has, and asks again with If-None-Match', async () => {
    const entry = (id: string, title: string) => `<entry><title>${title}</title><updated>2025-09-12T09:00:00Z</updated><link href="${server.base}/mm/${escapeId(id)}/"/></entry>`;
    const feed = `<?xml version="1.0" encoding="us-ascii"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>mm</title>${[
      entry('cover.1757667600.git.ada@example.org', '[PATCH v2 0/3] misc/ringbuf'),
      entry(idOf(v2[1]), '[PATCH v2 1/3] misc/ringbuf'),
      entry('cover.1757322000.git.ada@example.org', '[PATCH 0/3] misc/ringbuf'),
    ].join('')}</feed>`;
    const feedUrl = server.put('/mm/new.atom', feed, { type: 'application/atom+xml' });
    server.put(`/mm/${escapeId('cover.1757667600.git.ada@example.org')}/t.mbox.gz`, gzipSync(mbox(v2)));
    server.put(`/mm/${escapeId(idOf(v2[1]))}/t.mbox.gz`, gzipSync(mbox(v2)));
    const db = join(scratchDir(), 'a.db');
    const dir = scratchDir();
    writeFileSync(join(dir, 'v1.mbox'), mbox(v1));
    await ingest(db, join(dir, 'v1.mbox'));
    const r = await ingest(db, feedUrl);
    expect(r.report).toMatchObject({ added: v2.length, failed: [], series: 1 });
    // The second entry is in the thread the first one brought; the third was in the archive already.
    expect(server.count(`/mm/${escapeId(idOf(v2[1]))}/t.mbox.gz`)).toBe(0);
    expect(server.count(`/mm/${escapeId('cover.1757322000.git.ada@example.org')}/t.mbox.gz`)).toBe(0);
    const again = await ingest(db, feedUrl);
    expect(again.report).toMatchObject({ added: 0 });
    expect(again.stdout).toContain('"added": 0');
    expect(server.count('/mm/new.atom')).toBe(2);
  });
});

describe('archive errors', () => {
  it('retries a server that is busy (503) and then answers', async () => {
    const url = server.put('/busy/t.mbox.gz', gzipSync(mbox(messages.slice(0, 2))), { failures: 1 });
    const r = await runCli(['ingest', '--db', join(scratchDir(), 'a.db'), '-o', 'json', ...FAST, url]);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 2, failed: [] });
    expect(server.count('/busy/t.mbox.gz')).toBe(2);
  }, 20_000);

  it.each([
    ['a 404', () => `${server.base}/pipermail/linux-mm/2025-September/999999.html`, /: 404 Not Found$/],
    ['a page that is not a pipermail message', () => server.put('/pipermail/linux-mm/2025-September/000001.html', '<html><body>maintenance</body></html>'), /: not a pipermail message page: found no the article/],
    ['a feed that is not Atom', () => server.put('/broken/new.atom', '<html>oops</html>'), /: not an Atom feed: found no <feed> element$/],
    ['an unreachable server', () => `http://127.0.0.1:${closedPort}/pipermail/x/2025-September/000001.html`, /: cannot reach the server: connection refused$/],
  ])('fails with one clear line for %s (exit 2)', async (_what, url, reason) => {
    const source = url();
    const r = await runCli(['ingest', '--db', join(scratchDir(), 'a.db'), ...FAST, source]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`mlreview: ${source}: `)).toBe(true);
    expect(lines[0]).toMatch(reason);
  }, 30_000);

  it('gives up on a server that does not answer in time', async () => {
    const url = server.put('/slow/t.mbox.gz', gzipSync(mbox(messages.slice(0, 1))), { delayMs: 3000 });
    const r = await runCli(['ingest', '--db', join(scratchDir(), 'a.db'), ...FAST, '--fetch-timeout', '0.3', url]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/slow\/t\.mbox\.gz: no answer within 0\.3 s\n$/);
  }, 30_000);
});
