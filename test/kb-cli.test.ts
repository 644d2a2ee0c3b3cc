// End-to-end: mlreview kb list / show / test through the built CLI, with and without --kb folders.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const fixtures = join(repoRoot, 'knowledge', '__fixtures__');

describe('mlreview kb', () => {
  it('lists the entries as versioned JSON', () => {
    const r = runCli(['kb', 'list', '-o', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe(1);
    expect(out.entries.length).toBeGreaterThanOrEqual(30);
    expect(out.entries.find((e: { id: string }) => e.id === 'one-action-per-vma')).toEqual({
      id: 'one-action-per-vma', title: 'One mmap action per VMA', severity: 'error', since: '6.19',
      references: expect.arrayContaining(['<20250915131142.GI1024672@nvidia.com> (review of v2 08/16: "one action is the right thing anyhow")']),
    });
    expect(Object.keys(out.entries[0]).sort()).toEqual(['id', 'references', 'severity', 'since', 'title']);
  });

  it('adds a user folder with --kb', () => {
    const ids = JSON.parse(runCli(['kb', 'list', '-o', 'json', '--kb', join(fixtures, 'user-kb-extra')]).stdout).entries.map((e: { id: string }) => e.id);
    expect(ids).toContain('no-dma-alloc-in-fault');
  });

  it('shows one entry for a terminal, and as JSON', () => {
    const text = runCli(['kb', 'show', 'vmalloc-memory-remap-vmalloc-range']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^vmalloc-memory-remap-vmalloc-range — Map vmalloc_user\(\) memory with remap_vmalloc_range\(\)\n/);
    expect(text.stdout).toContain('  • kernel/kcov.c (kcov_mmap in 6.12: vmalloc_to_page() + vm_insert_page() loop)');
    const json = JSON.parse(runCli(['kb', 'show', 'vmalloc-memory-remap-vmalloc-range', '-o', 'json']).stdout);
    expect(json.entry.matcher).toEqual({ kind: 'named', name: 'vmalloc-memory-remap-vmalloc-range' });
    expect(json.entry.examples.map((e: { kind: string }) => e.kind)).toEqual(['bad', 'bad', 'good']);
  });

  it('refuses an unknown id with exit 2', () => {
    const r = runCli(['kb', 'show', 'no-such-entry']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-entry: no knowledge entry with that id/);
  });

  it('tests every example and exits 0 when all pass', () => {
    const r = runCli(['kb', 'test', '--kb', join(fixtures, 'user-kb-extra')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok {4}no-dma-alloc-in-fault \(2 examples\)$/m);
    expect(r.stdout).toMatch(/\d+ entries passed, 0 failed/);
  });

  it('exits 1 and names the missing example when a matcher does not fire', () => {
    const r = runCli(['kb', 'test', '-o', 'json', '--kb', join(fixtures, 'user-kb-failing')]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.failed).toBe(1);
    const failing = out.entries.find((e: { id: string }) => e.id === 'never-fires');
    expect(failing.examples.map((e: { kind: string; status: string }) => `${e.kind}:${e.status}`)).toEqual(['bad:missing', 'good:pass']);
    expect(runCli(['kb', 'test', '--kb', join(fixtures, 'user-kb-failing')]).stdout).toContain('missing bad example "bad: allocating in .fault"');
  });

  it('exits 2 naming both files when a user entry reuses an id', () => {
    const r = runCli(['kb', 'list', '--kb', join(fixtures, 'user-kb-duplicate')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/my-one-action-per-vma\.md: id "one-action-per-vma" is already used by knowledge\/entries\/one-action-per-vma\.md/);
  });

  it('exits 2 naming the malformed file and what is wrong', () => {
    const r = runCli(['kb', 'test', '--kb', join(fixtures, 'malformed')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/example-without-kind\.md: example "bad: allocating in \.fault": the fence must say/);
  });
});
