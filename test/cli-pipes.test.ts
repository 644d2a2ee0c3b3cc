// End-to-end: the CLI's output through a pipe. It exits as soon as its output is written, so it must wait
// for a slow reader, and a reader that stops early (`mlreview threads | head`) is no error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { exampleMessages, renamedCopy, toMbox } from './example-messages.js';
import { runCli, scratchDir, startCli } from './run-cli.js';

let db: string;
let whole: string;

beforeAll(() => {
  const dir = scratchDir();
  // Enough threads that their JSON outgrows a pipe's buffer (64 KiB on Linux).
  const mbox = join(dir, 'many.mbox');
  writeFileSync(mbox, toMbox(Array.from({ length: 480 }, (_, c) => exampleMessages().map((m) => renamedCopy(m, c))).flat()), 'latin1');
  db = join(dir, 'archive.db');
  expect(runCli(['ingest', '--db', db, mbox]).status).toBe(0);
  whole = runCli(['threads', '--db', db, '-o', 'json']).stdout;
  expect(whole.length).toBeGreaterThan(256 << 10);
});

function exit(child: ReturnType<typeof startCli>): Promise<{ status: number | null; stderr: string }> {
  const err: Buffer[] = [];
  child.stderr!.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr: Buffer.concat(err).toString() })));
}

it('gives a reader that takes its time every byte', async () => {
  const child = startCli(['threads', '--db', db, '-o', 'json']);
  const done = exit(child);
  child.stdout!.pause();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const out: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stdout!.resume();
  expect(await done).toEqual({ status: 0, stderr: '' });
  expect(Buffer.concat(out).toString()).toBe(whole);
});

it('exits quietly with its own code when the reader stops early', async () => {
  const child = startCli(['threads', '--db', db, '-o', 'json']);
  const done = exit(child);
  child.stdout!.once('data', () => child.stdout!.destroy());
  expect(await done).toEqual({ status: 0, stderr: '' });
});
