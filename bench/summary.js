// npm run bench summary: `mlreview summarize` on series 1 of the corpus (241 messages, five revisions) from
// an archive, as a reviewer runs it: a fresh process each time, wall time and peak RSS under GNU time.
//
// Options: --runs N (best of N, default 5), --json (JSON on stdout; the table then goes to stderr).
// The corpus is ../shared/corpus beside the checkout, or $MLREVIEW_CORPUS. The archive is built once in
// .bench/ (not timed).
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureGnuTime, measure, shellLine } from './measure.js';
import { warnIfStale } from './stale-build.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli', 'mlreview.cjs');
const log = (s) => process.stderr.write(`${s}\n`);
const SLUG = 'lorenzo-mmap-prepare-expand-2025';
const V1_COVER = 'cover.1757329751.git.lorenzo.stoakes@oracle.com';
const TARGET_SECONDS = 0.5;
const USAGE = 'usage: npm run bench summary -- [--runs N] [--json]';

function options(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, found "${values.runs}"`);
  return { runs, json: values.json, help: values.help };
}

function cliJson(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`mlreview ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

/** The archive of series 1 in .bench/, built on first use; returns its path, the series id and its size. */
function prepareArchive() {
  const mbox = join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm', `${SLUG}.mbox`);
  if (!existsSync(mbox)) throw new Error(`corpus not found: ${mbox} (set MLREVIEW_CORPUS to the folder holding lkml-mm/)`);
  const dir = join(repoRoot, '.bench');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, `summary-${SLUG}.db`);
  const ingest = cliJson(['ingest', '--db', db, '-o', 'json', mbox]);
  log(`${relative(repoRoot, db)}: ${ingest.added ? `ingested ${ingest.added} messages` : 'reused'}`);
  const series = cliJson(['series', 'show', '--db', db, '-o', 'json', V1_COVER]).series;
  const summary = cliJson(['summarize', '--db', db, '-o', 'json', series.id]);
  const messages = summary.revisions.reduce((n, r) => n + r.replies + r.patches.length, 0);
  return { db, seriesId: series.id, messages, revisions: summary.revisions.length, points: summary.revisions.reduce((n, r) => n + r.patches.reduce((m, p) => m + p.points.length, 0), 0) };
}

async function timeRuns(archive, runs) {
  const rows = [];
  for (const format of ['text', 'json']) {
    const args = [cli, 'summarize', '--db', archive.db, '-o', format, archive.seriesId];
    const seconds = [];
    let peak = 0;
    for (let i = 0; i < runs; i++) {
      const r = await measure(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' } });
      if (r.exitCode !== 0) throw new Error(`${shellLine('node', args)} exited ${r.exitCode}: ${r.stderr.trim()}`);
      seconds.push(r.seconds);
      peak = Math.max(peak, r.peakRssKb);
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    rows.push({ format, best: sorted[0], median: sorted[Math.floor(sorted.length / 2)], seconds, peakRssKb: peak, command: shellLine('node', args.map((a) => (a.startsWith(repoRoot) ? relative(repoRoot, a) : a))) });
  }
  return rows;
}

export async function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (e) {
    log(`bench summary: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) return log(USAGE), 0;
  try {
    ensureGnuTime(log);
    warnIfStale(repoRoot, log);
    const archive = prepareArchive();
    const loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
    const rows = await timeRuns(archive, opts.runs);
    const say = opts.json ? log : (s) => process.stdout.write(`${s}\n`);
    say(`\nseries ${archive.seriesId} (${SLUG}): ${archive.messages} messages in ${archive.revisions} revisions, ${archive.points} points`);
    say(`runs: best of ${opts.runs}, a fresh process each (node start-up, archive open, summary, output)`);
    say(`load average before timing: ${loadAverage.join(', ')} on ${cpus().length} CPUs\n`);
    say('format  best s  median s  peak RSS MiB  target');
    for (const r of rows) say(`${r.format.padEnd(6)}  ${r.best.toFixed(3).padStart(6)}  ${r.median.toFixed(3).padStart(8)}  ${(r.peakRssKb / 1024).toFixed(1).padStart(12)}  ${r.best < TARGET_SECONDS ? 'met' : 'MISSED'} (< ${TARGET_SECONDS} s)`);
    say('\ncommands:');
    for (const r of rows) say(`  ${r.command}`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ schema: 1, series: archive, runs: opts.runs, loadAverage, targetSeconds: TARGET_SECONDS, rows }, null, 2)}\n`);
    return 0;
  } catch (e) {
    log(`bench summary: ${e.message}`);
    return 2;
  }
}
