// Worker thread that derives threads and series for an archive file, on a fresh heap with a small young
// generation: derive allocates many small, long-lived objects, and big semi-spaces only inflate memory.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from './archive/db.js';
import { derive } from './derive.js';

const db = openDb((workerData as { dbFile: string }).dbFile);
try {
  parentPort!.postMessage({ summary: derive(db) });
} finally {
  db.close();
}
