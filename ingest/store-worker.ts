// Worker thread that reads sources into the archive. Its heap is capped and thrown away when it ends, so
// the streaming phase of a long ingest neither grows memory nor leaves garbage behind for derive.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from './archive/db.js';
import { storeSources } from './ingest.js';

export interface StoreWorkerData {
  dbFile: string;
  specs: string[];
}

const { dbFile, specs } = workerData as StoreWorkerData;
const db = openDb(dbFile);
storeSources(db, specs, { onProgress: (p) => parentPort!.postMessage({ progress: p }) })
  .then((report) => parentPort!.postMessage({ report }))
  .finally(() => db.close());
