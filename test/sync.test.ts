// End-to-end: `mlreview sync` over a configuration naming a real Dovecot mailbox, a pipermail page on a
// local HTTP server and an mbox file; a second sync brings a new revision of the followed series.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveServer } from './archive-server.js';
import { exampleMessages, toMbox as mbox } from './example-messages.js';
import { ImapTestServer } from './imap-server.js';
import { renderPipermailPage } from './pipermail-html.js';
import { runCliAsync, scratchDir } from './run-cli.js';

const messages = exampleMessages();
const idOf = (m: string) => /^Message-ID: <([^>]+)>/m.exec(m)![1];
const isV2 = (m: string) => /\[PATCH v2 /.test(m) || /1757667600/.test(/^In-Reply-To: .*$/m.exec(m)?.[0] ?? '');
const v1 = messages.filter((m) => !isV2(m));
const v2 = messages.filter(isV2);

let imap: ImapTestServer;
let web: ArchiveServer;
beforeAll(async () => {
  imap = await ImapTestServer.start();
  web = await ArchiveServer.start();
}, 120_000);
afterAll(async () => {
  imap?.stop();
  await web?.close();
});

describe('mlreview sync', () => {
  const dir = scratchDir();
  const config = join(dir, 'mlreview.toml');
  const sync = async () => {
    const r = await runCliAsync(['sync', '--config', config, '-o', 'json'], { env: { MLREVIEW_IMAP_PASSWORD: 'test' } });
    return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
  };

  it('brings every source up to date and lists the new series, replies and trailers', async () => {
    // Bob's review comes only through the web archive; the rest of v1 through the mailbox, one reply from a file.
    const bob = v1.find((m) => idOf(m) === 'bob-1@example.net')!;
    const tess = v1.find((m) => idOf(m) === 'tess-1@example.org')!;
    imap.deliver(v1.filter((m) => m !== bob && m !== tess));
    writeFileSync(join(dir, 'tess.mbox'), mbox([tess]));
    const page = web.put('/pipermail/linux-mm/2025-September/000104.html', renderPipermailPage({
      subject: '[PATCH 1/3] misc/ringbuf: support mmap of the ring buffer',
      fromName: 'Bob Bystander',
      address: 'bob at example.net',
      date: 'Mon Sep  8 13:00:00 UTC 2025',
      body: bob.slice(bob.indexOf('\n\n') + 2),
      list: 'linux-mm',
      messageId: 'bob-1@example.net',
    }));
    writeFileSync(config, [
      `db = "archive.db"`,
      '',
      '[[source]]',
      'name = "mail"',
      `url = "${imap.url()}"`,
      'insecure-plain = true',
      '',
      '[[source]]',
      `url = "tess.mbox"`,
      '',
      '[[source]]',
      'name = "web archive"',
      `url = "${page}"`,
      '',
      '[track]',
      'series = ["cover.1757322000.git.ada@example.org"]',
      '',
      '[fetch]',
      'interval-ms = 0',
    ].join('\n'));
    const r = await sync();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.report.sources.map((s: { name: string; added: number }) => [s.name, s.added])).toEqual([['mail', v1.length - 2], ['tess.mbox', 1], ['web archive', 1]]);
    expect(r.report.newSeries).toEqual([expect.objectContaining({ title: 'misc/ringbuf: map the ring buffer into userspace', versions: ['v1'] })]);
    expect(r.report.newTrailers).toContainEqual(expect.objectContaining({ name: 'Tested-by', givenIn: 'tess-1@example.org' }));
    expect(r.report.newReplies.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(v1.filter((m) => /^Subject: Re:/m.test(m)).length);
  }, 60_000);

  it('then reports a new revision of the followed series, fetching only what changed', async () => {
    imap.deliver(v2, 'INBOX', 100);
    const r = await sync();
    expect(r.status).toBe(0);
    expect(r.report.newSeries).toEqual([]);
    expect(r.report.newRevisions).toEqual([expect.objectContaining({ version: 2, messageId: 'cover.1757667600.git.ada@example.org', patches: 3 })]);
    expect(r.report.newTrailers).toContainEqual(expect.objectContaining({ name: 'Reviewed-by', value: 'Rita Reviewer <rita@example.net>', givenIn: 'rita-3@example.net' }));
    expect(r.report.sources.map((s: { added: number; unchanged: boolean }) => [s.added, s.unchanged])).toEqual([[v2.length, false], [0, true], [0, true]]);
  }, 60_000);

  it('draws the report for people, and says when there is nothing new', async () => {
    const r = await runCliAsync(['sync', '--config', config], { env: { MLREVIEW_IMAP_PASSWORD: 'test' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^sources\n {2}= mail \(imap:\/\/[^)]+\): nothing new\n {2}= tess\.mbox \([^)]+tess\.mbox\): nothing new\n {2}= web archive \(http:[^)]+\): nothing new\n\nnothing new\n\narchive: 3 threads, 1 series\n$/);
  }, 60_000);

  it('fails a source it cannot read (exit 2) and still syncs the others', async () => {
    const broken = join(dir, 'broken.toml');
    writeFileSync(broken, `db = "other.db"\n[[source]]\nurl = "${web.base}/nothing-here/t.mbox.gz"\n[[source]]\nurl = "tess.mbox"\n[fetch]\ninterval-ms = 0\n`);
    const r = await runCliAsync(['sync', '--config', broken, '-o', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mlreview: http:\/\/127\.0\.0\.1:\d+\/nothing-here\/t\.mbox\.gz: 404 Not Found\n$/);
    expect(JSON.parse(r.stdout).sources[1]).toMatchObject({ added: 1 });
  }, 60_000);

  it('names the configuration file and the key that is wrong (exit 2)', async () => {
    const bad = join(dir, 'bad.toml');
    writeFileSync(bad, '[[source]]\nurl = "x"\ninsecure-plain = "yes"\n');
    const r = await runCliAsync(['sync', '--config', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^mlreview: ${bad.replace(/[.]/g, '\\.')}: source\\[0\\]\\.insecure-plain: .*boolean`));
  });
});
