// Spreads parsing and analysis over worker threads while the ingesting thread splits and stores, so an
// ingest keeps both cores of a small machine busy. Results come back in the order messages were added.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceRef } from '../core/message.js';
import type { RawMessage } from './sources/mbox.js';
import { prepareMessage, type Prepared } from './prepare-message.js';
import type { WorkerBatch, WorkerResult } from './analyse-worker.js';

const WORKER_FILE = fileURLToPath(new URL('./analyse-worker.js', import.meta.url));
const CHUNK_MESSAGES = 128;
const MAX_IN_FLIGHT = 4;

export interface Analyser {
  /** Takes a message now (its bytes may be reused once this returns). */
  add(m: RawMessage): void;
  /** Results finished so far, in order; waits only when too much work is queued. */
  ready(): Promise<Prepared[]>;
  /** Everything added, finished, in order. */
  finish(): Promise<Prepared[]>;
  /** Byte offset of the first added message whose result has not been handed out yet. */
  firstPendingOffset(): number | undefined;
  close(): Promise<void>;
}

/** In the calling thread: for small inputs, where starting a worker costs more than it saves. */
class InlineAnalyser implements Analyser {
  private results: Prepared[] = [];
  add(m: RawMessage): void {
    this.results.push(prepareMessage(m.raw, m.ref));
  }
  async ready(): Promise<Prepared[]> {
    const out = this.results;
    this.results = [];
    return out;
  }
  finish(): Promise<Prepared[]> {
    return this.ready();
  }
  firstPendingOffset(): number | undefined {
    return undefined;
  }
  async close(): Promise<void> {}
}

/**
 * Chunk buffers, handed back by the workers once they are done with them: fresh memory costs a page fault
 * per 4 KiB, which for hundreds of megabytes of mail is more than copying the mail itself.
 */
class BufferPool {
  private readonly free: Uint8Array[] = [];

  take(): Uint8Array {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(4 << 20);
  }

  give(buffer: Uint8Array): void {
    if (this.free.length < MAX_IN_FLIGHT + 1) this.free.push(buffer);
  }
}

/** Message bytes copied back to back into one transferable buffer. */
class ChunkBuilder {
  // Not zero-filled: every byte handed on is written first.
  length = 0;
  ends: number[] = [];
  refs: SourceRef[] = [];

  constructor(public bytes: Uint8Array) {}

  add(m: RawMessage): void {
    if (this.length + m.raw.length > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.length + m.raw.length));
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    this.bytes.set(m.raw, this.length);
    this.length += m.raw.length;
    this.ends.push(this.length);
    this.refs.push(m.ref);
  }

  toBatch(seq: number): WorkerBatch {
    return { seq, bytes: this.bytes.subarray(0, this.length), ends: this.ends, refs: this.refs };
  }
}

interface InFlight {
  firstOffset: number;
  results?: Prepared[];
  done: Promise<void>;
}

class WorkerAnalyser implements Analyser {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: Prepared[]) => void>();
  private failure: Error | undefined;
  private readonly queue: InFlight[] = [];
  private readonly buffers = new BufferPool();
  private chunk = new ChunkBuilder(this.buffers.take());
  private seq = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      // A tight heap keeps the worker's memory flat: it only ever holds a few chunks.
      const w = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
      w.on('message', (msg: WorkerResult) => {
        this.buffers.give(msg.buffer);
        this.waiting.get(msg.seq)?.(msg.results);
        this.waiting.delete(msg.seq);
      });
      w.on('error', (err) => {
        this.failure = err;
        for (const resolve of this.waiting.values()) resolve([]);
      });
      return w;
    });
  }

  add(m: RawMessage): void {
    this.chunk.add(m);
    if (this.chunk.refs.length >= CHUNK_MESSAGES) this.submit();
  }

  private submit(): void {
    if (this.chunk.refs.length === 0) return;
    const seq = this.seq++;
    const batch = this.chunk.toBatch(seq);
    this.chunk = new ChunkBuilder(this.buffers.take());
    const entry: InFlight = { firstOffset: batch.refs[0].offset, done: Promise.resolve() };
    entry.done = new Promise<Prepared[]>((resolve) => this.waiting.set(seq, resolve)).then((r) => {
      entry.results = r;
    });
    this.queue.push(entry);
    // The chunk's buffer moves to the worker; this thread starts a new chunk.
    this.workers[seq % this.workers.length].postMessage(batch, [batch.bytes.buffer as ArrayBuffer]);
  }

  private takeDone(): Prepared[] {
    if (this.failure) throw this.failure;
    const out: Prepared[] = [];
    while (this.queue.length > 0 && this.queue[0].results) out.push(...this.queue.shift()!.results!);
    return out;
  }

  async ready(): Promise<Prepared[]> {
    if (this.queue.length >= MAX_IN_FLIGHT) await this.queue[0].done;
    return this.takeDone();
  }

  async finish(): Promise<Prepared[]> {
    this.submit();
    await Promise.all(this.queue.map((q) => q.done));
    return this.takeDone();
  }

  firstPendingOffset(): number | undefined {
    return this.queue[0]?.firstOffset ?? this.chunk.refs[0]?.offset;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Workers for a large input when the compiled worker exists (not when running from TypeScript sources). */
function analyserFor(inputBytes: number): Analyser {
  const spare = Math.min(2, availableParallelism() - 1);
  if (inputBytes < 8 << 20 || spare < 1 || !existsSync(WORKER_FILE)) return new InlineAnalyser();
  return new WorkerAnalyser(spare);
}

/**
 * Chooses inline or worker analysis at the first message, when the input's size is known: a mail server
 * says how much it will send only once the mailbox is open.
 */
export function createAnalyser(inputBytes: () => number): Analyser {
  let chosen: Analyser | undefined;
  return {
    add(m) {
      chosen ??= analyserFor(inputBytes());
      chosen.add(m);
    },
    ready: async () => (chosen ? chosen.ready() : []),
    finish: async () => (chosen ? chosen.finish() : []),
    firstPendingOffset: () => chosen?.firstPendingOffset(),
    close: async () => chosen?.close(),
  };
}
