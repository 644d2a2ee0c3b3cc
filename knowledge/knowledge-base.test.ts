// The built-in knowledge base as a test suite: registries match their folders, and every entry's
// examples run — a bad example that stops drawing its finding, or a good one that starts to, fails here.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_FILES } from './entry-registry.js';
import { builtinEntries, builtinEntriesDir } from './load-entries.js';
import { builtinCompiled, compileEntry } from './match-patch.js';
import { entryPassed, testEntries, testEntry } from './entry-tester.js';
import { NAMED_MATCHERS } from './matchers/index.js';

const sorted = (xs: readonly string[]) => [...xs].sort();

// bad and good examples per entry: dropping one must be a visible change here, not a silent loss.
const EXAMPLES: Record<string, [number, number]> = {
  'desc-vm-flags-removed': [1, 1],
  'direct-desc-action-write': [1, 1],
  'direct-vm-flags-write': [2, 1],
  'dma-buffer-remap': [1, 1],
  'fault-handler-returns-errno': [1, 1],
  'helper-newer-than-target': [3, 2],
  'ignored-mapping-return': [2, 1],
  'kdoc-for-new-helpers': [1, 1],
  'lost-implied-flags': [1, 1],
  'mapping-helper-in-fault-handler': [1, 1],
  'mixedmap-needs-pfn-list': [2, 1],
  'mm-internal-prepare-complete': [1, 1],
  'new-f-op-mmap': [1, 2],
  'one-action-per-vma': [3, 3],
  'open-coded-vma-desc-size': [1, 1],
  'open-coded-vma-pages': [2, 1],
  'page-insertion-on-pfnmap': [1, 1],
  'page-prot-after-action': [1, 1],
  'partial-vma-population': [2, 1],
  'pfnmap-with-mixedmap': [1, 1],
  'pgoff-shift-overflow': [1, 1],
  'prefer-full-action': [1, 1],
  'private-writable-partial-remap': [1, 1],
  'ram-via-remap-pfn-range': [1, 1],
  'redundant-remap-flags': [1, 1],
  'remap-pfn-range-for-mmio': [1, 1],
  'remap-vmalloc-needs-usermap': [1, 1],
  'remap-vmalloc-partial-from-module': [1, 1],
  'remap-vmalloc-range-zero-pgoff': [1, 2],
  'stateful-mmap-prepare': [1, 1],
  'unchecked-user-offset-remap': [1, 1],
  'vm-insert-page-loop': [1, 2],
  'vm-map-pages-vs-zero': [1, 1],
  'vma-in-mmap-prepare': [2, 1],
  'vmalloc-memory-remap-vmalloc-range': [2, 1],
  'vmf-insert-pfn-flags': [1, 1],
  'vmf-insert-pfn-for-pages': [1, 1],
  'whole-vma-remap': [2, 2],
};

describe('knowledge base registries', () => {
  it('lists every entry file of knowledge/entries/, sorted, each named after its id', async () => {
    expect(ENTRY_FILES).toEqual(sorted(ENTRY_FILES));
    expect(ENTRY_FILES).toEqual(sorted(readdirSync(builtinEntriesDir()).filter((f) => f.endsWith('.md'))));
    expect((await builtinEntries()).map((e) => `${e.id}.md`)).toEqual(ENTRY_FILES);
  });

  it('has at least 30 entries', () => {
    expect(ENTRY_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps named matchers sorted, and each is used by exactly one entry', async () => {
    const names = NAMED_MATCHERS.map(([n]) => n);
    expect(names).toEqual(sorted(names));
    const used = (await builtinEntries()).flatMap((e) => (e.matcher.kind === 'named' ? [e.matcher.name] : []));
    expect(sorted(used)).toEqual(names);
  });
});

describe('every entry runs its examples', async () => {
  const results = await testEntries(await builtinCompiled());
  it.each(results.map((r) => [r.id, r] as const))('%s: bad examples fire, good ones stay quiet', (_, r) => {
    expect(r.examples.filter((e) => e.status !== 'pass').map((e) => `${e.status}: ${e.title}`)).toEqual([]);
    expect(entryPassed(r)).toBe(true);
  });

  it('keeps the number of bad and good examples of each entry', async () => {
    expect(Object.fromEntries((await builtinEntries()).map((e) => [e.id, [e.examples.filter((x) => x.kind === 'bad').length, e.examples.filter((x) => x.kind === 'good').length]]))).toEqual(EXAMPLES);
  });
});

describe('the entry tester', async () => {
  const base = (await builtinEntries()).find((e) => e.id === 'open-coded-vma-pages')!;

  it('names a bad example as missing when the matcher no longer fires', async () => {
    const broken = compileEntry(base);
    const r = await testEntry({ ...broken, matcher: () => [] });
    expect(r.examples.filter((e) => e.kind === 'bad').map((e) => e.status)).toEqual(['missing', 'missing']);
    expect(entryPassed(r)).toBe(false);
  });

  it('names a good example as noisy when the matcher fires on it', async () => {
    const compiled = compileEntry(base);
    const noisy = { ...compiled, entry: { ...base, examples: base.examples.map((e) => ({ ...e, kind: 'good' as const })) } };
    const r = await testEntry(noisy);
    expect(r.examples.map((e) => e.status)).toEqual(['noisy', 'noisy', 'pass']);
  });

  it('fails an entry whose bad examples were all removed', async () => {
    const r = await testEntry(compileEntry({ ...base, examples: base.examples.filter((e) => e.kind === 'good') }));
    expect(r.problems).toEqual(['no bad example']);
    expect(entryPassed(r)).toBe(false);
  });
});
