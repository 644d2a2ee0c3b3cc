// Worker thread: parses and analyses batches of raw messages for the ingest job on another core.
import { parentPort } from 'node:worker_threads';
import type { SourceRef } from '../core/message.js';
import { prepareMessage, type Prepared } from './prepare-message.js';

export interface WorkerBatch {
  seq: number;
  /** All messages' bytes back to back; `ends[i]` is where message i stops. */
  bytes: Uint8Array;
  ends: number[];
  refs: SourceRef[];
}

export interface WorkerResult {
  seq: number;
  results: Prepared[];
  /** The batch's buffer, handed back for the next chunk. */
  buffer: Uint8Array;
}

parentPort?.on('message', (batch: WorkerBatch) => {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const results = batch.refs.map((ref, i) => prepareMessage(bytes.subarray(i === 0 ? 0 : batch.ends[i - 1], batch.ends[i]), ref));
  const buffer = new Uint8Array(batch.bytes.buffer);
  const reply: WorkerResult = { seq: batch.seq, results, buffer };
  parentPort!.postMessage(reply, [buffer.buffer as ArrayBuffer]);
});
