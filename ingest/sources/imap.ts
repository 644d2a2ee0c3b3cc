// An IMAP mailbox as a source (imapflow). Messages come in UID order; the ingest job stores them in batches
// and records, with each batch, the next UID to read — so a later run fetches only what is new, and a
// connection dropped mid-fetch is retried with backoff and resumed after the last message received.
// imapflow takes a third of a second to import; only a run that reads a mailbox pays for it.
import type { ImapFlow } from 'imapflow';
import { createRequire } from 'node:module';
import type { RawMessage } from './mbox.js';
import type { ImapLocation } from './imap-location.js';
import { SourceError } from './source-error.js';

export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface ImapSourceOptions {
  password: string;
  /** UIDVALIDITY the archive recorded for this mailbox: a different one on the server means its UIDs were reassigned. */
  knownValidity?: number;
  retry?: RetryPolicy;
  /** Seconds of silence before a connection counts as dropped. */
  socketTimeoutMs?: number;
  onNotice?: (message: string) => void;
}

/** UIDs per FETCH: bounds what the client buffers while ingest works through a batch. */
const FETCH_UIDS = 500;
const DEFAULT_RETRY: RetryPolicy = { attempts: 8, firstDelayMs: 250, maxDelayMs: 4000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ImapFailure extends Error {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
}

export class ImapMailboxSource {
  readonly kind = 'imap' as const;
  readonly seekable = false;
  /** Bytes still to fetch (RFC822.SIZE), known once connected: for progress. */
  size = 0;
  /** The server's UIDVALIDITY, once connected. */
  uidValidity: number | undefined;
  /** UID to start from next time: one past the last message this run received. */
  nextUid = 1;

  constructor(
    readonly location: ImapLocation,
    private readonly options: ImapSourceOptions,
  ) {}

  get spec(): string {
    return this.location.url;
  }

  async *messages(fromUid = 1): AsyncGenerator<RawMessage> {
    this.nextUid = Math.max(1, fromUid);
    const retry = this.options.retry ?? DEFAULT_RETRY;
    let failures = 0;
    let connectedOnce = false;
    // Required, not imported: the one-file build of the CLI runs as a script, which has no import().
    const { ImapFlow } = createRequire(import.meta.url)('imapflow') as typeof import('imapflow');
    for (;;) {
      const client = this.client(ImapFlow);
      try {
        await client.connect();
        connectedOnce = true;
        for await (const m of this.fetchNew(client)) {
          failures = 0;
          yield m;
        }
        await client.logout().catch(() => undefined);
        return;
      } catch (err) {
        client.close();
        const fatal = this.fatal(err as ImapFailure, connectedOnce);
        if (fatal) throw fatal;
        if (++failures > retry.attempts) {
          throw new SourceError('IMAP_DROPPED', `${this.location.url}: connection lost ${failures} times in a row (last: ${(err as Error).message}); stored up to UID ${this.nextUid - 1}, run again to resume`);
        }
        this.options.onNotice?.(`${this.location.url}: connection lost (${(err as Error).message}); retrying from UID ${this.nextUid}`);
        await sleep(Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (failures - 1)));
      }
    }
  }

  private client(Client: typeof ImapFlow): ImapFlow {
    const { host, port, secure, user } = this.location;
    const client = new Client({
      host,
      port,
      secure,
      doSTARTTLS: secure ? undefined : false,
      auth: { user, pass: this.options.password },
      logger: false,
      socketTimeout: this.options.socketTimeoutMs ?? 60_000,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
    });
    // A dropped connection surfaces as a rejected command; the event itself must not crash the process.
    client.on('error', () => undefined);
    return client;
  }

  /** Everything from `nextUid` on, in UID ranges; notices a renumbered mailbox (new UIDVALIDITY). */
  private async *fetchNew(client: ImapFlow): AsyncGenerator<RawMessage> {
    const box = await client.mailboxOpen(this.location.mailbox, { readOnly: true });
    const validity = Number(box.uidValidity);
    const expected = this.uidValidity ?? this.options.knownValidity;
    if (expected !== undefined && expected !== validity) {
      this.options.onNotice?.(`${this.location.url}: UIDVALIDITY changed (${expected} → ${validity}): reading the mailbox again; messages already stored are not added twice`);
      this.nextUid = 1;
    }
    this.uidValidity = validity;
    const uidNext = Number(box.uidNext);
    if (box.exists === 0 || this.nextUid >= uidNext) return;
    if (this.size === 0) this.size = await this.bytesToFetch(client, uidNext);
    while (this.nextUid < uidNext) {
      const last = Math.min(uidNext - 1, this.nextUid + FETCH_UIDS - 1);
      const range = `${this.nextUid}:${last}`;
      for await (const m of client.fetch(range, { uid: true, source: true }, { uid: true })) {
        if (m.uid < this.nextUid || !m.source) continue;
        yield { raw: m.source, ref: { source: this.location.url, offset: m.uid } };
        this.nextUid = m.uid + 1;
      }
      this.nextUid = Math.max(this.nextUid, last + 1);
    }
  }

  private async bytesToFetch(client: ImapFlow, uidNext: number): Promise<number> {
    let total = 0;
    for await (const m of client.fetch(`${this.nextUid}:${uidNext - 1}`, { uid: true, size: true }, { uid: true })) {
      if (m.uid >= this.nextUid) total += m.size ?? 0;
    }
    return total;
  }

  /** An error that retrying cannot fix, said in one line; undefined for a dropped connection. */
  private fatal(err: ImapFailure, connectedOnce: boolean): SourceError | undefined {
    const { url, user, host, port, mailbox } = this.location;
    if (err instanceof SourceError) return err;
    if (err.authenticationFailed) return new SourceError('IMAP_AUTH', `${url}: login failed for ${user} (wrong password?): ${err.responseText ?? err.message}`);
    if (/doesn't exist|does not exist|nonexistent|unknown mailbox|no such mailbox/i.test(err.responseText ?? '')) {
      return new SourceError('IMAP_MAILBOX', `${url}: no mailbox "${mailbox}" on ${host}: ${err.responseText}`);
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(err.code ?? '')) {
      return new SourceError('IMAP_CONNECT', `${url}: the TLS certificate of ${host}:${port} is not trusted (${err.message}); add its CA with NODE_EXTRA_CA_CERTS`);
    }
    if (!connectedOnce) {
      const why = err.code === 'ECONNREFUSED' ? 'connection refused' : err.code === 'ENOTFOUND' ? 'no such host' : err.message;
      return new SourceError('IMAP_CONNECT', `${url}: cannot reach ${host}:${port}: ${why}`);
    }
    return undefined;
  }
}
