// npm run bench review: a reviewer's `mlreview review` of the 16-patch series 1 v2 from an archive — a fresh
// process each run, cold start included, wall time as a shell sees it (best of N) and peak RSS under GNU
// time (one more run) — and in the same run the kernel's scripts/checkpatch.pl (Debian's linux-source-6.12)
// over the same 16 patches, with `mlreview check` on those patch files beside it, for ratios rather than
// absolute times. mlreview runs as a user's shell runs it: bin/mlreview, the command npm links.
//
// Options: --runs N (best of N, default 7), --json, --against DIR: another checkout of mlreview, built, whose
// review is timed against this one's in pairs (the two run in turn, the order swapped every pair), so a
// change can be measured in one run on a noisy machine. Needs ../shared/corpus (or $MLREVIEW_CORPUS); the
// kernel tree comes from test/setup/kernel-tree.sh (with checkpatch.pl, spelling.txt and
// const_structs.checkpatch added to the parts it keeps), perl from Debian when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureGnuTime, measure, shellLine, wallTime } from './measure.js';
import { warnIfStale } from './stale-build.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'bin', 'mlreview');
const log = (s) => process.stderr.write(`${s}\n`);
const SLUG = 'lorenzo-mmap-prepare-expand-2025';
const V2_COVER = 'cover.1757534913.git.lorenzo.stoakes@oracle.com';
const TARGET_SECONDS = 0.3;
const CHECKPATCH_FILES = ['scripts/checkpatch.pl', 'scripts/spelling.txt', 'scripts/const_structs.checkpatch'];
const USAGE = 'usage: npm run bench review -- [--runs N] [--json] [--against OTHER_CHECKOUT]';

function options(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false }, against: { type: 'string' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, found "${values.runs}"`);
  // An older checkout may have no bin/mlreview yet, or only the modules' entry.
  const against = values.against === undefined ? undefined : ['bin/mlreview', 'dist/cli/mlreview.cjs', 'dist/cli/main.js'].map((f) => join(values.against, f)).find(existsSync);
  if (values.against !== undefined && against === undefined) throw new Error(`--against: no built CLI under ${values.against} (run npm install there first)`);
  return { runs, json: values.json, help: values.help, against };
}

/** How a user runs a built CLI: the command npm links (bin/mlreview), or, for a checkout from before there was
 * one, node on its entry. */
const asRun = (entry, args) => (entry.endsWith('/bin/mlreview') ? [entry, args] : [process.execPath, [entry, ...args]]);

const corpus = () => join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm');

/** The series-1 archive in .bench/, built on first use (not timed). */
function prepareArchive() {
  const mbox = join(corpus(), `${SLUG}.mbox`);
  if (!existsSync(mbox)) throw new Error(`corpus not found: ${mbox} (set MLREVIEW_CORPUS to the folder holding lkml-mm/)`);
  mkdirSync(join(repoRoot, '.bench'), { recursive: true });
  const db = join(repoRoot, '.bench', `review-${SLUG}.db`);
  const r = spawnSync(cli, ['ingest', '--db', db, mbox], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mlreview ingest exited ${r.status}: ${r.stderr.trim()}`);
  return db;
}

/** The 16 patch mails of v2 as the corpus keeps them, one file each. */
function v2PatchFiles() {
  const dir = join(corpus(), 'raw', SLUG);
  const files = readdirSync(dir).filter((f) => /-v2-\d\dof16-patch\.eml$/.test(f)).sort().map((f) => join(dir, f));
  if (files.length !== 16) throw new Error(`${dir}: expected the 16 v2 patch files, found ${files.length}`);
  return files;
}

