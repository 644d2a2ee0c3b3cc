// Progress is drawn on a terminal and never when output is piped. `script` gives the CLI a real TTY.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, examplesDir, runCli, scratchDir } from './run-cli.js';

const hasScript = existsSync('/usr/bin/script');

describe('ingest progress', () => {
  it.skipIf(!hasScript)('draws a progress bar on a terminal', () => {
    const dir = scratchDir();
    const log = join(dir, 'tty.log');
    const cmd = `${cliPath} ingest --db ${join(dir, 'a.db')} ${join(examplesDir, 'ringbuf-v1-v2.mbox')}`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, log], { env: { ...process.env, TERM: 'xterm' } });
    expect(r.status).toBe(0);
    const screen = readFileSync(log, 'utf8');
    expect(screen).toMatch(/ringbuf-v1-v2\.mbox \[[█░]+\] \d+% \| 17 messages/);
  });

  it('stays quiet when piped', () => {
    const r = runCli(['ingest', '--db', join(scratchDir(), 'a.db'), join(examplesDir, 'ringbuf-v1-v2.mbox')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('added 17 messages, 0 duplicates, 0 skipped\narchive: 2 threads, 1 series\n');
  });
});
