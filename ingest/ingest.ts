// The ingest job: sources → parse → analyse → archive, in committed batches, then derive threads and series.
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../core/message.js';
import type { Db } from './archive/db.js';
import { MessageStore } from './archive/message-store.js';
import { getMailboxProgress } from './archive/source-progress.js';
import { markDerivedStale } from './archive/derived-store.js';
import { openSource, type OpenedSource } from './sources/read-source.js';
import { ImapMailboxSource, type RetryPolicy } from './sources/imap.js';
import { isImapUrl, parseImapUrl, type ImapLocation } from './sources/imap-location.js';
import { SourceError } from './sources/source-error.js';
import { fileCheckpoint, mailboxCheckpoint, type Checkpoint } from './checkpoint.js';
import { archiveKind, expandArchiveSpec, type ArchiveKind } from './archive-sources.js';
import { HttpFetcher, type FetchPolicy } from './sources/http-fetch.js';
import { createAnalyser } from './analyse-pool.js';
import { describeError, type Prepared } from './prepare-message.js';
import { derive } from './derive.js';

export interface IngestReport {
  added: number;
  duplicates: number;
  /** Messages that could not be stored, each named with where it came from and why. */
  skipped: Diagnostic[];
  /** Sources that could not be read at all (missing file, unreachable server, wrong password …). */
  failed: Diagnostic[];
  threads: number;
  series: number;
  /** Sources not read again because they were fully ingested and have not changed since. */
  unchanged: string[];
}

export interface IngestOptions {
  stdin?: Readable;
  /** Called after every batch with the bytes read of the current source. */
  onProgress?: (p: { source: string; bytes: number; total: number; messages: number }) => void;
  /** Things worth telling the user that are not problems (a retried connection, a renumbered mailbox). */
  onNotice?: (message: string) => void;
  batchSize?: number;
  /** How archives are fetched over HTTP (tests and benchmarks drop the polite pause). */
  fetchPolicy?: FetchPolicy;
  /** For a pipermail list index: how many recent months to read. */
  months?: number;
  imap?: {
    /** The password for a mailbox (from the environment or netrc, resolved by the caller). */
    password: (location: ImapLocation) => string;
    /** Plain text instead of TLS, for a server on this machine. */
    insecurePlain?: boolean;
    retry?: RetryPolicy;
  };
  now?: () => number;
}

export type AnySource = OpenedSource | ImapMailboxSource;

const BATCH = 250;

interface Counters {
  added: number;
  duplicates: number;
  skipped: Diagnostic[];
  failed: Diagnostic[];
}

function storeBatch(store: MessageStore, batch: Prepared[], counters: Counters): void {
  for (const item of batch) {
    if ('problem' in item) {
      counters.skipped.push(item.problem);
      continue;
    }
    try {
      if (store.insert(item.analysed) === 'added') counters.added++;
      else counters.duplicates++;
    } catch (err) {
      const m = item.analysed.message;
      counters.skipped.push({ source: m.source.source, offset: m.source.offset, messageId: m.messageId, reason: describeError(err) });
    }
  }
}

async function storeStream(db: Db, src: AnySource, checkpoint: Checkpoint, counters: Counters, opts: IngestOptions): Promise<void> {
  const store = new MessageStore(db);
  let batch: Prepared[] = [];
  let seen = 0;
  let received = 0;
  const flush = (next: number, complete: boolean) => {
    db.transaction(() => {
      markDerivedStale(db);
      storeBatch(store, batch, counters);
      checkpoint.save(next, complete);
    })();
    seen += batch.length;
    batch = [];
    // A file's progress is its offset; a mailbox's, the bytes received of the size it announced.
    opts.onProgress?.({ source: src.spec, bytes: src.kind === 'imap' ? received : next, total: src.size, messages: seen });
  };
  // What is left to read: a file from where it resumes, a mailbox what the server announced.
  const analyser = createAnalyser(() => (src.kind === 'imap' ? src.size : src.size - checkpoint.resumeAt));
  try {
    for await (const m of src.messages(checkpoint.resumeAt)) {
      // Results arrive in order: a full batch is stored with where the unstored rest begins.
      if (batch.length >= (opts.batchSize ?? BATCH)) flush(analyser.firstPendingOffset() ?? m.ref.offset, false);
      analyser.add(m);
      received += m.raw.length;
      batch.push(...(await analyser.ready()));
    }
    batch.push(...(await analyser.finish()));
  } catch (err) {
    // Keep what was analysed before the source broke; the next run re-reads the rest.
    batch.push(...(await analyser.finish().catch(() => [])));
    const last = batch[batch.length - 1];
    if (last) flush(positionAfter(last, src), false);
    throw err;
  } finally {
    await analyser.close();
  }
  flush(checkpoint.end(), true);
}

