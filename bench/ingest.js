// npm run bench ingest: mlreview's ingest against git mailsplit/mailinfo and Python's email, on one big mbox.
//
// Options: --copies N (default 30 copies of the 689 corpus messages), --runs N (best of N, default 1),
// --rebuild (rebuild the .bench/ mboxes), --json (JSON on stdout; the table then goes to stderr).
// The corpus is ../shared/corpus beside the checkout, or $MLREVIEW_CORPUS.
import { createReadStream, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { ensureBigMbox } from './make-big-mbox.js';
import { ensureGnuTime } from './measure.js';
import { warnIfStale } from './stale-build.js';
import { runGit, runMlreview, runPython, runStorageFloor } from './ingest-tools.js';
import { loadavg, cpus } from 'node:os';
import { bestOfRuns, jsonReport, perRunLines, table, targetLines, targets } from './ingest-report.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (s) => process.stderr.write(`${s}\n`);

const USAGE = 'usage: npm run bench ingest -- [--copies N] [--runs N] [--rebuild] [--json]\n(with --json, npm run -s keeps npm\'s own banner off stdout)';

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { copies: { type: 'string', default: '30' }, runs: { type: 'string', default: '1' }, rebuild: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const copies = Number(values.copies);
  const runs = Number(values.runs);
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`--copies: expected a whole number ≥ 1, found "${values.copies}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, found "${values.runs}"`);
  return { copies, runs, rebuild: values.rebuild, json: values.json, help: values.help };
}

// Every tool reads the same bytes; reading each file once first puts them all on the same (warm) page cache.
async function warmPageCache(path) {
  await pipeline(createReadStream(path), new Writable({ write: (_c, _e, done) => done() }));
}

async function prepareInputs({ copies, rebuild }) {
  const corpusDir = join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm');
  if (!existsSync(corpusDir)) throw new Error(`corpus not found at ${corpusDir}: set MLREVIEW_CORPUS to the folder holding lkml-mm/`);
  const benchDir = join(repoRoot, '.bench');
  const one = await ensureBigMbox({ corpusDir, copies, outPath: join(benchDir, `lkml-mm-x${copies}.mbox`), rebuild, log });
  const two = await ensureBigMbox({ corpusDir, copies: 2 * copies, outPath: join(benchDir, `lkml-mm-x${2 * copies}.mbox`), rebuild, log });
  for (const f of [one, two]) log(`${f.reused ? 'reusing' : 'built'} ${relative(repoRoot, f.path)}: ${f.messages} messages, ${(f.bytes / 2 ** 20).toFixed(1)} MiB`);
  return { one, two };
}

async function measureAll({ one, two }, runs) {
  const rows = [];
  const tag = (list, input) => list.map((r) => ({ ...r, input }));
  for (let i = 1; i <= runs; i++) {
    const at = runs > 1 ? ` (run ${i}/${runs})` : '';
    log(`mlreview ingest, ${one.messages} messages${at}...`);
    rows.push(...tag([await runMlreview({ repoRoot, mbox: one.path })], one.path));
    log(`storage floor: split and store raw messages in SQLite, nothing parsed${at}...`);
    rows.push(...tag([await runStorageFloor({ repoRoot, mbox: one.path })], one.path));
    log(`git mailsplit, then git mailinfo per message${at}...`);
    rows.push(...tag(await runGit({ mbox: one.path }), one.path));
    log(`python3 mailbox + email${at}...`);
    rows.push(...tag([await runPython({ repoRoot, mbox: one.path })], one.path));
    log(`mlreview ingest, ${two.messages} messages (2× input, memory check)${at}...`);
    rows.push(...tag([await runMlreview({ repoRoot, mbox: two.path, label: 'mlreview ingest (2× input)' })], two.path));
  }
  return bestOfRuns(rows);
}

