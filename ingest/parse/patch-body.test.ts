import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInlinePatches, parsePatchBody } from './patch-body.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('parsePatchBody: a format-patch mail', () => {
  const patch = parsePatchBody(fixture('patch-with-notes-and-diffstat.txt'));

  it('splits message, trailers, notes and diffstat at ---', () => {
    expect(patch.inBodyFrom).toBe('Real Author <real.author@example.com>');
    expect(patch.inBodySubject).toBeUndefined();
    expect(patch.commitMessage).toBe('Count the sheep before the widget sleeps, so that it wakes up on time.');
    expect(patch.trailers.map((t) => `${t.name}: ${t.value}`)).toEqual([
      'Signed-off-by: Real Author <real.author@example.com>',
      'Reviewed-by: Ann Reviewer <ann@example.com>',
    ]);
    expect(patch.notes).toBe('v2: count the black sheep too (Ann)\nv1: https://lore.example.org/r/v1@example.com');
    expect(patch.diffstat).toBe([
      ' lib/sheep.c | 3 ++-', ' lib/new.c   | 1 +', ' 2 files changed, 3 insertions(+), 1 deletion(-)',
      ' create mode 100644 lib/new.c',
    ].join('\n'));
  });

  it('takes the diff up to its last hunk line, without base-commit or signature', () => {
    expect(patch.diff.startsWith('diff --git a/lib/sheep.c b/lib/sheep.c\n')).toBe(true);
    expect(patch.diff.endsWith('@@ -0,0 +1 @@\n+int fresh;\n')).toBe(true);
    expect(patch.files.map((f) => [f.newPath, f.status, f.added, f.removed])).toEqual([
      ['lib/sheep.c', 'modified', 2, 1], ['lib/new.c', 'added', 1, 0],
    ]);
  });

  it('extracts base-commit and prerequisite-patch-id lines', () => {
    expect(patch.baseCommit).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(patch.prerequisitePatchIds).toEqual([
      '1111111111111111111111111111111111111111', '2222222222222222222222222222222222222222',
    ]);
    expect(patch.changeId).toBeUndefined();
    expect(patch.pullUrl).toBeUndefined();
  });
});

describe('parsePatchBody: where the patch starts and ends', () => {
  it('discards everything above a scissors line and reads in-body headers, unfolding Subject', () => {
    const patch = parsePatchBody(fixture('patch-after-scissors-with-inbody-headers.txt'));
    expect(patch.inBodyFrom).toBe('Patch Author <patch.author@example.com>');
    expect(patch.inBodySubject).toBe('[PATCH v2] widget: stop spinning when nobody is looking');
    expect(patch.commitMessage).toBe('The widget kept spinning.');
    expect(patch.trailers.map((t) => t.name)).toEqual(['Signed-off-by']);
    expect(patch.files.map((f) => f.newPath)).toEqual(['widget.c']);
  });

  it('ends the commit message at the diff when there is no ---, keeping the trailers', () => {
    const patch = parsePatchBody(fixture('patch-plain-diff-without-separator.txt'));
    expect(patch.commitMessage).toBe('Follow-up trailer test without a separator.');
    expect(patch.trailers.map((t) => t.name)).toEqual(['Signed-off-by']);
    expect(patch.notes).toBe('');
    expect(patch.diffstat).toBe('');
    expect(patch.files.map((f) => [f.oldPath, f.newPath, f.hunks[0].lines.length])).toEqual([['widget.c', 'widget.c', 4]]);
  });

  it('removes a mailing-list footer above the diff from the message', () => {
    const patch = parsePatchBody(fixture('patch-with-list-footer.txt'));
    expect(patch.commitMessage).toBe("Fix the widget's spin rate.");
    expect(patch.trailers.map((t) => t.value)).toEqual(['Real Author <real.author@example.com>']);
    expect(patch.diff.startsWith('diff --git a/widget.c')).toBe(true);
  });

  it('drops a signature that sits above the diff', () => {
    const patch = parsePatchBody('Message.\n\n-- \nSig line\ndiff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n');
    expect(patch.commitMessage).toBe('Message.');
    expect(patch.files).toHaveLength(1);
  });

  it('keeps text after a --- inside notes, and only the first --- splits', () => {
    const patch = parsePatchBody('Message.\n---\nUpdate: test update\n---\nmore\n\ndiff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n');
    expect(patch.commitMessage).toBe('Message.');
    expect(patch.notes).toBe('Update: test update\n---\nmore');
  });

  it('treats a body without a diff as message and basement, cutting the signature', () => {
    const cover = parsePatchBody(fixture('cover-letter-with-base-commit.txt'));
    expect(cover.commitMessage).toBe('This series teaches the widget to count sheep.');
    expect(cover.trailers.map((t) => t.name)).toEqual(['Signed-off-by']);
    expect(cover.baseCommit).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(cover.changeId).toBe('20240101-sheep-0123456789ab');
    expect(cover.notes).toBe('Real Author (2):\n      widget: count sheep\n      widget: sleep\n\n---\n\nBest regards,');
    expect(cover.diffstat.split('\n')).toHaveLength(3);
    expect(cover.diff).toBe('');
    expect(cover.files).toEqual([]);
  });

  it('finds the diffstat of a cover letter whose signature lost its trailing space', () => {
    const cover = parsePatchBody('Cover text.\n\nA (1):\n  x: y\n\n x.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n--\n2.51.0\n');
    expect(cover.commitMessage).toBe('Cover text.\n\nA (1):\n  x: y');
    expect(cover.diffstat).toBe(' x.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)');
  });

  it('does not mistake a short body or prose for headers', () => {
    expect(parsePatchBody('From: the docs, we learn this.\nMore text.\n')).toMatchObject({
      commitMessage: 'From: the docs, we learn this.\nMore text.', trailers: [],
    });
    expect(parsePatchBody('')).toMatchObject({ commitMessage: '', trailers: [], notes: '', diff: '', files: [] });
  });
});

