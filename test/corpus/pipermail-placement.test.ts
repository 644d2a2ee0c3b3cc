// The kexec list's pipermail page of Lorenzo's 15 Sep 2025 reply (v2 08/16 of series 1), turned back into
// pipermail's HTML and served from a local HTTP server: with the rest of series 1 in the archive, the page
// must land under the message it answers (Jason's of 11:34 -0300) — pipermail shows no In-Reply-To, so the
// quoted text and the attribution decide. With the reply itself in the archive, the page is a duplicate.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveServer } from '../archive-server.js';
import { renderPipermailPage, type PageFields } from '../pipermail-html.js';
import { runCliAsync, scratchDir } from '../run-cli.js';
import { corpusRoot, lkmlRoot } from './corpus-paths.js';

const REPLY_ID = '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local';
const ANSWERED_ID = '20250915143414.GJ1024672@nvidia.com';

/** The page as text: subject, name, address, date, then the body up to pipermail's footer. */
function pageFromText(text: string): PageFields {
  const lines = text.split('\n');
  const footer = lines.findIndex((l) => l.startsWith('More information about the '));
  return {
    subject: lines[0],
    fromName: lines[1],
    address: lines[2],
    date: lines[3],
    body: lines.slice(4, footer).join('\n'),
    list: /More information about the (\S+)/.exec(lines[footer])![1],
  };
}

/** Series 1's mboxrd with one message left out. */
function seriesWithout(messageId: string): string {
  const text = readFileSync(join(lkmlRoot, 'lorenzo-mmap-prepare-expand-2025.mbox'), 'latin1');
  const messages = text.split(/(?=^From mboxrd@z Thu Jan {2}1 00:00:00 1970$)/m);
  const kept = messages.filter((m) => !m.includes(`Message-ID: <${messageId}>`) && !m.includes(`Message-Id: <${messageId}>`));
  expect(kept.length).toBe(messages.length - 1);
  return kept.join('');
}

let server: ArchiveServer;
let pageUrl: string;
beforeAll(async () => {
  server = await ArchiveServer.start();
  const text = readFileSync(join(corpusRoot, 'pipermail', 'kexec-2025-September-message.txt'), 'utf8');
  pageUrl = server.put('/pipermail/kexec/2025-September/015433.html', renderPipermailPage(pageFromText(text)));
});
afterAll(() => server.close());

async function cli(args: string[]) {
  const r = await runCliAsync(args);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('pipermail page of a series-1 reply', () => {
  it('is placed under the message it answers, found by its quotes and attribution', async () => {
    const dir = scratchDir();
    const db = join(dir, 'archive.db');
    writeFileSync(join(dir, 'series1.mbox'), seriesWithout(REPLY_ID), 'latin1');
    expect((await cli(['ingest', '--db', db, '-o', 'json', join(dir, 'series1.mbox')])).json).toMatchObject({ added: 240, failed: [] });
    const r = await cli(['ingest', '--db', db, '-o', 'json', '--fetch-interval', '0', pageUrl]);
    expect(r.json).toMatchObject({ added: 1, duplicates: 0, failed: [] });
    const { thread } = (await cli(['thread', '--db', db, '-o', 'json', ANSWERED_ID])).json;
    const children = thread.messages.filter((m: { parent: string | null }) => m.parent === ANSWERED_ID);
    expect(children).toHaveLength(1);
    expect(children[0]).toMatchObject({ from: { name: 'Lorenzo Stoakes', email: 'lorenzo.stoakes@oracle.com' }, date: '2025-09-15T15:04:44.000Z' });
    // The page's message sits in the v2 08/16 thread, like the original.
    expect(thread.rootMessageId).toBe((await cli(['thread', '--db', db, '-o', 'json', '20250915131142.GI1024672@nvidia.com'])).json.thread.rootMessageId);
  });

  it('is a duplicate when the archive already holds the reply', async () => {
    const db = join(scratchDir(), 'archive.db');
    await cli(['ingest', '--db', db, '-o', 'json', join(lkmlRoot, 'lorenzo-mmap-prepare-expand-2025.mbox')]);
    const r = await cli(['ingest', '--db', db, '-o', 'json', '--fetch-interval', '0', pageUrl]);
    expect(r.json).toMatchObject({ added: 0, duplicates: 1 });
    const { thread } = (await cli(['thread', '--db', db, '-o', 'json', REPLY_ID])).json;
    const reply = thread.messages.find((m: { messageId: string }) => m.messageId === REPLY_ID);
    expect(reply.parent).toBe(ANSWERED_ID);
    expect(reply.lists).toContain('kexec');
  });
});