function sanityNotes(rows, { one, two }) {
  const notes = [];
  for (const r of rows) {
    const expected = r.input === two.path ? two.messages : one.messages;
    if (r.error) notes.push(`${r.tool} FAILED: ${r.error.replace(/\n/g, '\n      ')}`);
    else if (r.messages !== expected) notes.push(`${r.tool} handled ${r.messages} of ${expected} messages`);
    if (r.report && (r.report.duplicates || r.report.skipped)) notes.push(`${r.tool}: ${r.report.duplicates} duplicates, ${r.report.skipped} skipped (every message-id is distinct, so both should be 0)`);
    if (r.skippedSample) notes.push(`${r.tool} skipped, first ones: ${JSON.stringify(r.skippedSample)}`);
    if (r.mailinfoFailed) notes.push(`git mailinfo exited non-zero on ${r.mailinfoFailed} messages`);
    if (r.parseErrors) notes.push(`python email raised on ${r.parseErrors} messages`);
  }
  notes.push('the storage floor splits the mbox and stores each raw message in a fresh archive file (same pragmas and batches as ingest), parsing nothing: no ingest that keeps the mail in SQLite can be faster on this machine.');
  notes.push('git mailsplit + mailinfo starts one git process per message, as the brief (and git-am.sh) does; builtin `git am` calls mailinfo in-process, so its real cost lies between the two git rows.');
  notes.push('both mbox files were read once before timing, so every tool starts on the same warm page cache; no tool gets a warm-up run of its own.');
  notes.push('seconds: best of the runs; peak RSS: the highest over the runs (GNU time %M, largest process of the tree).');
  return notes;
}

export async function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (e) {
    log(`bench ingest: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) return log(USAGE), 0;
  try {
    ensureGnuTime(log);
    warnIfStale(repoRoot, log);
    const inputs = await prepareInputs(opts);
    for (const f of [inputs.one, inputs.two]) await warmPageCache(f.path);
    // Other work on the machine slows every tool; the load average says how quiet the run was.
    const loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
    const rows = await measureAll(inputs, opts.runs);
    const mlreview = rows.find((r) => r.tool === 'mlreview ingest');
    const mlreview2x = rows.find((r) => r.tool === 'mlreview ingest (2× input)');
    const peers = rows.filter((r) => r.tool === 'git mailsplit + mailinfo' || r.tool === 'python mailbox + email');
    const floor = rows.find((r) => r.tool === 'floor: split + SQLite store');
    const targetList = targets({ mlreview, mlreview2x, peers, floor });
    const notes = sanityNotes(rows, inputs);
    const say = opts.json ? log : (s) => process.stdout.write(`${s}\n`);
    say(`\ninput: ${relative(repoRoot, inputs.one.path)} (${inputs.one.messages} messages, ${(inputs.one.bytes / 2 ** 20).toFixed(1)} MiB); 2×: ${relative(repoRoot, inputs.two.path)} (${inputs.two.messages} messages)`);
    say(`runs: best of ${opts.runs}; each mlreview run writes a fresh database in a new temporary folder`);
    say(`load average before timing: ${loadAverage.join(', ')} on ${cpus().length} CPUs\n`);
    say(table(rows, mlreview));
    if (opts.runs > 1) say(['\nevery run (seconds / peak RSS):', ...perRunLines(rows)].join('\n'));
    say('\ncommands (scratch folders are temporary and deleted afterwards):');
    for (const r of rows) say(`  ${r.tool}: ${r.command}`);
    say('\ntargets (from the issue; a MISS does not fail the run):');
    say(targetLines(targetList));
    say('\nnotes:');
    for (const n of notes) say(`  - ${n}`);
    if (opts.json) {
      const input = { mbox: relative(repoRoot, inputs.one.path), messages: inputs.one.messages, bytes: inputs.one.bytes, mbox2x: relative(repoRoot, inputs.two.path), messages2x: inputs.two.messages };
      process.stdout.write(`${JSON.stringify(jsonReport({ input, runs: opts.runs, loadAverage, rows, targetList, notes }), null, 2)}\n`);
    }
    // Misses are reported, not failed; a tool that could not be measured at all is an error.
    return rows.some((r) => r.error) ? 2 : 0;
  } catch (e) {
    log(`bench ingest: ${e.message}`);
    return 2;
  }
}
