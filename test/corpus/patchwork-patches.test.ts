// patchwork's raw diffs (MANIFEST §2.1) wrapped in mails we build here, one way of mailing a patch per
// case: inline, as a text/x-patch or text/x-diff attachment, with no MIME headers at all, after a
// signature, below a `---` note, after a list footer, and in UTF-8. The diff we store must be the file,
// byte for byte; the comment (commit message, plus the notes below `---`) must be the text around it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peersRoot } from './corpus-paths.js';
import { ingestCase } from './ingest-corpus.js';
import { allMessages, patchById, type MessageRecord, type PatchRecord } from './archive-rows.js';

const ADD_LINE = readFileSync(join(peersRoot, 'patchwork', 'patches', '0001-add-line.patch'), 'utf8');
const UTF8 = readFileSync(join(peersRoot, 'patchwork', 'patches', '0002-utf-8.patch'), 'utf8');

const HEADERS = [
  'From: Patch Author <patch-author@example.com>',
  'To: Some List <list@example.com>',
  'Subject: Test subject',
  'Date: Mon, 1 Jan 2024 12:00:00 +0000',
  'Message-Id: <synthetic-patch@example.com>',
];
const TEXT_PLAIN = ['MIME-Version: 1.0', 'Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit'];

function mail(headers: string[], body: string): string {
  return `${headers.join('\n')}\n\n${body}`;
}

/** A multipart/mixed mail: the comment as text/plain, the diff as an attachment of `type`. */
function withAttachment(comment: string, diff: string, type: string): string {
  const b = '==boundary-1==';
  return mail([...HEADERS, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${b}"`], [
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    comment,
    `--${b}`,
    `Content-Type: ${type}; charset="us-ascii"; name="0001-add-line.patch"`,
    'Content-Transfer-Encoding: 7bit',
    'Content-Disposition: attachment; filename="0001-add-line.patch"',
    '',
    diff,
    `--${b}--`,
    '',
  ].join('\n'));
}

async function ingestText(text: string | Buffer): Promise<{ message: MessageRecord; patch: PatchRecord }> {
  const file = join(mkdtempSync(join(tmpdir(), 'mlreview-synth-')), 'mail.eml');
  writeFileSync(file, text);
  const { db, report } = await ingestCase(file);
  expect(report.skipped).toEqual([]);
  const messages = allMessages(db);
  expect(messages).toHaveLength(1);
  expect(messages[0].kind).toBe('patch');
  const patch = patchById(db, messages[0].message_id);
  expect(patch).toBeDefined();
  return { message: messages[0], patch: patch! };
}

describe('patchwork patches in synthetic mails', () => {
  it('0001-add-line.patch inline after `Test for attached patch` in a text/plain mail: diff and comment exact', async () => {
    const { patch } = await ingestText(mail([...HEADERS, ...TEXT_PLAIN], `Test for attached patch\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test for attached patch');
  });

  it('0001-add-line.patch as a text/x-patch attachment: the attachment is the diff', async () => {
    const { patch } = await ingestText(withAttachment('Test for attached patch', ADD_LINE, 'text/x-patch'));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test for attached patch');
  });

  it('0001-add-line.patch as a text/x-diff attachment: the attachment is the diff', async () => {
    const { patch } = await ingestText(withAttachment('Test for attached patch', ADD_LINE, 'text/x-diff'));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test for attached patch');
  });

  it('0001-add-line.patch in a mail without Content-Type or Content-Transfer-Encoding', async () => {
    const { patch } = await ingestText(mail(HEADERS, `Test for attached patch\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test for attached patch');
  });

  it('0001-add-line.patch after a `-- ` signature: the signature is neither comment nor diff', async () => {
    const { patch } = await ingestText(mail([...HEADERS, ...TEXT_PLAIN], `Test comment\nmore comment\n-- \nsig\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test comment\nmore comment');
    expect(`${patch.commit_message}\n${patch.notes}`).not.toContain('sig');
  });

  it('0001-add-line.patch below `---` + `Update: test update`: the update note is kept (as notes under the `---`)', async () => {
    const content = 'Test comment\nmore comment\n---\nUpdate: test update';
    const { patch } = await ingestText(mail([...HEADERS, ...TEXT_PLAIN], `${content}\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(`${patch.commit_message}\n---\n${patch.notes}`).toBe(content);
  });

  it('0001-add-line.patch after a Linuxppc-dev list footer: the footer is removed from the comment', async () => {
    const footer = '_______________________________________________\nLinuxppc-dev mailing list';
    const { patch } = await ingestText(mail([...HEADERS, ...TEXT_PLAIN], `Test comment\nmore comment\n${footer}\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe('Test comment\nmore comment');
  });

  it('0001-add-line.patch after comment lines starting `difficult`/`Different`: they stay comment, not diff', async () => {
    const content = 'Lines can start with words beginning in "diff"\ndifficult\nDifferent';
    const { patch } = await ingestText(mail([...HEADERS, ...TEXT_PLAIN], `${content}\n${ADD_LINE}`));
    expect(patch.diff).toBe(ADD_LINE);
    expect(patch.commit_message).toBe(content);
  });

  it('0002-utf-8.patch in a base64 UTF-8 mail with an encoded author: `+meëp` round-trips, author `Pätch Author`', async () => {
    const headers = [
      'From: =?utf-8?q?P=C3=A4tch_Author?= <patch-author@example.com>',
      ...HEADERS.slice(1),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
    ];
    const body = Buffer.from(`Test for attached patch\n${UTF8}`, 'utf8').toString('base64').replace(/.{76}/g, '$&\n');
    const { message, patch } = await ingestText(mail(headers, `${body}\n`));
    expect(patch.diff).toBe(UTF8);
    expect(patch.diff).toContain('+meëp\n');
    expect(message.from_name).toBe('Pätch Author');
  });

  it('0002-utf-8.patch in an 8-bit UTF-8 mail with a raw UTF-8 author: the same', async () => {
    const headers = [
      'From: Pätch Author <patch-author@example.com>',
      ...HEADERS.slice(1),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit',
    ];
    const { message, patch } = await ingestText(Buffer.from(mail(headers, `Test for attached patch\n${UTF8}`), 'utf8'));
    expect(patch.diff).toBe(UTF8);
    expect(message.from_name).toBe('Pätch Author');
  });
});
