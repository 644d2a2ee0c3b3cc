// npm run bench apply: simulated application against git, side by side, in the same run (times are not
// asserted anywhere):
//   1. a git repository holding Debian's linux-source-6.12 (the extracted parts, test/setup/kernel-tree.sh),
//      built once under .bench/ with git itself;
//   2. a 20-patch series of edits to real files of it, committed with git plumbing and exported with
//      git format-patch;
//   3. `mlreview apply SERIES --tree REPO --base BASE` (application only, and with every check) against
//      `git apply --cached` one patch at a time into a temporary index read from BASE — wall time (best of
//      N) and peak RSS under GNU time;
//   4. the same application on a repository holding only the touched files, for memory: ours should not
//      grow with the tree.
// Options: --runs N (best of N, default 5), --patches N (default 20), --json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureGnuTime, measure, shellLine } from './measure.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);
const cli = join(repoRoot, 'dist', 'cli', 'mlreview.cjs');
const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.org', GIT_AUTHOR_DATE: '2025-09-08T09:00:00Z', GIT_COMMITTER_DATE: '2025-09-08T09:00:00Z' };

function git(gitDir, args, opts = {}) {
  const r = spawnSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', env: { ...ENV, ...opts.env }, input: opts.input, maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

function kernelTree() {
  const r = spawnSync('bash', [join(repoRoot, 'test/setup/kernel-tree.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error('test/setup/kernel-tree.sh failed');
  return join(repoRoot, r.stdout.trim().split('\n').pop());
}

/** A bare repository whose one commit is the extracted tree, made once with git add (cached in .bench/). */
function kernelRepo(tree) {
  const gitDir = join(repoRoot, '.bench', 'apply-kernel.git');
  const stamp = join(gitDir, 'mlreview-parts');
  const parts = readFileSync(join(tree, '.parts'), 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === parts) return { gitDir, base: git(gitDir, ['rev-parse', 'HEAD']) };
  rmSync(gitDir, { recursive: true, force: true });
  mkdirSync(gitDir, { recursive: true });
  log(`building ${gitDir} from ${tree} with git add (once; a minute or two)`);
  git(gitDir, ['init', '-q', '--bare']);
  git(gitDir, [`--work-tree=${tree}`, 'add', '-A', '.'], { env: { GIT_INDEX_FILE: join(gitDir, 'build-index') } });
  const treeId = git(gitDir, ['write-tree'], { env: { GIT_INDEX_FILE: join(gitDir, 'build-index') } });
  const base = git(gitDir, ['commit-tree', treeId, '-m', 'linux 6.12 (Debian linux-source-6.12, extracted parts)']);
  git(gitDir, ['update-ref', 'HEAD', base]);
  rmSync(join(gitDir, 'build-index'));
  writeFileSync(stamp, parts);
  return { gitDir, base };
}

/** Plain C files of mm/ and kernel/, sorted, of a few hundred lines or more: the series edits them. */
function pickFiles(gitDir, base, count) {
  const names = git(gitDir, ['ls-tree', '-r', '--name-only', base, 'mm', 'kernel']).split('\n').filter((p) => /^(mm|kernel)\/[^/]+\.c$/.test(p));
  return names.filter((p, i) => i % 3 === 0).slice(0, count);
}

/** One patch per file: three lines added in the middle and one line changed further down. */
function makeSeries(gitDir, base, files, out) {
  const index = join(mkdtempSync(join(tmpdir(), 'mlreview-bench-apply-')), 'index');
  const env = { GIT_INDEX_FILE: index };
  git(gitDir, ['read-tree', base], { env });
  let parent = base;
  files.forEach((path, i) => {
    const lines = git(gitDir, ['cat-file', 'blob', `${base}:${path}`]).split('\n');
    const middle = Math.floor(lines.length * 0.4);
    lines.splice(middle, 0, `/* bench ${i}: a note */`, `static int bench_counter_${i};`, '');
    const later = lines.findIndex((l, k) => k > lines.length * 0.7 && /^\treturn /.test(l));
    if (later > 0) lines[later] = `${lines[later]} /* bench ${i} */`;
    const oid = git(gitDir, ['hash-object', '-w', '--stdin', `--path=${path}`], { input: lines.join('\n') });
    git(gitDir, ['update-index', '--cacheinfo', `100644,${oid},${path}`], { env });
    const treeId = git(gitDir, ['write-tree'], { env });
    parent = git(gitDir, ['commit-tree', treeId, '-p', parent, '-m', `bench: edit ${path}`]);
  });
  rmSync(out, { recursive: true, force: true });
  git(gitDir, ['format-patch', '-q', '--cover-letter', '-o', out, `${base}..${parent}`]);
  return readdirSync(out).filter((f) => !f.startsWith('0000-')).sort().map((f) => join(out, f));
}

/** A small bare repository with only the touched files, at the same content: the memory contrast. */
function smallRepo(gitDir, base, files) {
  const small = join(repoRoot, '.bench', 'apply-small.git');
  rmSync(small, { recursive: true, force: true });
  git(small, ['init', '-q', '--bare']);
  const index = join(small, 'build-index');
  for (const path of files) {
    const oid = git(small, ['hash-object', '-w', '--stdin', `--path=${path}`], { input: git(gitDir, ['cat-file', 'blob', `${base}:${path}`]) + '\n' });
    git(small, ['update-index', '--add', '--cacheinfo', `100644,${oid},${path}`], { env: { GIT_INDEX_FILE: index } });
  }
  const commit = git(small, ['commit-tree', git(small, ['write-tree'], { env: { GIT_INDEX_FILE: index } }), '-m', 'touched files only']);
  return { gitDir: small, base: commit };
}

/** git's way: a temporary index read from the base, then each patch applied to it in turn. */
const GIT_LOOP = 'set -e; git_dir="$1"; base="$2"; shift 2; export GIT_INDEX_FILE="$(mktemp)"; '
  + 'git --git-dir="$git_dir" read-tree "$base"; for p in "$@"; do git --git-dir="$git_dir" apply --cached "$p"; done; rm -f "$GIT_INDEX_FILE"';

async function best(runs, command, args) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(command, args, { env: ENV }));
  const failed = results.find((r) => r.exitCode !== 0);
  if (failed) throw new Error(`${shellLine(command, args)} exited ${failed.exitCode}: ${failed.stderr.slice(0, 400)}`);
  return { seconds: Math.min(...results.map((r) => r.seconds)), peakRssKb: Math.max(...results.map((r) => r.peakRssKb)) };
}

export async function main(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '5' }, patches: { type: 'string', default: '20' }, json: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  const count = Number(values.patches);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(count) || count < 1) return log('--runs and --patches take whole numbers ≥ 1'), 2;
  ensureGnuTime(log);
  const { gitDir, base } = kernelRepo(kernelTree());
  const files = pickFiles(gitDir, base, count);
  const patches = makeSeries(gitDir, base, files, join(repoRoot, '.bench', 'apply-series'));
  const small = smallRepo(gitDir, base, files);
  const ours = (dir, commit, extra) => ['apply', ...patches, '--tree', dir, '--base', commit, '-o', 'json', ...extra];
  const loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
  const result = {
    loadAverage, cpus: cpus().length, runs, patches: patches.length,
    trackedFiles: git(gitDir, ['ls-tree', '-r', '--name-only', base]).split('\n').length,
    git: await best(runs, 'bash', ['-c', GIT_LOOP, 'git-apply-cached', gitDir, base, ...patches]),
    oursApplyOnly: await best(runs, process.execPath, [cli, ...ours(gitDir, base, ['--no-checks'])]),
    oursWithChecks: await best(runs, process.execPath, [cli, ...ours(gitDir, base, [])]),
    oursSmallTree: await best(runs, process.execPath, [cli, ...ours(small.gitDir, small.base, ['--no-checks'])]),
    commands: {
      git: `for p in PATCHES; do git apply --cached "$p"; done  (GIT_INDEX_FILE=temporary, git read-tree BASE first)`,
      ours: `node dist/cli/mlreview.cjs apply PATCHES --tree .bench/apply-kernel.git --base BASE -o json [--no-checks]`,
    },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printReport(result);
  return 0;
}

function printReport(r) {
  const say = (s) => process.stdout.write(`${s}\n`);
  const t = (m) => `${m.seconds.toFixed(3)} s, peak RSS ${(m.peakRssKb / 1024).toFixed(0)} MiB`;
  say(`load average before timing: ${r.loadAverage.join(', ')} on ${r.cpus} CPUs; best of ${r.runs} runs; ${r.patches} patches onto a repository of ${r.trackedFiles} files`);
  say(`git apply --cached, one patch at a time into a temporary index: ${t(r.git)}`);
  say(`mlreview apply --no-checks (application only):                  ${t(r.oursApplyOnly)}  → git/mlreview = ${(r.git.seconds / r.oursApplyOnly.seconds).toFixed(1)}×`);
  say(`mlreview apply with every check:                                ${t(r.oursWithChecks)}  → git/mlreview = ${(r.git.seconds / r.oursWithChecks.seconds).toFixed(1)}×`);
  say(`mlreview apply --no-checks on a repository of the ${r.patches} touched files only: ${t(r.oursSmallTree)} (memory follows the files touched, not the tree)`);
  say(`  ${r.commands.git}`);
  say(`  ${r.commands.ours}`);
}
