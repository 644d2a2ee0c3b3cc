// The CLI's entry, run by the mlreview command (bin/mlreview). It runs the one-file build of the CLI
// (dist/mlreview.cjs, made by build/bundle.mjs) with V8's code cache for the command at hand, so a cold start
// neither resolves ~100 modules nor compiles what the same command compiled last time. Without a one-file
// build, or with one older than the modules under dist/, it runs those modules (dist/cli/main.js): the same
// code, started more slowly.
//
// bin/mlreview gives node --no-regexp-tier-up (and one more V8 flag, explained there). A regular expression is first compiled to
// bytecode and interpreted, then compiled again to machine code once it has run; for the large alternations
// the summary and the knowledge base match with, the bytecode step is the slow one (9 ms against 2 ms for
// the largest; 30 ms against 7 ms for the summary's phrases), so they go to machine code straight away. The
// flag must be there from the start: set from JavaScript (v8.setFlagsFromString) after a regular expression
// had run, it crashed V8 in its regexp interpreter.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const dist = join(__dirname, '..');
const bundleFile = join(dist, 'mlreview.cjs');
const modulesEntry = join(__dirname, 'main.js');

interface Bundle {
  source: string;
  size: number;
  mtimeMs: number;
}

function freshBundle(): Bundle | undefined {
  let fd: number;
  try {
    fd = openSync(bundleFile, 'r');
  } catch {
    return undefined;
  }
  try {
    const { size, mtimeMs } = fstatSync(fd);
    if (mtimeMs < statSync(modulesEntry).mtimeMs) return undefined;
    // The bundle is ASCII, and a latin1 read makes a string without decoding UTF-8 (~10 ms less).
    return { source: readFileSync(fd, 'latin1'), size, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Node flags (bin/mlreview's, a profiler's) change what V8 compiles: each set of them has its own cache. */
function flagsTag(): string {
  if (process.execArgv.length === 0) return '';
  let hash = 0x811c9dc5;
  for (const c of process.execArgv.join(' ')) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `-${hash.toString(16)}`;
}

/**
 * One cache per command, since what `review` compiles is not what `ingest` does. V8 checks a cache against
 * the source's length, its own version and its flags, not against the source itself, so the bundle's size
 * and time are part of the name: a rebuilt bundle of the same length is never given the old code.
 */
function cacheFileFor(bundle: Bundle): string {
  const arg = process.argv[2] ?? '';
  const command = /^[a-z]+$/.test(arg) ? arg : 'other';
  return join(dist, '.code-cache', `${command}-${process.version}-${process.arch}-${bundle.size}-${Math.trunc(bundle.mtimeMs)}${flagsTag()}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so a command starting at the same moment reads the old cache or the new. */
function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch {
    // a read-only install: compile every time
  }
}

function runBundle(bundle: Bundle): void {
  const cacheFile = cacheFileFor(bundle);
  const cachedData = readCache(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bundle.source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made at exit, when it holds every function the command ran. Not after a usage or internal error
    // (exit 2): such a run compiled too little of the command to be worth keeping.
    process.on('exit', (code) => {
      if (code === 0 || code === 1) writeCache(cacheFile, script.createCachedData());
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dist);
}

const bundle = freshBundle();
if (bundle) runBundle(bundle);
else void import(pathToFileURL(modulesEntry).href);
