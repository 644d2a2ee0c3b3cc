// npm run bench revisions: pairing the 16 patches of series 1 v1 with the 16 of v2 (or --pair v2-v3 …),
// ours against `git range-diff` on the same two revisions, in the same run.
//
//   ours, pairing:  patch texts + patch-ids + the least-cost assignment (review/revisions), in-process;
//                   the first run (cold: nothing compiled yet, what one command pays) and the best of N.
//   ours, compare:  the same plus every pair's interdiff and the split/merge marks.
//   git range-diff: `git range-diff start..v1 start..v2` on a scratch repository where each revision is
//                   committed on a synthetic base built from its hunks (bench/git-range-diff.js; no tree we
//                   have takes the series), wall time of the process, best of N.
//   mlreview:       `mlreview revisions --from v1 --to v2 -o json` as a user runs it (fresh process,
//                   archive read, summary, every check), best of N.
// Options: --runs N (default 5), --pair vA-vB (default v1-v2), --json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runRangeDiff, scratchRepo, synthesizeRevisions } from './git-range-diff.js';
import { warnIfStale } from './stale-build.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);
const dist = (p) => import(join(repoRoot, 'dist', p));
const SLUG = 'lorenzo-mmap-prepare-expand-2025';
const TARGET_MS = 200;
const USAGE = 'usage: npm run bench revisions -- [--runs N] [--pair vA-vB] [--json]';

