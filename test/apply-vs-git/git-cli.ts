// git, run for real in a scratch repository, with fixed identities and dates so runs repeat exactly.
import { spawnSync } from 'node:child_process';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Lovelace', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_AUTHOR_DATE: '2025-09-08T09:00:00Z',
  GIT_COMMITTER_NAME: 'Ada Lovelace', GIT_COMMITTER_EMAIL: 'ada@example.org', GIT_COMMITTER_DATE: '2025-09-08T09:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent', LC_ALL: 'C',
};

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function run(cwd: string, command: string, args: readonly string[], input?: string): Run {
  const r = spawnSync(command, args, { cwd, env: ENV, input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${r.error.message}`);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** git in `cwd`; throws with git's own words when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = run(cwd, 'git', args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}
