// Archive pages and files over HTTP(S): a timeout per request, retries with backoff for what may pass (a
// dropped connection, 5xx, 429), a polite pause between requests to one host, and conditional requests
// (ETag / Last-Modified) so that an unchanged page costs the server a 304, not the page.
import { createWriteStream, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch-policy.js';
import { SourceError } from './source-error.js';

export { DEFAULT_FETCH_POLICY, type FetchPolicy };

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult = { status: 'fetched'; body: Buffer; etag: string | null; lastModified: string | null } | { status: 'unchanged' };
export type DownloadResult = { status: 'fetched'; bytes: number; etag: string | null; lastModified: string | null } | { status: 'unchanged' };

const USER_AGENT = 'mlreview (kernel mailing-list review tool)';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One fetcher per run: it remembers when each host was last asked. */
export class HttpFetcher {
  private readonly lastRequest = new Map<string, number>();

  constructor(private readonly policy: FetchPolicy = DEFAULT_FETCH_POLICY) {}

  async get(url: string, validators: Validators = {}): Promise<FetchResult> {
    const r = await this.request(url, validators);
    if (r.status === 'unchanged') return r;
    return { status: 'fetched', body: Buffer.from(await r.response.arrayBuffer()), etag: r.etag, lastModified: r.lastModified };
  }

  /**
   * Streams the body into `path`, so a large archive file never sits in memory whole; `onBytes` hears how
   * far it got (and of how much, when the server said).
   */
  async download(url: string, path: string, validators: Validators = {}, onBytes?: (bytes: number, total: number) => void): Promise<DownloadResult> {
    const r = await this.request(url, validators);
    if (r.status === 'unchanged') return r;
    if (!r.response.body) throw new SourceError('HTTP', `${url}: the server sent no body`);
    const total = Number(r.response.headers.get('content-length') ?? 0);
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        onBytes?.(received, total);
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(r.response.body as import('node:stream/web').ReadableStream), counter, createWriteStream(path));
    return { status: 'fetched', bytes: statSync(path).size, etag: r.etag, lastModified: r.lastModified };
  }

  private async request(url: string, validators: Validators): Promise<{ status: 'fetched'; response: Response; etag: string | null; lastModified: string | null } | { status: 'unchanged' }> {
    let last: Error | undefined;
    for (let attempt = 0; attempt <= this.policy.retries; attempt++) {
      if (attempt > 0) await sleep(this.policy.firstRetryMs * 2 ** (attempt - 1));
      await this.politePause(url);
      let response: Response;
      try {
        response = await fetch(url, { headers: requestHeaders(validators), signal: AbortSignal.timeout(this.policy.timeoutMs), redirect: 'follow' });
      } catch (err) {
        last = new SourceError('HTTP', `${url}: ${networkReason(err as Error, this.policy.timeoutMs)}`);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'unchanged' };
      }
      if (response.ok) return { status: 'fetched', response, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
      await response.body?.cancel(); // an unread error body would hold its connection
      last = new SourceError('HTTP', `${url}: ${response.status} ${response.statusText || 'error'}`);
      if (response.status !== 429 && response.status < 500) break; // 404 and friends will not change on retry
    }
    throw last!;
  }

  private async politePause(url: string): Promise<void> {
    const host = new URL(url).host;
    const since = Date.now() - (this.lastRequest.get(host) ?? 0);
    if (since < this.policy.minIntervalMs) await sleep(this.policy.minIntervalMs - since);
    this.lastRequest.set(host, Date.now());
  }
}

function requestHeaders(v: Validators): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  if (v.etag) headers['if-none-match'] = v.etag;
  if (v.lastModified) headers['if-modified-since'] = v.lastModified;
  return headers;
}

function networkReason(err: Error, timeoutMs: number): string {
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'cannot reach the server: connection refused';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'cannot reach the server: no such host';
  return `cannot reach the server: ${cause?.message ?? err.message}`;
}