function options(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '5' }, pair: { type: 'string', default: 'v1-v2' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, found "${values.runs}"`);
  const m = /^v(\d+)-v(\d+)$/.exec(values.pair);
  if (!m) throw new Error(`--pair: expected vA-vB such as v1-v2, found "${values.pair}"`);
  return { runs, from: Number(m[1]), to: Number(m[2]), json: values.json, help: values.help };
}

async function loadSeries() {
  const { openDb } = await dist('ingest/archive/db.js');
  const { ingest } = await dist('ingest/ingest.js');
  const { findSeriesId } = await dist('ingest/archive/series-queries.js');
  const { loadSeriesRevisions } = await dist('ingest/archive/revision-queries.js');
  const { seriesRevisions } = await dist('review/revisions/series-revisions.js');
  const mbox = join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm', `${SLUG}.mbox`);
  if (!existsSync(mbox)) throw new Error(`corpus not found: ${mbox} (set MLREVIEW_CORPUS to the folder holding lkml-mm/)`);
  mkdirSync(join(repoRoot, '.bench'), { recursive: true });
  const file = join(repoRoot, '.bench', `revisions-${SLUG}.db`);
  const db = openDb(file);
  await ingest(db, [mbox]);
  const id = findSeriesId(db, 'cover.1757329751.git.lorenzo.stoakes@oracle.com');
  const series = seriesRevisions(loadSeriesRevisions(db, id));
  db.close();
  return { file, id, series };
}

const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)], runs: ms };
};

async function timeOurs(a, b, runs) {
  const { preparePatch, comparePatches } = await dist('review/revisions/compare-patches.js');
  const { pairPatches } = await dist('review/revisions/pair-patches.js');
  const { LineInterner } = await dist('review/revisions/line-diff.js');
  const pairing = () => {
    const interner = new LineInterner();
    const pairable = (p) => ({ title: p.patch.title, patchId: p.patchId, diff: interner.intern(p.text.diff) });
    return pairPatches(a.patches.map(preparePatch).map(pairable), b.patches.map(preparePatch).map(pairable));
  };
  const compare = (options = {}) => comparePatches(a.patches.map(preparePatch), b.patches.map(preparePatch), options);
  const once = (fn) => {
    const t0 = performance.now();
    const out = fn();
    return { ms: performance.now() - t0, out };
  };
  const cold = once(pairing);
  const coldCompare = once(compare);
  const warm = Array.from({ length: runs }, () => once(pairing).ms);
  const warmCompare = Array.from({ length: runs }, () => once(compare).ms);
  const unweighted = compare({ subjectWeight: 0 });
  return { coldMs: cold.ms, coldCompareMs: coldCompare.ms, pairing: stats(warm), compare: stats(warmCompare), pairs: coldCompare.out, unweighted };
}

function timeGit(a, b, runs) {
  const dir = scratchRepo();
  const asCommits = (r) => ({ name: `v${r.version}`, patches: r.patches.map((p) => ({ title: p.title, message: p.commitMessage, files: p.files })) });
  synthesizeRevisions(dir, [asCommits(a), asCommits(b)]);
  const results = Array.from({ length: runs }, () => runRangeDiff(dir, `v${a.version}`, `v${b.version}`));
  return { ...stats(results.map((r) => r.ms)), pairs: results[0].pairs };
}

function timeCli(file, id, from, to, runs) {
  const args = [join(repoRoot, 'dist', 'cli', 'mlreview.cjs'), 'revisions', '--db', file, '--from', `v${from}`, '--to', `v${to}`, '-o', 'json', id];
  const ms = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`mlreview revisions exited ${r.status}: ${r.stderr.trim()}`);
    return performance.now() - t0;
  });
  return { ...stats(ms), command: `node dist/cli/mlreview.cjs ${args.slice(1).join(' ').replace(repoRoot, '')}` };
}

/** How many of git's pairings (dropped and new ones included) we make too. */
function agreement(ours, git, a, b) {
  const key = (f, t) => `${f ?? '-'}:${t ?? '-'}`;
  const theirs = git.map((p) => key(p.from === null ? null : a.patches[p.from].index, p.to === null ? null : b.patches[p.to].index));
  const mine = new Set(ours.map((p) => key(p.from?.index ?? null, p.to?.index ?? null)));
  return { same: theirs.filter((k) => mine.has(k)).length, of: theirs.length, onlyGit: theirs.filter((k) => !mine.has(k)), onlyOurs: [...mine].filter((k) => !theirs.includes(k)) };
}

export async function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (e) {
    log(`bench revisions: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) return log(USAGE), 0;
  warnIfStale(repoRoot, log);
  const { file, id, series } = await loadSeries();
  const a = series.revisions.find((r) => r.version === opts.from);
  const b = series.revisions.find((r) => r.version === opts.to);
  if (!a || !b) return log(`bench revisions: series 1 has no v${opts.from} or v${opts.to}`), 2;
  const ours = await timeOurs(a, b, opts.runs);
  const git = timeGit(a, b, opts.runs);
  const cli = timeCli(file, id, opts.from, opts.to, opts.runs);
  const agree = agreement(ours.pairs, git.pairs, a, b);
  const agreeUnweighted = agreement(ours.unweighted, git.pairs, a, b);
  const result = {
    pair: `v${a.version} (${a.patches.length} patches) → v${b.version} (${b.patches.length} patches)`,
    machine: { cpus: cpus().length, load: loadavg().map((x) => x.toFixed(2)).join(' ') },
    oursPairingColdMs: ours.coldMs, oursPairingBestMs: ours.pairing.best, oursCompareColdMs: ours.coldCompareMs, oursCompareBestMs: ours.compare.best,
    gitRangeDiffBestMs: git.best, gitRangeDiffMedianMs: git.median, cliBestMs: cli.best, cliCommand: cli.command,
    ratioColdPairingToGit: ours.coldMs / git.best, ratioWarmPairingToGit: ours.pairing.best / git.best,
    underTarget: ours.coldMs < TARGET_MS, agreement: agree, agreementWithoutSubjectWeight: agreeUnweighted,
  };
  const f = (x) => `${x.toFixed(1)} ms`;
  const table = [
    `revisions bench: series 1 ${result.pair}, ${opts.runs} runs; ${result.machine.cpus} CPUs, load ${result.machine.load}`,
    `  ours, pairing (cold, first call)     ${f(ours.coldMs)}   target < ${TARGET_MS} ms: ${result.underTarget ? 'met' : 'MISSED'}`,
    `  ours, pairing (best of ${opts.runs})          ${f(ours.pairing.best)}`,
    `  ours, pairs + interdiffs (cold/best) ${f(ours.coldCompareMs)} / ${f(ours.compare.best)}`,
    `  git range-diff (best / median)       ${f(git.best)} / ${f(git.median)}`,
    `  mlreview revisions -o json (best)    ${f(cli.best)}   (fresh process: archive, summary, every check)`,
    `  ratio ours/git: cold ${result.ratioColdPairingToGit.toFixed(2)}, warm ${result.ratioWarmPairingToGit.toFixed(2)}`,
    `  pairing agreement with git: ${agree.same}/${agree.of}${agree.onlyGit.length ? `; git only: ${agree.onlyGit.join(' ')}; ours only: ${agree.onlyOurs.join(' ')}` : ''}`,
    `  with the subject weight at 0:  ${agreeUnweighted.same}/${agreeUnweighted.of}${agreeUnweighted.onlyOurs.length ? `; ours only: ${agreeUnweighted.onlyOurs.join(' ')}` : ''}`,
  ].join('\n');
  if (opts.json) {
    log(table);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`${table}\n`);
  }
  return 0;
}
