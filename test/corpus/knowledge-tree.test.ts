// The knowledge base over the conversion candidates of a real kernel tree (Debian's linux-source-6.12,
// extracted by test/setup/kernel-tree.sh): each candidate file is scanned as if the patch added it
// whole, with the tree as post-image, against the tree's own release — and once more as if the code were
// meant for 7.1, where mmap_prepare and its actions exist, to see which handlers the mmap_prepare entries
// would call convertible. Per-entry counts and the hits in each candidate function go to
// test-results/knowledge-tree-scan.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import type { FileDiff } from '../../core/patch.js';
import { matchPatch } from '../../knowledge/match-patch.js';
import { formatVersion, parseKernelVersion, versionFromMakefile, type KernelVersion } from '../../knowledge/kernel-version.js';
import { repoRoot } from './corpus-paths.js';
import { CANDIDATES } from './kernel-candidates.js';

const tree = process.env.MLREVIEW_KERNEL_TREE ?? join(repoRoot, '.cache', 'linux-source-6.12');
const present = existsSync(join(tree, 'Makefile'));
if (!present) console.warn(`knowledge tree scan skipped: no kernel tree at ${tree} (run: bash test/setup/kernel-tree.sh)`);

const read = (path: string) => (existsSync(join(tree, path)) ? readFileSync(join(tree, path), 'utf8') : undefined);

/** A whole file as a patch that adds it, so every line counts as written. */
function addedWhole(path: string, text: string): FileDiff {
  const lines = text.replace(/\n$/, '').split('\n');
  return { oldPath: null, newPath: path, status: 'added', binary: false, added: lines.length, removed: 0,
    hunks: [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: lines.length, section: '', lines: lines.map((l) => `+${l}`) }] };
}

describe.skipIf(!present)('knowledge base over the 6.12 conversion candidates', () => {
  let target: KernelVersion;
  const byFile = new Map<string, Finding[]>();
  const for71 = new Map<string, Finding[]>();
  const missingFiles: string[] = [];

  beforeAll(async () => {
    target = versionFromMakefile(read('Makefile')!)!;
    for (const path of new Set(CANDIDATES.map((c) => c.path))) {
      const text = read(path);
      if (text === undefined) missingFiles.push(path);
      else {
        byFile.set(path, await matchPatch([addedWhole(path, text)], { targetVersion: target, readPostImage: read }));
        for71.set(path, await matchPatch([addedWhole(path, text)], { targetVersion: parseKernelVersion('7.1'), readPostImage: read }));
      }
    }
    writeReport(target, byFile, for71);
  });

  const inCandidate = (id: string) => {
    const cand = CANDIDATES.find((x) => x.id === id)!;
    return new Set((byFile.get(cand.path) ?? []).filter((f) => f.function && cand.functions.includes(f.function)).map((f) => f.entry));
  };

  it('finds every candidate file in the tree, and reads its release from the Makefile', () => {
    expect(missingFiles).toEqual([]);
    expect(formatVersion(target).startsWith('6.12')).toBe(true);
  });

  it('finds nothing in 6.12 that 6.12 lacks (the API catalogue agrees with the tree)', () => {
    const wrong = [...byFile.values()].flat().filter((f) => f.entry === 'helper-newer-than-target');
    expect(wrong.map((f) => `${f.file}:${f.line} ${f.matched}`)).toEqual([]);
  });

  it.each([
    ['C12', 'vmalloc-memory-remap-vmalloc-range'], ['C12', 'vm-insert-page-loop'], ['C12', 'lost-implied-flags'],
    ['B3', 'ignored-mapping-return'], ['A25', 'ignored-mapping-return'],
    ['A21', 'dma-buffer-remap'], ['A9', 'unchecked-user-offset-remap'], ['A14', 'redundant-remap-flags'],
    ['A3', 'whole-vma-remap'], ['D1', 'vm-insert-page-loop'], ['E6', 'vmf-insert-pfn-for-pages'],
    ['C11', 'remap-vmalloc-range-zero-pgoff'],
  ])('%s draws %s, as the dossier describes it', (id, entry) => {
    expect([...inCandidate(id)]).toContain(entry);
  });

  it('as a 7.1 target: calls a one-remap handler convertible, and not one that maps vmalloc_user memory (MM21)', () => {
    const newMmap = (id: string) => (for71.get(CANDIDATES.find((x) => x.id === id)!.path) ?? []).some((f) => f.entry === 'new-f-op-mmap');
    expect(newMmap('A9')).toBe(true);
    expect(newMmap('C1')).toBe(false);
  });

  it('leaves the handlers that already use the right helper alone', () => {
    for (const id of ['C1', 'C10']) expect([...inCandidate(id)].filter((e) => e !== 'new-f-op-mmap'), id).toEqual([]);
  });
});

function countByEntry(byFile: Map<string, Finding[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of [...byFile.values()].flat()) counts.set(f.entry, (counts.get(f.entry) ?? 0) + 1);
  return counts;
}

function writeReport(target: KernelVersion, byFile: Map<string, Finding[]>, for71: Map<string, Finding[]>): void {
  const [counts, counts71] = [countByEntry(byFile), countByEntry(for71)];
  const entries = [...new Set([...counts.keys(), ...counts71.keys()])].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  const lines = [`# Knowledge base over the dossier's conversion candidates (linux-source ${formatVersion(target)})`, '',
    `${byFile.size} files, ${[...byFile.values()].flat().length} findings in them (whole files, each scanned as if newly added).`, '',
    `| entry | target ${formatVersion(target)} | target 7.1 |`, '| --- | --- | --- |',
    ...entries.map((e) => `| ${e} | ${counts.get(e) ?? 0} | ${counts71.get(e) ?? 0} |`), '',
    `## Per candidate function (target ${formatVersion(target)})`, ''];
  for (const cand of CANDIDATES) {
    const fs = (byFile.get(cand.path) ?? []).filter((f) => f.function && cand.functions.includes(f.function));
    lines.push(`- ${cand.id} ${cand.path} ${cand.functions.join(', ')}: ${fs.length ? fs.map((f) => `${f.entry}@${f.line}`).join(', ') : 'none'}`);
  }
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(join(repoRoot, 'test-results', 'knowledge-tree-scan.md'), `${lines.join('\n')}\n`);
}