/** The kernel tree with checkpatch's files, keeping whatever parts the tree already had. */
function checkpatchScript() {
  const partsFile = join(repoRoot, '.cache', 'linux-source-6.12', '.parts');
  const have = existsSync(partsFile) ? readFileSync(partsFile, 'utf8').trim().split(/\s+/) : [];
  const tree = join(repoRoot, '.cache', 'linux-source-6.12');
  if (!CHECKPATCH_FILES.every((f) => existsSync(join(tree, f)))) {
    const base = have.length ? have : [];
    const r = spawnSync('bash', [join(repoRoot, 'test/setup/kernel-tree.sh'), ...(base.length ? base : ['Makefile']), ...CHECKPATCH_FILES.filter((f) => !base.includes(f))], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('test/setup/kernel-tree.sh could not extract scripts/checkpatch.pl');
  }
  if (spawnSync('which', ['perl']).status !== 0) spawnSync('apt-get', ['install', '-y', '-qq', 'perl'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return join(tree, 'scripts', 'checkpatch.pl');
}

async function best(command, args, runs, okCodes = [0], env = process.env) {
  const seconds = [];
  let last;
  const runEnv = { ...env, NO_COLOR: '1' };
  for (let i = 0; i < runs; i++) {
    last = await wallTime(command, args, { env: runEnv });
    if (!okCodes.includes(last.exitCode)) throw new Error(`${shellLine(command, args)} exited ${last.exitCode}: ${last.stderr.slice(0, 300)}`);
    seconds.push(last.seconds);
  }
  // Peak memory from one more run under GNU time, which the timed runs go without.
  const peak = (await measure(command, args, { env: runEnv })).peakRssKb;
  const sorted = [...seconds].sort((a, b) => a - b);
  const shown = args.map((a) => (a.startsWith(repoRoot) ? relative(repoRoot, a) : a.startsWith(corpus()) ? `<corpus>/${relative(corpus(), a)}` : a));
  return { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)], peakRssKb: peak, seconds, output: last.stdout, command: shellLine(command === process.execPath ? 'node' : command.startsWith(repoRoot) ? relative(repoRoot, command) : command, shown) };
}

export async function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (e) {
    return log(`bench review: ${e.message}\n${USAGE}`), 2;
  }
  if (opts.help) return log(USAGE), 0;
  try {
    ensureGnuTime(log);
    warnIfStale(repoRoot, log);
    const db = prepareArchive();
    const patches = v2PatchFiles();
    const checkpatch = checkpatchScript();
    const loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
    // Where the time goes before any review work: the runtime's own start, then ours with no command run.
    const nodeStart = await best(process.execPath, ['-e', '0'], opts.runs);
    const cliStart = await best(...asRun(cli, ['--version']), opts.runs);
    const review = await best(...asRun(cli, ['review', '--db', db, V2_COVER]), opts.runs);
    const reviewJson = await best(...asRun(cli, ['review', '--db', db, '-o', 'json', V2_COVER]), opts.runs);
    const check = await best(...asRun(cli, ['check', '-o', 'json', ...patches]), opts.runs, [0, 1]);
    const cp = await best('perl', [checkpatch, '--no-tree', '-q', '--show-types', ...patches], opts.runs, [0, 1]);
    // Node reads and parses every certificate in NODE_EXTRA_CA_CERTS when it starts, network or not: on a
    // machine that sets it, the same runs without it show what the runtime costs elsewhere (bin/mlreview
    // already starts a review without it, so its two review rows should agree).
    const withoutCerts = process.env.NODE_EXTRA_CA_CERTS ? withoutEnv('NODE_EXTRA_CA_CERTS') : undefined;
    const plain = withoutCerts && {
      nodeStart: await best(process.execPath, ['-e', '0'], opts.runs, [0], withoutCerts),
      review: await best(...asRun(cli, ['review', '--db', db, V2_COVER]), opts.runs, [0], withoutCerts),
    };
    const paired = opts.against ? await pairedRuns(opts.against, cli, ['review', '--db', db, V2_COVER], opts.runs) : undefined;
    const findings = JSON.parse(reviewJson.output).findings.length;
    const result = { schema: 1, loadAverage, cpus: cpus().length, runs: opts.runs, targetSeconds: TARGET_SECONDS, findings, nodeStart, cliStart, review, reviewJson, check, checkpatch: cp, ...(plain ? { withoutExtraCaCerts: plain } : {}), ...(paired ? { paired } : {}) };
    for (const r of [nodeStart, cliStart, review, reviewJson, check, cp, ...(plain ? [plain.nodeStart, plain.review] : [])]) delete r.output;
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else report(result);
    return 0;
  } catch (e) {
    return log(`bench review: ${e.message}`), 2;
  }
}

