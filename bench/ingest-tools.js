// The tools the ingest benchmark times, each on the same mbox: mlreview itself, git's mailsplit and mailinfo
// (what `git am` runs per message), and Python's mailbox + email (the parsing stack of b4 and patchwork).
// Each runner returns rows { tool, what, command, messages, seconds, peakRssKb, error? }.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, shellLine } from './measure.js';

const scratch = (name) => mkdtempSync(join(tmpdir(), `mlreview-bench-${name}-`));

function failure(run, what) {
  const tail = (run.stderr || run.stdout).trim().split('\n').slice(-15).join('\n');
  return `${what} exited with status ${run.exitCode}${tail ? `:\n${tail}` : ''}`;
}

function row(tool, what, command, run, messages, error) {
  return { tool, what, command, messages, seconds: run.seconds, peakRssKb: run.peakRssKb, exitCode: run.exitCode, error };
}

/** mlreview ingest into a fresh database: split, parse, thread, series, SQLite with FTS, end to end. */
export async function runMlreview({ repoRoot, mbox, label = 'mlreview ingest' }) {
  const dir = scratch('db');
  const args = ['dist/cli/mlreview.cjs', 'ingest', '--db', join(dir, 'bench.db'), '-o', 'json', mbox];
  try {
    const run = await measure(process.execPath, args, { cwd: repoRoot });
    const command = shellLine('node', args);
    // Exit 1 means "stored, but some messages were skipped"; the JSON names them. Anything else is a crash.
    if (run.exitCode !== 0 && run.exitCode !== 1) return row(label, 'end to end', command, run, 0, failure(run, 'mlreview ingest'));
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      const said = `${run.stderr}\nstdout, expected JSON: ${run.stdout.slice(0, 300) || '(empty)'}`;
      return row(label, 'end to end', command, run, 0, failure({ ...run, stderr: said }, 'mlreview ingest'));
    }
    const r = row(label, 'end to end', command, run, report.added);
    r.report = { added: report.added, duplicates: report.duplicates, skipped: report.skipped?.length ?? 0, threads: report.threads, series: report.series };
    if (report.skipped?.length) r.skippedSample = report.skipped.slice(0, 5);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The storage floor: raw messages into a fresh archive file, nothing parsed (bench/sqlite-floor.js). */
export async function runStorageFloor({ repoRoot, mbox }) {
  const dir = scratch('floor');
  const args = [join('bench', 'sqlite-floor.js'), mbox, join(dir, 'floor.db')];
  try {
    const run = await measure(process.execPath, args, { cwd: repoRoot });
    const command = shellLine('node', args);
    const label = 'floor: split + SQLite store';
    if (run.exitCode !== 0) return row(label, 'raw bytes, no parsing', command, run, 0, failure(run, 'the storage floor'));
    return row(label, 'raw bytes, no parsing', command, run, JSON.parse(run.stdout).messages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One `git mailinfo` process per split file, sequentially, as git-am.sh did (builtin git am now calls
// mailinfo() in-process, so this row includes a process start per message). Prints "<ok> <failed>".
const MAILINFO_LOOP = 'ok=0; bad=0; for f in "$1"/*; do if git mailinfo "$2/msg" "$2/patch" <"$f" >"$2/info"; then ok=$((ok+1)); else bad=$((bad+1)); fi; done; echo "$ok $bad"';

/** git mailsplit alone, and mailsplit followed by mailinfo on every split message. */
export async function runGit({ mbox }) {
  const splitDir = scratch('split');
  const workDir = scratch('mailinfo');
  try {
    // --mboxrd undoes the ">From " escaping, as `git am --patch-format=mboxrd` asks; -d6 keeps the file names
    // in mail order past 9999 messages.
    const splitArgs = ['mailsplit', '--mboxrd', '-d6', `-o${splitDir}`, mbox];
    const split = await measure('git', splitArgs);
    const splitRow = row('git mailsplit', 'split only', shellLine('git', splitArgs), split, Number.parseInt(split.stdout, 10) || 0);
    if (split.exitCode !== 0) splitRow.error = failure(split, 'git mailsplit');
    const loopArgs = ['-c', MAILINFO_LOOP, 'mailinfo-loop', splitDir, workDir];
    const loop = await measure('sh', loopArgs);
    const [ok, bad] = loop.stdout.trim().split(' ').map(Number);
    const both = {
      tool: 'git mailsplit + mailinfo',
      what: 'split, headers, body/patch',
      command: `${splitRow.command} && ${shellLine('sh', loopArgs)}`,
      messages: ok || 0,
      seconds: split.seconds + loop.seconds,
      peakRssKb: Math.max(split.peakRssKb, loop.peakRssKb),
      exitCode: loop.exitCode,
      mailinfoFailed: bad || 0,
    };
    if (loop.exitCode !== 0) both.error = failure(loop, 'the git mailinfo loop');
    return [splitRow, both];
  } finally {
    rmSync(splitDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Python's mailbox.mbox + email.message_from_bytes(policy=default) + get_body, per message. */
export async function runPython({ repoRoot, mbox }) {
  const args = [join('bench', 'python-email-parse.py'), mbox];
  const run = await measure('python3', args, { cwd: repoRoot });
  const command = shellLine('python3', args);
  if (run.exitCode !== 0) return row('python mailbox + email', 'headers, plain body', command, run, 0, failure(run, 'python3'));
  const counts = JSON.parse(run.stdout.trim().split('\n').pop());
  const r = row('python mailbox + email', 'headers, plain body', command, run, counts.messages);
  r.parseErrors = counts.errors;
  return r;
}
