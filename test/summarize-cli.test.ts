// End-to-end: `mlreview summarize` through the real CLI on an ingested review thread and on the example series.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot, runCli, scratchDir } from './run-cli.js';

const fixture = join(repoRoot, 'review', 'summary', '__fixtures__', 'vma-helper-review.mbox');
const COVER = 'cover.1757930400.git.ann@example.org';
let db: string;

beforeAll(() => {
  db = join(scratchDir(), 'archive.db');
  const r = runCli(['ingest', '--db', db, fixture, join(examplesDir, 'ringbuf-v1-v2.mbox')]);
  expect(r.status, r.stderr).toBe(0);
});

interface PointJson { by: { name: string; email: string }; kind: string; status: string; text: string; messageId: string; anchor: { file: string | null; line: number | null } | null; decidedBy: string | null }
interface SummaryJson {
  schema: number;
  revisions: Array<{ version: number; patches: Array<{ index: number; points: PointJson[]; trailers: Array<{ name: string; value: string }> }> }>;
  open: PointJson[];
  decisions: Array<{ kind: string; messageId: string }>;
}

function summarizeJson(id: string): SummaryJson {
  const r = runCli(['summarize', '--db', db, '-o', 'json', id]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('mlreview summarize', () => {
  it('gives versioned JSON: revisions → patches → points with anchors, then open points and decisions', () => {
    const s = summarizeJson(COVER);
    expect(s.schema).toBe(1);
    expect(s.revisions.map((r) => [r.version, r.patches.map((p) => p.index)])).toEqual([[1, [0, 1, 2]]]);
    const request = s.revisions[0].patches[1].points.find((p) => p.kind === 'change-request')!;
    expect(request).toMatchObject({ by: { name: 'Rita Reviewer' }, status: 'resolved', messageId: 'rita-1.vmah@example.net', anchor: { file: 'mm/vma_helpers.c', line: 13 }, decidedBy: 'ann-1.vmah@example.org' });
    expect(s.open.map((p) => p.kind)).toEqual(['nit', 'question']);
    expect(s.decisions.some((d) => d.kind === 'applied' && d.messageId === 'max-1.vmah@example.com')).toBe(true);
  });

  it('summarises the revision a reply belongs to, given its message-id in any form', () => {
    const forms = ['<jay-2.vmah@example.com>', 'jay-2.vmah@example.com', 'https://lore.kernel.org/linux-mm/jay-2.vmah@example.com/'];
    const outputs = forms.map((f) => JSON.stringify(summarizeJson(f)));
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0]).revisions).toHaveLength(1);
  });

  it('summarises every revision of a series given its id', () => {
    const list = JSON.parse(runCli(['series', 'list', '--db', db, '-o', 'json']).stdout).series as Array<{ id: string; title: string }>;
    const ringbuf = list.find((x) => x.title.startsWith('misc/ringbuf'))!;
    const s = summarizeJson(ringbuf.id);
    expect(s.revisions.map((r) => r.version)).toEqual([1, 2]);
    // v1 3/3: Rita's one-action-per-VMA objection, answered by Ada's promise to drop the statistics page.
    const objection = s.revisions[0].patches[3].points.find((p) => p.messageId === 'rita-2@example.net')!;
    expect(objection).toMatchObject({ status: 'resolved', decidedBy: 'ada-2@example.org' });
  });

  it('draws the digest and the thread as a tree in text, one line per message', () => {
    const r = runCli(['summarize', '--db', db, COVER]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('mm: account pages of helper VMAs');
    expect(r.stdout).toContain('  • v1, 11 replies from 6 people; author Ann Author.');
    expect(lines.filter((l) => /[├└]─ Re: /.test(l))).toHaveLength(11);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('writes Markdown with the mail text escaped', () => {
    const r = runCli(['summarize', '--db', db, '-o', 'md', COVER]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('# mm: account pages of helper VMAs\n')).toBe(true);
    expect(r.stdout).toContain('## Open or disputed');
    expect(r.stdout).toContain('s/every helper VMA/each helper VMA/');
  });

  it('exits 2 and names the id when there is nothing to summarise', () => {
    const r = runCli(['summarize', '--db', db, 'no-such-message@example.org']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-message@example.org');
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown output format', () => {
    const r = runCli(['summarize', '--db', db, '-o', 'html', COVER]);
    expect(r.status).toBe(2);
  });
});
