// patchwork's single-message fixtures (MANIFEST §2.2): each file is one mail. What patchwork calls the
// "comment" is our commit message (for a patch or pull request) or the body (for a reply); its "pull URL"
// is our patches.pull_url, and a pull request is stored with kind 'pull'.
import { parseAddressList } from '../../ingest/parse/address.js';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../ingest/archive/db.js';
import { ingest } from '../../ingest/ingest.js';
import { peersRoot } from './corpus-paths.js';
import { ingestCase } from './ingest-corpus.js';
import { allMessages, filesOf, patchById, trailerLines, type MessageRecord, type PatchRecord } from './archive-rows.js';

const mail = (file: string) => join(peersRoot, 'patchwork', 'mail', file);

interface Stored {
  db: Db;
  message: MessageRecord;
  patch: PatchRecord | undefined;
}

/** Ingests one fixture and expects exactly one message stored, none skipped. */
async function ingestOne(file: string): Promise<Stored> {
  const { db, report } = await ingestCase(mail(file));
  expect(report.skipped).toEqual([]);
  const messages = allMessages(db);
  expect(messages).toHaveLength(1);
  return { db, message: messages[0], patch: patchById(db, messages[0].message_id) };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** A patch with both a diff and a comment (commit message). */
function expectDiffAndComment(s: Stored): PatchRecord {
  expect(s.message.kind).toBe('patch');
  expect(s.patch).toBeDefined();
  expect(s.patch!.diff).not.toBe('');
  expect(s.patch!.commit_message.trim()).not.toBe('');
  return s.patch!;
}

/** A pull request without a diff, with the exact `URL branch` line. */
function expectPull(s: Stored, url: string): void {
  expect(s.message.kind).toBe('pull');
  expect(s.patch?.pull_url).toBe(url);
  expect(s.patch?.diff).toBe('');
  expect(s.patch?.commit_message.trim()).not.toBe('');
}

describe('patchwork mail fixtures: pull requests', () => {
  it('0001-git-pull-request.mbox: `[git pull]` without a diff is a pull request with its git:// URL and branch', async () => {
    expectPull(await ingestOne('0001-git-pull-request.mbox'), 'git://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next');
  });

  it('0001-git-pull-request.mbox: the same message read again from another file is a duplicate, not an error', async () => {
    const { db } = await ingestOne('0001-git-pull-request.mbox');
    const copy = join(mkdtempSync(join(tmpdir(), 'mlreview-dup-')), 'again.mbox');
    copyFileSync(mail('0001-git-pull-request.mbox'), copy);
    const again = await ingest(db, [copy]);
    expect(again).toMatchObject({ added: 0, duplicates: 1, skipped: [] });
    expect(allMessages(db)).toHaveLength(1);
  });

  it('0002-git-pull-request-wrapped.mbox: "The following changes since commit" wrapped over two lines still finds the URL', async () => {
    expectPull(await ingestOne('0002-git-pull-request-wrapped.mbox'), 'git://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next');
  });

  it('0003-git-pull-request-with-diff.mbox: a pull request carrying the diff keeps both the URL and the diff', async () => {
    const s = await ingestOne('0003-git-pull-request-with-diff.mbox');
    expect(s.message.kind).toBe('pull');
    expect(s.patch?.pull_url).toBe('git://git.kernel.org/pub/scm/linux/kernel/git/tip/linux-2.6-tip.git x86-fixes-for-linus');
    expect(s.patch?.diff.startsWith('diff --git a/arch/x86/include/asm/smp.h')).toBe(true);
  });

  it('0004-git-pull-request-git+ssh.mbox: git+ssh:// URL', async () => {
    expectPull(await ingestOne('0004-git-pull-request-git+ssh.mbox'), 'git+ssh://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next');
  });

  it('0005-git-pull-request-ssh.mbox: ssh:// URL', async () => {
    expectPull(await ingestOne('0005-git-pull-request-ssh.mbox'), 'ssh://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next');
  });

  it('0006-git-pull-request-http.mbox: http:// URL', async () => {
    expectPull(await ingestOne('0006-git-pull-request-http.mbox'), 'http://git.kernel.org/pub/scm/linux/kernel/git/benh/powerpc.git next');
  });

  it('0017-git-pull-request-git-2-14-3.mbox: git 2.14.3 format (capital "Git repository", URL with a trailing space, no branch)', async () => {
    const s = await ingestOne('0017-git-pull-request-git-2-14-3.mbox');
    expect(s.message.synthetic_id).toBe(1);
    expectPull(s, 'git://git.kernel.org/pub/scm/linux/kernel/git/davem/net');
  });

  it('0023-git-pull-request-newline-in-url.mbox: the ref wrapped onto the next line is joined to the URL', async () => {
    expectPull(await ingestOne('0023-git-pull-request-newline-in-url.mbox'),
      'https://git.kernel.org/pub/scm/linux/kernel/git/matthias.bgg/linux.git/ tags/v5.4-next-soc');
  });

  it('0024-git-pull-request-trailing-space.mbox: every line padded with spaces; the URL comes back unpadded', async () => {
    expectPull(await ingestOne('0024-git-pull-request-trailing-space.mbox'),
      'git://git.kernel.org/pub/scm/linux/kernel/git/nsekhar/linux-davinci.git tags/davinci-for-v5.6/soc');
  });
});

describe('patchwork mail fixtures: diffs', () => {
  it('0007-cvs-format-diff.mbox: bare RFC 822 mail, multipart, the CVS diff in a text/plain attachment starts with `Index`', async () => {
    const s = await ingestOne('0007-cvs-format-diff.mbox');
    const patch = expectDiffAndComment(s);
    expect(patch.diff.startsWith('Index: bfd/elf-bfd.h\n')).toBe(true);
    expect(patch.diff).toContain('diff -u -p -r1.329 elf-bfd.h\n');
    expect(s.message.title).toBe('Fix ld pr11138 FAILures on mips*.');
  });

  it('0008-git-rename.mbox: two pure renames (no hunks) are a diff with two rename from/to pairs', async () => {
    const s = await ingestOne('0008-git-rename.mbox');
    expect(s.message.synthetic_id).toBe(1);
    const patch = expectDiffAndComment(s);
    expect(count(patch.diff, '\nrename from ')).toBe(2);
    expect(count(patch.diff, '\nrename to ')).toBe(2);
    expect(filesOf(s.db, s.message.message_id).map((f) => f.status)).toEqual(['renamed', 'renamed']);
  });

  it('0009-git-rename-with-diff.mbox: renames plus one small content change', async () => {
    const s = await ingestOne('0009-git-rename-with-diff.mbox');
    const patch = expectDiffAndComment(s);
    expect(count(patch.diff, '\nrename from ')).toBe(2);
    expect(count(patch.diff, '\nrename to ')).toBe(2);
    expect(count(patch.diff, '\n-a\n+b')).toBe(1);
  });

  it('0010-invalid-charset.mbox: a text part declared charset="none" (quoted-printable) still gives diff and comment', async () => {
    expectDiffAndComment(await ingestOne('0010-invalid-charset.mbox'));
  });

  it('0011-no-newline-at-end-of-file.mbox: both `\\ No newline at end of file` markers stay in the diff, which ends with one; none in the comment', async () => {
    const s = await ingestOne('0011-no-newline-at-end-of-file.mbox');
    const patch = expectDiffAndComment(s);
    const marker = '\\ No newline at end of file';
    expect(patch.diff.startsWith('diff --git a/tools/testing/selftests/powerpc/Makefile')).toBe(true);
    expect(count(patch.diff, marker)).toBe(2);
    expect(patch.diff.endsWith(`${marker}\n`)).toBe(true);
    expect(patch.commit_message).not.toContain(marker);
    expect(patch.notes).not.toContain(marker);
    expect([s.message.version, s.message.idx, s.message.total]).toEqual([3, 5, 5]);
  });

  it('0016-no-subject.mbox: an empty Subject does not stop diff and comment extraction', async () => {
    const s = await ingestOne('0016-no-subject.mbox');
    expect(s.message.subject).toBe('');
    expect(s.message.message_id).toBe('ABC@DEF');
    expectDiffAndComment(s);
  });

  it('0021-git-empty-new-file.mbox: a new empty file (no hunks) is a diff', async () => {
    const s = await ingestOne('0021-git-empty-new-file.mbox');
    expectDiffAndComment(s);
    expect(filesOf(s.db, s.message.message_id)).toEqual([{ old_path: null, new_path: 'banana', status: 'added', binary: 0 }]);
  });

  it('0022-git-mode-change.mbox: a mode-only change is a diff', async () => {
    const s = await ingestOne('0022-git-mode-change.mbox');
    const patch = expectDiffAndComment(s);
    expect(patch.diff).toContain('old mode 100644\nnew mode 100755\n');
    expect(filesOf(s.db, s.message.message_id).map((f) => f.new_path)).toEqual(['scripts/kconfig/nconf-cfg.sh']);
  });

  it('0025-git-add-binary-file.mbox: a new binary file with --no-prefix paths keeps its GIT binary patch literals', async () => {
    const s = await ingestOne('0025-git-add-binary-file.mbox');
    const patch = expectDiffAndComment(s);
    expect(patch.diff.startsWith('diff --git pixel.bmp pixel.bmp')).toBe(true);
    for (const part of ['GIT binary patch\n', 'literal 142\n', 'literal 0\n']) expect(patch.diff).toContain(part);
    expect(filesOf(s.db, s.message.message_id)).toEqual([{ old_path: null, new_path: 'pixel.bmp', status: 'added', binary: 1 }]);
  });

  it('0026-git-add-mixed-binary-text-files.mbox: a binary file and a text script in one diff', async () => {
    const s = await ingestOne('0026-git-add-mixed-binary-text-files.mbox');
    const patch = expectDiffAndComment(s);
    expect(patch.diff.startsWith('diff --git pixel.bmp pixel.bmp')).toBe(true);
    expect(patch.diff).toContain('GIT binary patch\n');
    expect(patch.diff).toContain('diff --git quit.sh quit.sh\n');
    expect(filesOf(s.db, s.message.message_id).map((f) => [f.new_path, f.binary])).toEqual([['pixel.bmp', 1], ['quit.sh', 0]]);
  });

  it('0027-git-modify-binary-file.mbox: a modified binary file keeps both literals', async () => {
    const s = await ingestOne('0027-git-modify-binary-file.mbox');
    // Above `---` there is only a sign-off: an empty commit message and one own trailer.
    expect(s.message.kind).toBe('patch');
    expect(s.patch!.commit_message).toBe('');
    expect(trailerLines(s.db, s.message.message_id, 'own')).toEqual(['Signed-off-by: Stephen Finucane <stephen@that.guru>']);
    const patch = s.patch!;
    expect(patch.diff.startsWith('diff --git pixel.bmp pixel.bmp')).toBe(true);
    for (const part of ['GIT binary patch\n', 'literal 0\n', 'literal 142\n']) expect(patch.diff).toContain(part);
    expect(filesOf(s.db, s.message.message_id).map((f) => [f.status, f.binary])).toEqual([['modified', 1]]);
  });
});

describe('patchwork mail fixtures: headers and charsets', () => {
  it('0012-invalid-header-char.mbox: a stray 0x9C byte in a Received header; still exactly one patch', async () => {
    const s = await ingestOne('0012-invalid-header-char.mbox');
    expectDiffAndComment(s);
    expect(s.message.title).toBe('kni: fix compilation error when debug enabled');
    expect((s.db.prepare('SELECT tags FROM messages').get() as { tags: string }).tags).toBe('dpdk-dev');
  });

  it('0013-with-utf8-body.mbox: 8-bit UTF-8 body; one patch, the name intact in body and From', async () => {
    const s = await ingestOne('0013-with-utf8-body.mbox');
    const patch = expectDiffAndComment(s);
    expect(s.message.from_name).toBe('Rafał Miłecki');
    expect(patch.diff).toContain('+M:\tRafał Miłecki <zajec5@gmail.com>');
  });

  it('0014-with-unencoded-utf8-headers.mbox: raw UTF-8 in Subject, From and Cc; one patch', async () => {
    const s = await ingestOne('0014-with-unencoded-utf8-headers.mbox');
    expectDiffAndComment(s);
    expect(s.message.subject).toBe('MAINTAINERS: Update entry for BCM5301X ARM to include Rafał Miłecki');
    expect(s.message.from_name).toBe('Rafał Miłecki');
    expect(parseAddressList(s.message.cc_raw)).toContainEqual({ name: 'Rafał Miłecki', email: 'zajec5@gmail.com' });
  });

  it('0015-with-invalid-utf8-headers.mbox: a q-encoded word with invalid UTF-8 in Cc; one patch, every Cc address kept', async () => {
    const s = await ingestOne('0015-with-invalid-utf8-headers.mbox');
    expectDiffAndComment(s);
    expect(s.message.from_name).toBe('Rafał Miłecki');
    expect(parseAddressList(s.message.cc_raw).map((a) => a.email)).toEqual([
      'bcm-kernel-feedback-list@broadcom.com', 'zajec5@gmail.com', 'akpm@linux-foundation.org', 'davem@davemloft.net',
      'gregkh@linuxfoundation.org', 'mchehab@osg.samsung.com', 'linux@roeck-us.net', 'jslaby@suse.cz',
      'linux-kernel@vger.kernel.org',
    ]);
  });

  it('0019-multipart-patch.mbox: multipart/alternative patch; the HTML part is ignored, no `<div` in body, comment or diff', async () => {
    const s = await ingestOne('0019-multipart-patch.mbox');
    const patch = expectDiffAndComment(s);
    for (const text of [s.message.body, patch.commit_message, patch.diff]) expect(text).not.toContain('<div');
  });

  it('0020-multipart-comment.mbox: multipart/alternative iso-8859-1 reply; its text is stored, the HTML part is not', async () => {
    const s = await ingestOne('0020-multipart-comment.mbox');
    expect(s.message.kind).toBe('reply');
    expect(s.message.body).toContain('Yup, this looks sensible to me.');
    expect(s.message.body).not.toContain('<div');
  });
});
