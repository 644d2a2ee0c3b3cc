// The compiled CLI keeps the parsed knowledge entries as JSON beside its code: the second run reads them
// back and says exactly what the first said; the cache is keyed by each entry file it holds.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const cache = join(repoRoot, 'dist', 'knowledge', 'entries-cache.json');

describe('knowledge entry cache (compiled CLI)', () => {
  it('is written on the first run and gives the same entries on the next', () => {
    rmSync(cache, { force: true });
    const first = runCli(['kb', 'list', '-o', 'json']);
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(cache)).toBe(true);
    const key = JSON.parse(readFileSync(cache, 'utf8')).key as string;
    expect(key).toContain('one-action-per-vma.md:');
    const second = runCli(['kb', 'show', '-o', 'json', 'one-action-per-vma']);
    const fresh = (rmSync(cache), runCli(['kb', 'show', '-o', 'json', 'one-action-per-vma']));
    expect(second.stdout).toBe(fresh.stdout);
    expect(runCli(['kb', 'list', '-o', 'json']).stdout).toBe(first.stdout);
  });
});
