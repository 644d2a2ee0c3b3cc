// npm run bench kb: the knowledge base's matcher engine, timed (not asserted):
//   1. every entry over one 16-patch series (series 1, v2: the revision with the mmap_action review);
//   2. every entry over all 238 postings of the corpus (covers and patches, diffs parsed beforehand);
//   3. mlreview (all entries) against Coccinelle's spatch (three comparable rules, bench/kb-cocci/) over
//      the 6.12 versions of the C files series 1 touches, whole files — the ratio, in the same run.
// Options: --runs N (best of N, default 5), --json. Needs ../shared/corpus; step 3 needs the kernel
// tree (test/setup/kernel-tree.sh, run here when missing) and spatch (Debian package coccinelle,
// installed here when missing).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);
const dist = (p) => import(join(repoRoot, 'dist', p));

async function corpusPostings() {
  const { openDb } = await dist('ingest/archive/db.js');
  const { ingest } = await dist('ingest/ingest.js');
  const { getPatch } = await dist('ingest/archive/message-queries.js');
  const { parseDiff } = await dist('ingest/parse/diff.js');
  const lkml = join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm');
  if (!existsSync(lkml)) throw new Error(`corpus not found at ${lkml}: set MLREVIEW_CORPUS to the folder holding lkml-mm/`);
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-bench-kb-')), 'archive.db'));
  await ingest(db, readdirSync(lkml).filter((f) => f.endsWith('.mbox')).map((f) => join(lkml, f)));
  const rows = db.prepare(`SELECT m.message_id AS id, m.subject FROM messages m JOIN patches p ON p.message_id = m.message_id
    WHERE m.kind IN ('cover', 'patch') ORDER BY m.date, m.id`).all();
  return rows.map((r) => ({ ...r, files: parseDiff(getPatch(db, r.id).diff) }));
}

async function timeMatching(postings, runs) {
  const { matchPatch } = await dist('knowledge/match-patch.js');
  const once = async () => {
    const t0 = performance.now();
    let findings = 0;
    for (const p of postings) findings += (await matchPatch(p.files)).length;
    return { ms: performance.now() - t0, findings };
  };
  const first = await once(); // includes loading entries and the tree-sitter start-up
  const rest = [];
  for (let i = 1; i < runs; i++) rest.push(await once());
  const ms = rest.map((r) => r.ms).sort((a, b) => a - b);
  return { firstMs: first.ms, bestMs: ms[0] ?? first.ms, medianMs: ms[Math.floor(ms.length / 2)] ?? first.ms, findings: first.findings };
}

function ensureTool(name, pkg) {
  if (spawnSync('which', [name]).status === 0) return true;
  log(`${name} missing; installing Debian package ${pkg}`);
  spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: ['ignore', 'ignore', 'inherit'] });
  return spawnSync('which', [name]).status === 0;
}

function kernelTree() {
  const r = spawnSync('bash', [join(repoRoot, 'test/setup/kernel-tree.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return r.status === 0 ? join(repoRoot, r.stdout.trim().split('\n').pop()) : undefined;
}

async function versusSpatch(series, runs) {
  const tree = kernelTree();
  if (!tree || !ensureTool('spatch', 'coccinelle')) return { skipped: 'kernel tree or spatch not available' };
  const paths = [...new Set(series.flatMap((p) => p.files.map((f) => f.newPath)).filter((p) => p && p.endsWith('.c') && existsSync(join(tree, p))))].sort();
  const work = mkdtempSync(join(tmpdir(), 'mlreview-bench-cocci-'));
  for (const p of paths) mkdirSync(dirname(join(work, p)), { recursive: true }), cpSync(join(tree, p), join(work, p));
  const { matchPatch } = await dist('knowledge/match-patch.js');
  const whole = paths.map((p) => {
    const lines = readFileSync(join(tree, p), 'utf8').replace(/\n$/, '').split('\n');
    return { oldPath: null, newPath: p, status: 'added', binary: false, added: lines.length, removed: 0, hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: lines.length, section: '', lines: lines.map((l) => `+${l}`) }] };
  });
  const ours = [];
  const theirs = [];
  const cocci = join(repoRoot, 'bench/kb-cocci/three-entries.cocci');
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    for (const f of whole) await matchPatch([f]);
    ours.push(performance.now() - t0);
    t0 = performance.now();
    const r = spawnSync('spatch', ['--sp-file', cocci, '--dir', work, '--very-quiet', '--no-includes', '-j', '1'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    theirs.push(performance.now() - t0);
    if (r.status !== 0) return { skipped: `spatch exited ${r.status}: ${r.stderr.slice(0, 300)}` };
  }
  rmSync(work, { recursive: true, force: true });
  const best = (xs) => Math.min(...xs);
  return { files: paths.length, lines: whole.reduce((n, f) => n + f.added, 0), oursMs: best(ours), spatchMs: best(theirs), command: `spatch --sp-file bench/kb-cocci/three-entries.cocci --dir <copies of the ${paths.length} files> --very-quiet --no-includes -j 1` };
}

export async function main(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '5' }, json: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) return log(`--runs: expected a whole number ≥ 1, found "${values.runs}"`), 2;
  const postings = await corpusPostings();
  const series = postings.filter((p) => /^\[PATCH v2 \d+\/16\]/.test(p.subject) && p.subject.includes('v2'));
  const seriesPatches = series.filter((p) => !/ 00\/16\]/.test(p.subject));
  const loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
  const result = {
    loadAverage, cpus: cpus().length, runs,
    series16: { postings: seriesPatches.length, ...(await timeMatching(seriesPatches, runs)) },
    corpus: { postings: postings.length, ...(await timeMatching(postings, runs)) },
    spatch: await versusSpatch(seriesPatches, runs),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printReport(result);
  return 0;
}

function printReport(r) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const say = (s) => process.stdout.write(`${s}\n`);
  say(`load average before timing: ${r.loadAverage.join(', ')} on ${r.cpus} CPUs; best and median of ${r.runs} runs after the first`);
  say(`every entry over the 16 patches of series 1 v2: first run ${ms(r.series16.firstMs)} (loads entries and tree-sitter), best ${ms(r.series16.bestMs)}, median ${ms(r.series16.medianMs)}; ${r.series16.findings} findings (target: under 100 ms)`);
  say(`every entry over all ${r.corpus.postings} postings: first run ${ms(r.corpus.firstMs)}, best ${ms(r.corpus.bestMs)}, median ${ms(r.corpus.medianMs)}; ${r.corpus.findings} findings (target: under 2 s)`);
  if (r.spatch.skipped) return say(`spatch comparison skipped: ${r.spatch.skipped}`);
  say(`whole 6.12 files series 1 touches (${r.spatch.files} files, ${r.spatch.lines} lines): mlreview, all entries ${ms(r.spatch.oursMs)}; spatch, three rules ${ms(r.spatch.spatchMs)}; spatch/mlreview = ${(r.spatch.spatchMs / r.spatch.oursMs).toFixed(1)}×`);
  say(`  ${r.spatch.command}`);
}
