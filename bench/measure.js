// Runs one child process under GNU time and reports its wall time and peak RSS. GNU time takes %M from
// wait4()'s rusage, which covers the child and every descendant it waited for, so a shell loop that spawns
// one git process per message reports the largest of those processes — the true peak, not the shell's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

function isGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%e %M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\.\d+ \d+\s*$/m.test(probe.stderr);
}

function aptInstallTime(log) {
  const install = () => spawnSync('apt-get', ['install', '-y', 'time'], { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (install()) return;
  log('apt-get install time failed; running apt-get update and trying again');
  spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
  install();
}

/** Makes sure /usr/bin/time is GNU time (Debian package "time"), installing it if missing. */
export function ensureGnuTime(log) {
  if (isGnuTime()) return;
  log(`${GNU_TIME} missing or not GNU time; installing Debian's "time" package`);
  aptInstallTime(log);
  if (!isGnuTime()) throw new Error(`${GNU_TIME} is still not GNU time after apt-get install -y time; install it and rerun`);
}

/**
 * Runs `command args` under GNU time. Resolves to { seconds, peakRssKb, exitCode, stdout, stderr }:
 * seconds is the wall time measured around the child (finer than %e's centiseconds), peakRssKb is %M.
 * stdout and stderr of the child are collected in memory; callers keep them small.
 */
export async function measure(command, args, { cwd, env } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-bench-time-'));
  const timeFile = join(dir, 'time');
  try {
    const run = await timedRun(GNU_TIME, ['-o', timeFile, '-f', '%e %M', command, ...args], { cwd, env });
    const timeLine = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(timeLine);
    if (!match) throw new Error(`${GNU_TIME} wrote "${timeLine}" for ${command}; expected "<seconds> <maxrss-kb>"`);
    return { ...run, peakRssKb: Number(match[2]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `command args` as a shell would, with no GNU time in between, and resolves to { seconds, exitCode,
 * stdout, stderr }: for timings of a few hundred milliseconds, where starting /usr/bin/time as well (~10 ms
 * on a small virtual machine) would be counted against the command.
 */
export const wallTime = (command, args, { cwd, env } = {}) => timedRun(command, args, { cwd, env });

/** One child process, its output collected in memory and the wall time from spawn to close. */
function timedRun(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Shell-quotes a command line for printing, so the reader can paste it. */
export function shellLine(command, args) {
  const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [command, ...args].map(quote).join(' ');
}
