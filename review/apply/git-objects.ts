// One long-lived `git cat-file --batch` per repository: objects are asked for one at a time, as the
// simulation needs them, over a pipe — no checkout, no index, nothing written to the repository.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ApplyError } from './apply-error.js';

export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

interface Waiter {
  resolve: (o: GitObject | undefined) => void;
  reject: (e: Error) => void;
}

export class GitObjects {
  private readonly proc: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes needed before parsing is worth trying: a large blob arrives in many chunks. */
  private need = 1;
  private readonly waiting: Waiter[] = [];
  private failure: Error | undefined;

  constructor(readonly repo: string) {
    this.proc = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (b: Buffer) => this.take(b));
    const fail = (e: Error) => this.fail(new ApplyError('APPLY_GIT', `${repo}: git cat-file --batch stopped: ${e.message}`, { tree: repo }));
    this.proc.on('error', fail);
    this.proc.on('exit', (code) => this.waiting.length && fail(new Error(`exit code ${code}`)));
    this.proc.stdin.on('error', fail);
  }

  /** An object by name (`<commit>:<path>`, an oid); undefined when git says it is missing. */
  read(name: string): Promise<GitObject | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (/[\n\0]/.test(name)) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.proc.stdin.write(`${name}\n`);
    });
  }

  close(): void {
    this.proc.stdin.end();
  }

  private take(b: Buffer): void {
    this.chunks.push(b);
    this.buffered += b.length;
    if (this.buffered < this.need) return;
    let buf = Buffer.concat(this.chunks, this.buffered);
    this.need = 1;
    for (;;) {
      const nl = buf.indexOf(0x0a);
      if (nl < 0 || !this.waiting.length) {
        this.need = buf.length + 1;
        break;
      }
      const header = buf.toString('latin1', 0, nl);
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
      if (!m) {
        // "<name> missing" or "<name> ambiguous"
        buf = buf.subarray(nl + 1);
        this.waiting.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(m[3]);
      if (buf.length < nl + 1 + size + 1) {
        this.need = nl + 1 + size + 1;
        break;
      }
      const content = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
      buf = buf.subarray(nl + 1 + size + 1);
      this.waiting.shift()!.resolve({ oid: m[1], type: m[2], content });
    }
    this.chunks = buf.length ? [buf] : [];
    this.buffered = buf.length;
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }
}

/** Runs a short git command in `repo`; its stdout, or undefined when git exits non-zero. */
export function gitOutput(repo: string, args: readonly string[]): string | undefined {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw new ApplyError('APPLY_GIT', `${repo}: cannot run git: ${r.error.message}`, { tree: repo });
  return r.status === 0 ? r.stdout : undefined;
}
