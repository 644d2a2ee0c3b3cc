// End-to-end: `mlreview review` through the real CLI on the example series, from the archive and from the
// mbox itself, in every format; the email replies parse back with our own parser as answers to the right
// patches, and once ingested, the next review says the points were raised.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseMessage } from '../ingest/analyse-message.js';
import { parseMessage } from '../ingest/parse/message.js';
import { archiveOf, examplesDir, runCli, scratchDir } from './run-cli.js';

const mbox = join(examplesDir, 'ringbuf-v1-v2.mbox');
const V1_COVER = 'cover.1757322000.git.ada@example.org';
const V2_PATCH3 = 'patch3.1757667600.git.ada@example.org';
const REVIEWER = 'Rev Iewer <rev@example.com>';
let db: string;

interface FindingJson { id: string; severity: string; patch: string; file: string | null; line: number | null; message: string; entry: string; hunk: { header: string } | null; raisedBy: { name: string; messageId: string } | null }
interface ReviewJson { schema: number; series: Array<{ version: number; patches: unknown[] }>; findings: FindingJson[] }

function review(args: string[]): ReviewJson {
  const r = runCli(['review', '--db', db, '-o', 'json', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  db = archiveOf(mbox);
});

describe('mlreview review on the example series', () => {
  it('reviews the latest revision by series id: JSON schema 1 with patch, file, post-image line and hunk', () => {
    const out = review([V1_COVER.replace('1757322000', '1757667600')]);
    expect(out.schema).toBe(1);
    expect(out.series.map((s) => s.version)).toEqual([2]);
    const stateful = out.findings.find((f) => f.entry === 'stateful-mmap-prepare')!;
    expect(stateful).toMatchObject({ severity: 'warning', patch: V2_PATCH3, file: 'drivers/misc/ringbuf.c', line: 69, raisedBy: null });
    expect(stateful.hunk?.header).toMatch(/^@@ -59,6 \+60,37 @@/);
  });

  it('reviews v1 with --revision 1 and says which points the thread already raised, and by whom', () => {
    const out = review(['--revision', '1', V1_COVER]);
    const raised = (entry: string) => out.findings.find((f) => f.entry === entry)?.raisedBy;
    expect(raised('direct-vm-flags-write')).toMatchObject({ name: 'Rita Reviewer', messageId: 'rita-1@example.net' });
    expect(raised('vmalloc-memory-remap-vmalloc-range')).toMatchObject({ name: 'Rita Reviewer', messageId: 'rita-1@example.net' });
    expect(raised('one-action-per-vma')).toMatchObject({ name: 'Rita Reviewer', messageId: 'rita-2@example.net' });
    expect(raised('stateful-mmap-prepare')).toBeNull();
  });

  it('gives the same review from the mbox itself, without touching the archive', () => {
    const fromArchive = review(['--revision', '1', V1_COVER]);
    const r = runCli(['review', '-o', 'json', '--revision', '1', '--db', join(scratchDir(), 'untouched.db'), mbox]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual(fromArchive.findings);
    expect(runCli(['threads', '--db', join(scratchDir(), 'untouched.db')]).status).toBe(2);
  });

  it('prints text grouped by patch, with the offending line quoted and a marker under it', () => {
    const r = runCli(['review', '--db', db, '--revision', '1', V1_COVER]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^v1 1\/3 misc\/ringbuf: support mmap of the ring buffer/m);
    expect(r.stdout).toContain('        57 |         vma->vm_flags |= VM_DONTEXPAND | VM_DONTDUMP;\n           |         ^~~~');
    expect(r.stdout).toContain('raised by Rita Reviewer in <rita-1@example.net>');
  });

  it('writes Markdown with the mail text escaped', () => {
    const r = runCli(['review', '--db', db, '-o', 'md', '--revision', '1', V1_COVER]);
    expect(r.stdout).toMatch(/^## v1 3\/3 misc\/ringbuf: convert to f\\_op-\\>mmap\\_prepare$/m);
    expect(r.stdout).toContain('### error: One mmap action per VMA (`one-action-per-vma`)');
  });

  it('exits 2 naming the target it cannot find', () => {
    const r = runCli(['review', '--db', db, 'no-such@example.org']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such@example.org: no series with that id and no message with that message-id');
  });
});

describe('mlreview review -o email', () => {
  let replies: string;

  beforeAll(() => {
    const r = runCli(['review', '--db', db, '-o', 'email', '--from', REVIEWER, '--revision', '1', V1_COVER]);
    expect(r.status, r.stderr).toBe(0);
    replies = r.stdout;
  });

  it('writes one reply per patch with findings not yet raised, which parse back as answers to those patches', () => {
    const mails = replies.split(/^(?=From mboxrd@z )/m).map((m, i) => analyseMessage(parseMessage(Buffer.from(m), { source: 'replies', offset: i })));
    expect(mails.map((m) => [m.kind, m.message.inReplyTo, m.message.subject])).toEqual([
      ['reply', 'patch3.1757322000.git.ada@example.org', 'Re: [PATCH 3/3] misc/ringbuf: convert to f_op->mmap_prepare'],
    ]);
    expect(mails[0].message.references).toEqual([V1_COVER, 'patch3.1757322000.git.ada@example.org']);
    expect(mails[0].message.from).toEqual({ name: 'Rev Iewer', email: 'rev@example.com' });
  });

  it('quotes the hunk lines with "> ", comments below them, trims the rest, and does not top-post', () => {
    const body = replies.slice(replies.indexOf('\n\n') + 2);
    expect(body).toMatch(/^On Mon, 08 Sep 2025 09:00:03 \+0000, Ada Lovelace wrote:\n> \[\.\.\.\]\n> diff --git a\/drivers\/misc\/ringbuf\.c/);
    expect(body).toContain('> +\tatomic_inc(&rb->nr_mmaps);\n\nmmap_prepare runs before merge');
    expect(body).toMatch(/Is that intended here\?\n/);
    expect(body.trimEnd().endsWith('> [...]')).toBe(true);
    expect(body).not.toContain('mmap_action_remap(desc');
  });

  it('threads into the archive under the patch, and the next review counts the point as raised by us', () => {
    const file = join(scratchDir(), 'replies.mbox');
    writeFileSync(file, replies);
    expect(runCli(['ingest', '--db', db, file]).status).toBe(0);
    const tree = runCli(['thread', '--db', db, 'patch3.1757322000.git.ada@example.org']).stdout;
    expect(tree).toMatch(/Re: \[PATCH 3\/3\][^\n]*\n?[^\n]*Rev Iewer|Rev Iewer[^\n]*Re: \[PATCH 3\/3\]/);
    const again = review(['--revision', '1', V1_COVER]);
    expect(again.findings.find((f) => f.entry === 'stateful-mmap-prepare')?.raisedBy).toMatchObject({ name: 'Rev Iewer' });
  });

  it('needs to know who the reviewer is', () => {
    const r = runCli(['review', '--db', db, '-o', 'email', '--revision', '1', V1_COVER], { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: scratchDir() } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from "Name <address>"');
  });
});
