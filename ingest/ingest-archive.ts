// Ingest into an archive file: the streaming phase in its own worker thread (flat, disposable memory),
// then threads and series derived in another, each on a fresh heap sized for its kind of work.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openDb } from './archive/db.js';
import type { DeriveSummary } from './derive.js';
import { ingest, type IngestOptions, type IngestReport, type StoreReport } from './ingest.js';
import type { StoreWorkerData } from './store-worker.js';
import { isImapUrl } from './sources/imap-location.js';
import { archiveKind } from './archive-sources.js';

const WORKER_FILE = fileURLToPath(new URL('./store-worker.js', import.meta.url));
const DERIVE_WORKER_FILE = fileURLToPath(new URL('./derive-worker.js', import.meta.url));

function storeInWorker(data: StoreWorkerData, opts: IngestOptions): Promise<StoreReport> {
  return new Promise((resolve, reject) => {
    // The streaming phase holds one batch and a few chunks in flight; this cap is far above that.
    const worker = new Worker(WORKER_FILE, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 } });
    let report: StoreReport | undefined;
    worker.on('message', (msg: { progress?: Parameters<NonNullable<IngestOptions['onProgress']>>[0]; report?: StoreReport }) => {
      if (msg.progress) opts.onProgress?.(msg.progress);
      if (msg.report) report = msg.report;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (report ? resolve(report) : reject(new Error(`ingest worker stopped (exit code ${code}) before it finished`))));
  });
}

function deriveInWorker(dbFile: string): Promise<DeriveSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DERIVE_WORKER_FILE, { workerData: { dbFile }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    let summary: DeriveSummary | undefined;
    worker.on('message', (msg: { summary: DeriveSummary }) => (summary = msg.summary));
    worker.on('error', reject);
    worker.on('exit', (code) => (summary ? resolve(summary) : reject(new Error(`derive worker stopped (exit code ${code}) before it finished`))));
  });
}

export async function ingestArchive(dbFile: string, specs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  // stdin, mail servers and archives stay in this thread: a stream, a password or a fetch policy cannot be
  // handed to a worker.
  const inProcess = specs.includes('-') || specs.some(isImapUrl) || specs.some((s) => archiveKind(s) !== undefined) || dbFile === ':memory:' || !existsSync(WORKER_FILE);
  if (inProcess) {
    const db = openDb(dbFile);
    try {
      return await ingest(db, specs, opts);
    } finally {
      db.close();
    }
  }
  openDb(dbFile).close(); // create and migrate before the worker opens it
  const stored = await storeInWorker({ dbFile, specs }, opts);
  const summary = await deriveInWorker(dbFile);
  return { ...stored, threads: summary.threads, series: summary.series };
}