/** `runs` pairs of the other CLI and this one in turn, the order swapped every pair: medians, and the median of the differences. */
async function pairedRuns(otherCli, ourCli, args, runs) {
  const time = async (c) => {
    const r = await wallTime(...asRun(c, args), { env: { ...process.env, NO_COLOR: '1' } });
    if (r.exitCode !== 0) throw new Error(`${c} exited ${r.exitCode}: ${r.stderr.slice(0, 300)}`);
    return r.seconds;
  };
  const other = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) other.push(await time(otherCli)), ours.push(await time(ourCli));
    else ours.push(await time(ourCli)), other.push(await time(otherCli));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const differences = ours.map((t, i) => t - other[i]);
  return { other: otherCli, runs, otherMedian: median(other), oursMedian: median(ours), otherBest: Math.min(...other), oursBest: Math.min(...ours), medianDifference: median(differences), oursFaster: differences.filter((d) => d < 0).length };
}

function withoutEnv(name) {
  const env = { ...process.env };
  delete env[name];
  return env;
}

function report(r) {
  const say = (s) => process.stdout.write(`${s}\n`);
  const row = (name, x) => say(`${name.padEnd(34)} ${x.best.toFixed(3).padStart(6)}  ${x.median.toFixed(3).padStart(8)}  ${(x.peakRssKb / 1024).toFixed(1).padStart(8)}`);
  say(`series 1 v2 (16 patches and a cover letter, ${r.findings} findings); best and median of ${r.runs} fresh processes`);
  say(`load average before timing: ${r.loadAverage.join(', ')} on ${r.cpus} CPUs\n`);
  say(`${'what'.padEnd(34)} best s  median s  RSS MiB`);
  row('node -e 0 (the runtime alone)', r.nodeStart);
  row('mlreview --version (no work)', r.cliStart);
  row('mlreview review (archive, text)', r.review);
  row('mlreview review (archive, json)', r.reviewJson);
  row('mlreview check (16 patch files)', r.check);
  row('checkpatch.pl (16 patch files)', r.checkpatch);
  if (r.withoutExtraCaCerts) {
    say('without NODE_EXTRA_CA_CERTS (set here; Node parses those certificates at every start, and bin/mlreview drops them for a review):');
    row('  node -e 0', r.withoutExtraCaCerts.nodeStart);
    row('  mlreview review (archive, text)', r.withoutExtraCaCerts.review);
  }
  if (r.paired) {
    const p = r.paired;
    say(`against ${p.other}, ${p.runs} pairs in turn: median ${p.otherMedian.toFixed(3)} s there, ${p.oursMedian.toFixed(3)} s here (best ${p.otherBest.toFixed(3)} / ${p.oursBest.toFixed(3)}); median difference ${(p.medianDifference * 1000).toFixed(0)} ms, this one faster in ${p.oursFaster} of ${p.runs}`);
  }
  say(`\nreview target < ${r.targetSeconds} s: ${r.review.best < r.targetSeconds ? 'met' : 'MISSED'} (best ${r.review.best.toFixed(3)} s)`);
  say(`checkpatch / mlreview review = ${(r.checkpatch.best / r.review.best).toFixed(2)}×; checkpatch / mlreview check = ${(r.checkpatch.best / r.check.best).toFixed(2)}×`);
  say('\ncommands:');
  for (const x of [r.nodeStart, r.cliStart, r.review, r.reviewJson, r.check, r.checkpatch]) say(`  ${x.command}`);
}
