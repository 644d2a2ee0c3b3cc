// The ingest job: sources → parse → analyse → archive, in committed batches, then derive threads and series.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../core/message.js';
import type { Db } from './archive/db.js';
import { MessageStore } from './archive/message-store.js';
import { getProgress, saveProgress, type SourceProgress } from './archive/source-progress.js';
import { markDerivedStale } from './archive/derived-store.js';
import { openSource, type OpenedSource } from './sources/read-source.js';
import { createAnalyser } from './analyse-pool.js';
import { describeError, type Prepared } from './prepare-message.js';
import { derive } from './derive.js';

export interface IngestReport {
  added: number;
  duplicates: number;
  skipped: Diagnostic[];
  threads: number;
  series: number;
  /** Sources not read again because they were fully ingested and have not changed since. */
  unchanged: string[];
}

export interface IngestOptions {
  stdin?: Readable;
  /** Called after every batch with the bytes read of the current source. */
  onProgress?: (p: { source: string; bytes: number; total: number; messages: number }) => void;
  batchSize?: number;
}

const BATCH = 250;

interface Counters {
  added: number;
  duplicates: number;
  skipped: Diagnostic[];
}

function startsMessageAt(path: string, offset: number): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    return readSync(fd, head, 0, 5, offset) === 5 && head.toString('latin1') === 'From ';
  } finally {
    closeSync(fd);
  }
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

async function ingestOne(db: Db, src: OpenedSource, counters: Counters, opts: IngestOptions): Promise<'read' | 'unchanged'> {
  const store = new MessageStore(db);
  const key = src.seekable ? resolve(src.spec) : undefined;
  const stat = key ? statSync(key) : undefined;
  const previous = key ? getProgress(db, key) : undefined;
  const sameFile = previous && stat && previous.size === stat.size && previous.mtime === Math.floor(stat.mtimeMs);
  if (sameFile && previous.complete) return 'unchanged';
  // Resume where an interrupted run stopped, or after what an appended-to mbox already held; a file
  // rewritten in between (no message starts there any more) is read again from the top.
  const candidate = previous && stat && (sameFile || stat.size > previous.size) ? previous.offset : 0;
  const resumeAt = candidate > 0 && key && startsMessageAt(key, candidate) ? candidate : 0;
  const progress = (offset: number, complete: boolean): SourceProgress | undefined =>
    key && stat ? { source: key, size: stat.size, mtime: Math.floor(stat.mtimeMs), offset, complete } : undefined;
  let batch: Prepared[] = [];
  let seen = 0;
  const flush = (nextOffset: number, complete: boolean) => {
    db.transaction(() => {
      markDerivedStale(db);
      storeBatch(store, batch, counters);
      const p = progress(nextOffset, complete);
      if (p) saveProgress(db, p);
    })();
    seen += batch.length;
    batch = [];
    opts.onProgress?.({ source: src.spec, bytes: nextOffset, total: src.size, messages: seen });
  };
  const analyser = createAnalyser(src.size - resumeAt);
  try {
    for await (const m of src.messages(resumeAt)) {
      // Results arrive in order: a full batch is stored with where the unstored rest begins.
      if (batch.length >= (opts.batchSize ?? BATCH)) flush(analyser.firstPendingOffset() ?? m.ref.offset, false);
      analyser.add(m);
      batch.push(...(await analyser.ready()));
    }
    batch.push(...(await analyser.finish()));
  } catch (err) {
    // Keep what was analysed before the source broke; the next run re-reads the rest.
    batch.push(...(await analyser.finish().catch(() => [])));
    const last = batch[batch.length - 1];
    if (last) flush('analysed' in last ? last.analysed.message.source.offset : last.problem.offset ?? resumeAt, false);
    throw err;
  } finally {
    await analyser.close();
  }
  flush(stat?.size ?? src.size, true);
  return 'read';
}

export type StoreReport = Omit<IngestReport, 'threads' | 'series'>;

/** Reads every source into the archive, without deriving threads and series yet. */
export async function storeSources(db: Db, specs: string[], opts: IngestOptions = {}): Promise<StoreReport> {
  const counters: Counters = { added: 0, duplicates: 0, skipped: [] };
  const unchanged: string[] = [];
  for (const spec of specs) {
    try {
      const src = openSource(spec, opts.stdin);
      if ((await ingestOne(db, src, counters, opts)) === 'unchanged') unchanged.push(spec);
    } catch (err) {
      counters.skipped.push({ source: spec, reason: describeError(err) });
    }
  }
  return { ...counters, unchanged };
}

export async function ingest(db: Db, specs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const stored = await storeSources(db, specs, opts);
  const summary = derive(db);
  return { ...stored, threads: summary.threads, series: summary.series };
}
