// End-to-end: `mlreview ingest imap://…` against a real Dovecot on 127.0.0.1 (no mock server): the first
// fetch, an incremental one, a renumbered mailbox, a server killed mid-fetch, and the errors a user meets.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMessages, renamedCopy } from './example-messages.js';
import { ImapTestServer } from './imap-server.js';
import { makeTestCertificates } from './tls-certificates.js';
import { runCli, scratchDir, startCli } from './run-cli.js';

const PASSWORD = { MLREVIEW_IMAP_PASSWORD: 'test' };
let server: ImapTestServer;

beforeAll(async () => {
  server = await ImapTestServer.start();
}, 120_000);
afterAll(() => server?.stop());

function ingest(db: string, source: string, env: Record<string, string> = PASSWORD) {
  const r = runCli(['ingest', '--db', db, '-o', 'json', '--insecure-plain', source], { env });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const mailboxState = (db: string) =>
  new Database(db, { readonly: true }).prepare('SELECT mailbox, uidvalidity, next_uid FROM imap_mailboxes').all() as Array<{ mailbox: string; uidvalidity: number; next_uid: number }>;

describe('ingest from an IMAP mailbox', () => {
  const messages = exampleMessages();
  const db = join(scratchDir(), 'archive.db');

  it('fetches the whole mailbox the first time and threads it', () => {
    server.deliver(messages.slice(0, 12));
    const r = ingest(db, server.url());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.report).toMatchObject({ added: 12, duplicates: 0, skipped: [], failed: [] });
    expect(mailboxState(db)).toEqual([{ mailbox: server.url().replace('/INBOX', '').replace(/$/, '/INBOX'), uidvalidity: expect.any(Number), next_uid: 13 }]);
  });

  it('then fetches only what is new', () => {
    server.deliver(messages.slice(12), 'INBOX', 12);
    const r = ingest(db, server.url());
    // Had it fetched everything again, the first twelve would come back as duplicates.
    expect(r.report).toMatchObject({ added: messages.length - 12, duplicates: 0, series: 1 });
    expect(ingest(db, server.url()).report).toMatchObject({ added: 0, duplicates: 0 });
    expect(mailboxState(db)[0].next_uid).toBe(messages.length + 1);
  });

  it('reads a renumbered mailbox (new UIDVALIDITY) again without storing anything twice', () => {
    const before = mailboxState(db)[0].uidvalidity;
    server.stop();
    server.renumberInbox();
    server.start();
    const r = ingest(db, server.url());
    expect(r.stderr).toMatch(/UIDVALIDITY changed \(\d+ → \d+\): reading the mailbox again/);
    expect(r.report).toMatchObject({ added: 0, duplicates: messages.length });
    expect(mailboxState(db)[0]).toMatchObject({ uidvalidity: before + 1000, next_uid: messages.length + 1 });
  }, 30_000);

  it('fails with one clear line for a wrong password, a missing mailbox and an unreachable server', () => {
    const wrong = ingest(db, server.url(), { MLREVIEW_IMAP_PASSWORD: 'not-the-password' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^mlreview: imap:\/\/test@127\.0\.0\.1:\d+\/INBOX: login failed for test \(wrong password\?\)[^\n]*\n$/);
    const missing = ingest(db, server.url('NoSuchList'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^mlreview: imap:\/\/[^ ]+\/NoSuchList: no mailbox "NoSuchList" on 127\.0\.0\.1[^\n]*\n$/);
    const closed = ingest(db, 'imap://test@127.0.0.1:1/INBOX');
    expect(closed.status).toBe(2);
    expect(closed.stderr).toBe('mlreview: imap://test@127.0.0.1:1/INBOX: cannot reach 127.0.0.1:1: connection refused\n');
  });
});

describe('a server killed mid-fetch', () => {
  it('is retried with backoff and the fetch resumes where it stopped: nothing lost, nothing twice', async () => {
    const copies = 200;
    const all = Array.from({ length: copies }, (_, c) => exampleMessages().map((m) => renamedCopy(m, c))).flat();
    server.deliver(all, 'Big');
    const db = join(scratchDir(), 'archive.db');
    const child = startCli(['ingest', '--db', db, '-o', 'json', '--insecure-plain', server.url('Big')], PASSWORD);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    // Kill the server once the first batches are committed, and bring it back a moment later.
    await until(() => storedCount(db) > 0);
    server.kill();
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.start();
    expect(await exited).toBe(0);
    expect(Buffer.concat(err).toString()).toMatch(/connection lost .*retrying from UID \d+/);
    expect(JSON.parse(Buffer.concat(out).toString())).toMatchObject({ added: all.length, duplicates: 0, skipped: [], failed: [] });
    expect(storedCount(db)).toBe(all.length);
  }, 120_000);
});

function storedCount(db: string): number {
  try {
    return (new Database(db, { readonly: true, fileMustExist: true }).prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n;
  } catch {
    return 0; // not created yet
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('IMAP over TLS, the default', () => {
  let tlsServer: ImapTestServer;
  let ca: string;
  beforeAll(async () => {
    const certs = makeTestCertificates();
    ca = certs.ca;
    tlsServer = await ImapTestServer.start(certs);
    tlsServer.deliver(exampleMessages().slice(0, 3));
  }, 120_000);
  afterAll(() => tlsServer?.stop());

  const tlsIngest = (env: Record<string, string>) =>
    runCli(['ingest', '--db', join(scratchDir(), 'a.db'), '-o', 'json', tlsServer.url()], { env: { ...PASSWORD, ...env } });

  it('reads a mailbox over TLS when the server is trusted', () => {
    const r = tlsIngest({ NODE_EXTRA_CA_CERTS: ca });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 3, failed: [] });
  });

  it('refuses a server whose certificate it cannot trust, saying so in one line', () => {
    const r = tlsIngest({});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mlreview: imap:\/\/test@127\.0\.0\.1:\d+\/INBOX: the TLS certificate of 127\.0\.0\.1:\d+ is not trusted \([^)]+\); add its CA with NODE_EXTRA_CA_CERTS\n$/);
  });
});