describe('parsePatchBody: pull requests', () => {
  it('joins a URL wrapped over two lines with its tag', () => {
    expect(parsePatchBody(fixture('pull-request-wrapped-url.txt')).pullUrl).toBe(
      'https://git.example.org/pub/scm/linux/kernel/git/someone/widget.git/ tags/widget-for-6.8',
    );
  });

  it('reads URL and branch of a pull request that also carries the diff', () => {
    const pull = parsePatchBody(fixture('pull-request-with-diff.txt'));
    expect(pull.pullUrl).toBe('git://git.example.org/pub/scm/linux/kernel/git/tip/widget-tip.git x86-fixes-for-linus');
    expect(pull.diff.startsWith('diff --git a/arch/x86/sheep.c')).toBe(true);
    expect(pull.diffstat).toBe(' arch/x86/sheep.c |    2 +-\n 1 files changed, 1 insertions(+), 1 deletions(-)');
  });

  it('copes with lines padded with trailing spaces', () => {
    expect(parsePatchBody(fixture('pull-request-padded-lines.txt')).pullUrl).toBe(
      'git://git.example.org/pub/scm/linux/kernel/git/someone/widget.git tags/widget-for-v5.6/soc',
    );
  });

  it.each([
    ['git+ssh://git.example.org/widget.git next', 'git+ssh://git.example.org/widget.git next'],
    ['ssh://git.example.org/widget.git next', 'ssh://git.example.org/widget.git next'],
    ['http://git.example.org/widget.git next', 'http://git.example.org/widget.git next'],
    ['git://git.example.org/widget/net ', 'git://git.example.org/widget/net'],
  ])('reads %j', (urlLine, expected) => {
    const body = `The following changes since commit\n0123456789abcdef:\n\nare available in the git repository at:\n\n  ${urlLine}\n\nShortlog (1):\n`;
    expect(parsePatchBody(body).pullUrl).toBe(expected);
  });

  it('needs the "following changes since commit" line', () => {
    expect(parsePatchBody('are available in the git repository at:\n\n  git://x.example.org/y.git z\n').pullUrl).toBeUndefined();
  });
});

describe('findInlinePatches', () => {
  it('finds a fix-up patch pasted below scissors and a format-patch From line', () => {
    const [fixup, ...rest] = findInlinePatches(fixture('reply-with-scissors-fixup.txt'));
    expect(rest).toEqual([]);
    expect(fixup.inBodySubject).toBe('[PATCH] widget: fix sparc build');
    expect(fixup.inBodyFrom).toBe('Fixer Upper <fixer@example.com>');
    expect(fixup.commitMessage).toBe('');
    expect(fixup.trailers.map((t) => `${t.name}: ${t.value}`)).toEqual(['Signed-off-by: Fixer Upper <fixer@example.com>']);
    expect(fixup.files.map((f) => [f.newPath, f.added, f.removed, f.hunks.length])).toEqual([
      ['arch/sparc/include/asm/widget.h', 2, 0, 1],
    ]);
  });

  it('finds a bare diff right below scissors', () => {
    const reply = '> old text\n\nHow about this?\n\n--8<--\ndiff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n';
    expect(findInlinePatches(reply).map((p) => p.files.length)).toEqual([1]);
  });

  it('ignores quoted diffs and scissors lines with nothing below them', () => {
    const reply = '> diff --git a/f b/f\n> --- a/f\n> +++ b/f\n> @@ -1 +1 @@\n> -a\n> +b\n\n----8<----\nnot a patch\n';
    expect(findInlinePatches(reply)).toEqual([]);
  });
});
