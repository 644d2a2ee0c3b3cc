// End-to-end: `mlreview check` on real `git format-patch` output made in a scratch repository, as a
// submitter runs it before sending: exit 0 when clean, 1 at or above --fail-on, 2 for bad input.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.js';

let clean: string[];
let sloppy: string[];
let unwritten: string;

function git(repo: string, ...args: string[]): void {
  const r = spawnSync('git', ['-C', repo, '-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@example.org', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function commit(repo: string, file: string, text: string, message: string, signOff: boolean): void {
  mkdirSync(join(repo, 'drivers/misc'), { recursive: true });
  writeFileSync(join(repo, file), text);
  git(repo, 'add', file);
  git(repo, 'commit', '-q', ...(signOff ? ['-s'] : []), '-m', message);
}

/** A two-patch series as format-patch writes it, into its own folder; returns the patch files. */
function formatPatch(repo: string, out: string, extra: string[]): string[] {
  git(repo, 'format-patch', '-q', ...extra, '-o', out, 'HEAD~2');
  return readdirSync(out).sort().map((f) => join(out, f));
}

beforeAll(() => {
  const root = scratchDir();
  const repo = join(root, 'repo');
  git(root, 'init', '-q', repo);
  commit(repo, 'drivers/misc/ringbuf.c', 'int ringbuf_pages = 16;\n', 'misc/ringbuf: start the driver', true);
  commit(repo, 'drivers/misc/ringbuf.c', 'int ringbuf_pages = 16;\nint ringbuf_min = 1;\n', 'misc/ringbuf: add a lower limit\n\nRefuse empty rings.', true);
  commit(repo, 'drivers/misc/ringbuf.c', 'int ringbuf_pages = 16;\nint ringbuf_min = 1;\nint ringbuf_max = 1024;\n', 'misc/ringbuf: add an upper limit\n\nRefuse huge rings.', true);
  clean = formatPatch(repo, join(root, 'clean'), ['--cover-letter']);
  unwritten = join(root, 'unwritten-cover.patch');
  copyFileSync(clean[0], unwritten);
  writeFileSync(clean[0], readFileSync(clean[0], 'utf8').replace('*** SUBJECT HERE ***', 'misc/ringbuf: page limits').replace('*** BLURB HERE ***', 'Limits for the ring size.'));
  commit(repo, 'drivers/misc/ringbuf.c', 'int ringbuf_pages = 16;\nint ringbuf_min = 1;\nint ringbuf_max = 1024; \n', 'misc/ringbuf: oops, a trailing space\n\nAnd no sign-off.', false);
  sloppy = formatPatch(repo, join(root, 'sloppy'), []);
});

describe('mlreview check', () => {
  it('passes a signed-off series with a written cover letter', () => {
    const r = runCli(['check', ...clean]);
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('nothing at or above error');
  });

  it('fails a patch without a sign-off and with trailing whitespace, and names both', () => {
    const r = runCli(['check', '-o', 'json', ...sloppy]);
    expect(r.status).toBe(1);
    const entries = JSON.parse(r.stdout).findings.map((f: { entry: string; patchIndex: number }) => `${f.entry}@${f.patchIndex}`);
    expect(entries).toEqual(expect.arrayContaining(['signed-off-by-missing@2', 'trailing-whitespace@2', 'cover-letter-missing@1']));
  });

  it('fails a cover letter that still has format-patch\'s placeholders', () => {
    const r = runCli(['check', '-o', 'json', unwritten, ...clean.slice(1)]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { entry: string; quote: string }) => [f.entry, f.quote])).toEqual([
      ['cover-letter-placeholder', expect.stringContaining('*** SUBJECT HERE ***')],
    ]);
  });

  it('takes the folder, and --fail-on decides what fails', () => {
    expect(runCli(['check', '--fail-on', 'warning', join(clean[0], '..')]).status).toBe(0);
    const coverless = clean.slice(1);
    expect(runCli(['check', ...coverless]).status).toBe(0);
    const warnings = runCli(['check', '--fail-on', 'warning', ...coverless]);
    expect(warnings.status).toBe(1);
    expect(warnings.stdout).toContain('cover-letter-missing');
  });

  it('checks one patch of a series on its own without asking for the rest', () => {
    expect(runCli(['check', '--fail-on', 'info', clean[1]]).status).toBe(0);
  });

  it('exits 2 for a file that is not there and for a bad --fail-on', () => {
    const missing = runCli(['check', join(scratchDir(), 'none.patch')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('none.patch');
    expect(runCli(['check', '--fail-on', 'fatal', ...clean]).status).toBe(2);
  });
});
