// matchPatch with and without the post-image, and against a target release.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../ingest/parse/diff.js';
import { matchPatch } from './match-patch.js';
import { parseKernelVersion } from './kernel-version.js';

const fixture = (name: string) => readFileSync(new URL(`./engine/__fixtures__/${name}`, import.meta.url), 'utf8');

describe('matchPatch', () => {
  const files = parseDiff(fixture('loop-moved-into-new-function.diff'));

  it('reports findings with entry, severity, place and matched text', async () => {
    const findings = await matchPatch(files, { patch: 'demo@example.org' });
    const f = findings.find((x) => x.entry === 'vmalloc-memory-remap-vmalloc-range');
    expect(f).toMatchObject({ severity: 'warning', confidence: 'medium', patch: 'demo@example.org', file: 'kernel/demo.c', line: 32, side: 'new', hunk: 0, function: 'demo_mmap_complete', matched: 'vmalloc_to_page(demo->area + off)' });
  });

  it('raises confidence when the post-image shows the vmalloc_user() allocation', async () => {
    const post = 'static int demo_open(void)\n{\n\tdemo->area = vmalloc_user(size);\n}\n' + '\n'.repeat(15) + readPostImage();
    const findings = await matchPatch(files, { readPostImage: (p) => (p === 'kernel/demo.c' ? post : undefined) });
    expect(findings.find((x) => x.entry === 'vmalloc-memory-remap-vmalloc-range')?.confidence).toBe('high');
  });

  it('leaves out entries that do not apply to the target release', async () => {
    const on = (v: string) => matchPatch(files, { targetVersion: parseKernelVersion(v) }).then((fs) => fs.map((f) => f.entry));
    expect(await on('6.12')).toContain('helper-newer-than-target');
    expect(await on('5.1')).not.toContain('vm-insert-page-loop');
  });
});

/** The fixture's post-image from line 20 on, as the patched file would read there. */
function readPostImage(): string {
  const [file] = parseDiff(fixture('loop-moved-into-new-function.diff'));
  return file.hunks[0].lines.filter((l) => l[0] !== '-').map((l) => l.slice(1)).join('\n');
}
