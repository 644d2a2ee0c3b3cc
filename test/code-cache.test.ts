// The command (dist/cli/mlreview.cjs) runs the one-file build with a V8 code cache per command. Pinned here:
// it says exactly what the modules say; the cache is written by a command's first run, taken as it is by
// the next, and replaced when V8 refuses it; a failed run leaves none; and a one-file build older than the
// modules is not run at all. The cache tests work on a copy of dist/, since they age and break its files.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveOf, examplesDir, repoRoot, scratchDir } from './run-cli.js';

const mbox = join(examplesDir, 'ringbuf-v1-v2.mbox');
const V2_COVER = 'cover.1757667600.git.ada@example.org';
let db: string;

function run(entry: string, args: string[]) {
  const r = spawnSync(process.execPath, [entry, ...args], { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** dist/ and bin/ copied beside links to the packages and the knowledge entries it reads. */
function copyOfDist(): { dist: string; command: string; bin: string; cacheDir: string } {
  const root = scratchDir();
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true, preserveTimestamps: true, filter: (src) => !src.includes('.code-cache') });
  cpSync(join(repoRoot, 'bin'), join(root, 'bin'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  symlinkSync(join(repoRoot, 'knowledge'), join(root, 'knowledge'));
  writeFileSync(join(root, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
  return { dist: join(root, 'dist'), command: join(root, 'dist', 'cli', 'mlreview.cjs'), bin: join(root, 'bin', 'mlreview'), cacheDir: join(root, 'dist', '.code-cache') };
}

const cacheFiles = (dir: string, command: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${command}-`) && f.endsWith('.bin')) : []);

beforeAll(() => {
  db = archiveOf(mbox);
});

describe('the one-file build', () => {
  it('is plain ASCII and reviews exactly as the modules do', () => {
    const bundle = readFileSync(join(repoRoot, 'dist', 'mlreview.cjs'));
    expect(bundle.findIndex((b) => b > 0x7f)).toBe(-1);
    const args = ['review', '--db', db, '-o', 'md', V2_COVER];
    const fromBundle = run(join(repoRoot, 'dist', 'cli', 'mlreview.cjs'), args);
    const fromModules = run(join(repoRoot, 'dist', 'cli', 'main.js'), args);
    expect(fromBundle.status, fromBundle.stderr).toBe(0);
    expect(fromBundle.stdout).toContain('stateful-mmap-prepare');
    expect(fromBundle.stdout).toBe(fromModules.stdout);
  });
});

describe('the code cache', () => {
  it('is written by the first run of a command, kept while V8 takes it, and replaced when V8 refuses it', () => {
    const { command, cacheDir } = copyOfDist();
    const args = ['review', '--db', db, '-o', 'json', V2_COVER];
    const first = run(command, args);
    expect(first.status, first.stderr).toBe(0);
    const [file] = cacheFiles(cacheDir, 'review');
    expect(file).toBeDefined();
    const path = join(cacheDir, file);
    const written = statSync(path).mtimeMs;

    const second = run(command, args);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(path).mtimeMs).toBe(written);

    writeFileSync(path, Buffer.alloc(4096, 7));
    const third = run(command, args);
    expect(third.stdout).toBe(first.stdout);
    expect(readFileSync(path).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(cacheFiles(cacheDir, 'review')).toEqual([file]);
  });

  it('is not written by a run that fails on its arguments', () => {
    const { command, cacheDir } = copyOfDist();
    const r = run(command, ['review', '--revision']);
    expect(r.status).toBe(2);
    expect(cacheFiles(cacheDir, 'review')).toEqual([]);
  });

  it('is not used when the one-file build is older than the modules: they run instead', () => {
    const { dist, command, cacheDir } = copyOfDist();
    const past = new Date(Date.now() - 3600_000);
    utimesSync(join(dist, 'mlreview.cjs'), past, past);
    // A one-file build that would fail if it ran: only the modules can answer.
    writeFileSync(join(dist, 'mlreview.cjs'), 'throw new Error("stale bundle ran");');
    utimesSync(join(dist, 'mlreview.cjs'), past, past);
    const r = run(command, ['review', '--db', db, '-o', 'json', V2_COVER]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe(1);
    expect(cacheFiles(cacheDir, 'review')).toEqual([]);
  });
});

describe('bin/mlreview, the command npm links', () => {
  it('starts node with its V8 flag on the entry, which keeps a cache of its own for those flags', () => {
    const { command, bin, cacheDir } = copyOfDist();
    const args = ['review', '--db', db, '-o', 'json', V2_COVER];
    const viaBin = spawnSync(bin, args, { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(viaBin.status, viaBin.stderr).toBe(0);
    expect(viaBin.stdout).toBe(run(command, args).stdout);
    // Two caches: one made under bin/mlreview's flags (their fingerprint ends the name), one under none.
    const names = cacheFiles(cacheDir, 'review');
    expect(names).toHaveLength(2);
    expect(names.filter((n) => /-\d+-\d+-[0-9a-f]+\.bin$/.test(n))).toHaveLength(1);
  });

  it('runs through the links npm makes to it, relative or absolute, one or several', () => {
    const dir = scratchDir();
    const bin = join(repoRoot, 'bin', 'mlreview');
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(relative(join(dir, 'node_modules', '.bin'), bin), join(dir, 'node_modules', '.bin', 'mlreview'));
    symlinkSync(bin, join(dir, 'absolute'));
    symlinkSync('absolute', join(dir, 'chained'));
    for (const link of [join(dir, 'node_modules', '.bin', 'mlreview'), join(dir, 'absolute'), join(dir, 'chained')]) {
      const r = spawnSync(link, ['--version'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    }
  });

  it('gives NODE_EXTRA_CA_CERTS to ingest and sync only, the commands that can open a TLS connection', () => {
    // Node warns at start when the file cannot be read: the warning shows whether node was given the variable.
    const env = { ...process.env, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: join(scratchDir(), 'no-such-ca.pem') };
    const bin = join(repoRoot, 'bin', 'mlreview');
    const warned = (args: string[]) => /extra certs/i.test(spawnSync(bin, args, { env, encoding: 'utf8' }).stderr);
    expect(warned(['--version'])).toBe(false);
    expect(warned(['review', '--db', db, V2_COVER])).toBe(false);
    expect(warned(['ingest', '--db', join(scratchDir(), 'a.db'), mbox])).toBe(true);
    expect(warned(['sync', '--config', join(scratchDir(), 'none.toml')])).toBe(true);
  });
});