/** Where to resume after `last`: a file re-reads from it (its end is unknown here), a mailbox goes past its UID. */
function positionAfter(last: Prepared, src: AnySource): number {
  const at = 'analysed' in last ? last.analysed.message.source.offset : last.problem.offset ?? 0;
  return src.kind === 'imap' ? at + 1 : at;
}

async function ingestOne(db: Db, src: AnySource, counters: Counters, opts: IngestOptions): Promise<'read' | 'unchanged'> {
  const checkpoint = src.kind === 'imap' ? mailboxCheckpoint(db, src, opts.now ?? Date.now) : fileCheckpoint(db, src);
  if (checkpoint === 'unchanged') return 'unchanged';
  await storeStream(db, src, checkpoint, counters, opts);
  return 'read';
}

export type StoreReport = Omit<IngestReport, 'threads' | 'series'>;

/** A SOURCE argument opened: a file, directory or stdin, or an IMAP mailbox. */
function openAnySource(db: Db, spec: string, opts: IngestOptions): AnySource {
  if (!isImapUrl(spec)) return openSource(spec, opts.stdin);
  const location = parseImapUrl(spec, opts.imap?.insecurePlain);
  if (!opts.imap) throw new SourceError('IMAP_PASSWORD', `${location.url}: no way to find a password for IMAP here`);
  return new ImapMailboxSource(location, {
    password: opts.imap.password(location),
    knownValidity: getMailboxProgress(db, location.url)?.uidValidity,
    retry: opts.imap.retry,
    onNotice: opts.onNotice,
  });
}

/** An archive spec's sources, each read and then let go; false when the archive had nothing new. */
async function ingestArchiveSpec(db: Db, spec: string, kind: ArchiveKind, counters: Counters, opts: IngestOptions, fetcher: HttpFetcher): Promise<boolean> {
  let read = false;
  for await (const src of expandArchiveSpec(spec, kind, { db, fetcher, now: opts.now ?? Date.now, months: opts.months, onProgress: opts.onProgress })) {
    try {
      await ingestOne(db, src, counters, opts);
      src.afterStored?.();
      read = true;
    } finally {
      src.dispose?.();
    }
  }
  return read;
}

/** Reads every source into the archive, without deriving threads and series yet. */
export async function storeSources(db: Db, specs: string[], opts: IngestOptions = {}): Promise<StoreReport> {
  const counters: Counters = { added: 0, duplicates: 0, skipped: [], failed: [] };
  const unchanged: string[] = [];
  const fetcher = new HttpFetcher(opts.fetchPolicy);
  for (const spec of specs) {
    try {
      const kind = archiveKind(spec);
      if (kind) {
        if (!(await ingestArchiveSpec(db, spec, kind, counters, opts, fetcher))) unchanged.push(spec);
      } else if ((await ingestOne(db, openAnySource(db, spec, opts), counters, opts)) === 'unchanged') {
        unchanged.push(spec);
      }
    } catch (err) {
      counters.failed.push({ source: spec, reason: describeError(err) });
    }
  }
  return { ...counters, unchanged };
}

export async function ingest(db: Db, specs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const stored = await storeSources(db, specs, opts);
  const summary = derive(db);
  return { ...stored, threads: summary.threads, series: summary.series };
}
