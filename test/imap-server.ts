// A real Dovecot for the IMAP tests, started by test/setup/dovecot.sh (which installs it when missing):
// one instance per test file, on a free loopback port, with mail dropped straight into its Maildir.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot, scratchDir } from './run-cli.js';

const SCRIPT = join(repoRoot, 'test', 'setup', 'dovecot.sh');
const asRoot = process.getuid?.() === 0;
// Started as root, the server drops to nobody, so its files must belong to nobody.
const owner = asRoot ? { uid: Number(execFileSync('id', ['-u', 'nobody']).toString()), gid: Number(execFileSync('id', ['-g', 'nobody']).toString()) } : undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export class ImapTestServer {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly tls?: { cert: string; key: string },
  ) {}

  /** With `tls` (PEM files), the server speaks IMAP over TLS on its port. */
  static async start(tls?: { cert: string; key: string }): Promise<ImapTestServer> {
    const server = new ImapTestServer(scratchDir(), await freePort(), tls);
    server.start();
    return server;
  }

  /** The mailbox's source URL for `mlreview ingest` (user "test", password "test"). */
  url(mailbox = 'INBOX'): string {
    return `imap://test@127.0.0.1:${this.port}/${mailbox}`;
  }

  start(): void {
    const env = this.tls ? { ...process.env, DOVECOT_TLS_CERT: this.tls.cert, DOVECOT_TLS_KEY: this.tls.key } : process.env;
    execFileSync(SCRIPT, ['start', this.dir, String(this.port)], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }

  stop(): void {
    execFileSync(SCRIPT, ['stop', this.dir], { stdio: 'inherit' });
  }

  /** Kills every server process at once, as a crash or a lost network would. */
  kill(): void {
    const pid = readFileSync(join(this.dir, 'run', 'master.pid'), 'utf8').trim();
    process.kill(-Number(pid), 'SIGKILL');
  }

  /** Delivers messages into a mailbox (created when new), as the server's own delivery would. */
  deliver(messages: string[], mailbox = 'INBOX', first = 0): void {
    const maildir = this.maildir(mailbox);
    for (const dir of [maildir, join(maildir, 'new'), join(maildir, 'cur'), join(maildir, 'tmp')]) {
      mkdirSync(dir, { recursive: true });
      this.own(dir);
    }
    messages.forEach((m, i) => {
      const file = join(maildir, 'new', `${1757000000 + first + i}.M${first + i}P1.mlreview-test`);
      writeFileSync(file, m, 'latin1');
      this.own(file);
    });
  }

  /** Gives INBOX a new UIDVALIDITY (as a server does when it rebuilds a mailbox); the server must be stopped. */
  renumberInbox(): void {
    const maildir = this.maildir('INBOX');
    const file = join(maildir, 'dovecot-uidlist');
    const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [header.replace(/\bV(\d+)/, (_, v: string) => `V${Number(v) + 1000}`), ...rest].join('\n'));
    // The index caches the old value and would win over the list: without it, Dovecot reads the list.
    for (const f of readdirSync(maildir)) if (f.startsWith('dovecot.index')) rmSync(join(maildir, f));
  }

  private own(path: string): void {
    if (owner) chownSync(path, owner.uid, owner.gid);
  }

  private maildir(mailbox: string): string {
    return join(this.dir, 'mail', 'test', 'Maildir', ...(mailbox === 'INBOX' ? [] : [`.${mailbox}`]));
  }
}
