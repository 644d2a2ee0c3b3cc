// Runs the built CLI as a user would, in a child process, and captures what it prints.
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// The command as a user runs it: bin/mlreview, which starts node on dist/cli/mlreview.cjs.
export const cliPath = join(repoRoot, 'bin', 'mlreview');
export const examplesDir = join(repoRoot, 'examples');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(cliPath, args, {
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    maxBuffer: 64 << 20,
  });
  return { status: r.status ?? -1, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Like runCli, without blocking this process: for tests whose servers live in this process. */
export function runCliAsync(args: string[], opts: { env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlreview-test-'));
}

/** A scratch archive holding `mbox`, ingested through the CLI; throws with ingest's stderr when it fails. */
export function archiveOf(mbox: string): string {
  const db = join(scratchDir(), 'archive.db');
  const r = runCli(['ingest', '--db', db, mbox]);
  if (r.status !== 0) throw new Error(`mlreview ingest ${mbox} exited ${r.status}: ${r.stderr}`);
  return db;
}
