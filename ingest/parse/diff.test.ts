import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../../core/patch.js';
import { findDiffStart, parseDiff, scanDiff } from './diff.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

/** One line per file: what a reviewer looks at first. */
function summary(files: FileDiff[]): string[] {
  return files.map((f) => {
    const hunks = f.hunks.map((h) => `${h.oldStart},${h.oldLines}>${h.newStart},${h.newLines}`).join(' ');
    return `${f.status} ${f.oldPath} -> ${f.newPath} +${f.added} -${f.removed}${f.binary ? ' binary' : ''} [${hunks}]`;
  });
}

describe('parseDiff: git extended headers', () => {
  const files = parseDiff(fixture('diff-git-extended-headers.diff'));

  it('reads every file with its status, paths, counts and hunks', () => {
    expect(summary(files)).toEqual([
      'renamed docs/old-name.txt -> docs/new-name.txt +0 -0 []',
      'renamed lib/widget.c -> lib/gadget.c +1 -1 [1,3>1,3]',
      'copied lib/base.c -> lib/copy.c +1 -1 [2,1>2,1]',
      'modified scripts/run.sh -> scripts/run.sh +0 -0 []',
      'added null -> include/empty.h +0 -0 []',
      'deleted drivers/gone.c -> null +0 -2 [1,2>0,0]',
      'modified firmware/blob.bin -> firmware/blob.bin +0 -0 binary []',
      'added null -> img/dot.png +0 -0 binary []',
      'renamed docs/with space.txt -> docs/café menu.txt +1 -0 [1,1>1,2]',
      'modified tools/noprefix.c -> tools/noprefix.c +1 -1 [5,2>5,2]',
    ]);
  });

  it('keeps similarity, modes and blob ids', () => {
    expect(files[0].similarity).toBe(100);
    expect(files[1]).toMatchObject({ similarity: 90, oldBlob: '1111111', newBlob: '2222222', oldMode: '100644', newMode: '100644' });
    expect(files[3]).toMatchObject({ oldMode: '100644', newMode: '100755' });
    expect(files[4]).toMatchObject({ newMode: '100644', oldBlob: '0000000', newBlob: 'e69de29' });
    expect(files[4].oldMode).toBeUndefined();
    expect(files[5].oldMode).toBe('100644');
  });

  it('keeps hunk lines with their prefixes and the section after @@', () => {
    expect(files[1].hunks[0]).toEqual({
      oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, section: '',
      lines: [' #include "gadget.h"', '-int widget;', '+int gadget;', ' int common;'],
    });
    expect(files[2].hunks[0].section).toBe('int base;');
    expect(files[9].hunks[0].section).toBe('void f(void)');
  });
});

describe('parseDiff: other diff kinds', () => {
  it('reads plain unified diffs, dropping timestamps and the first directory like git apply -p1', () => {
    expect(summary(parseDiff(fixture('diff-plain-unified.diff')))).toEqual([
      'modified mm/plain.c -> mm/plain.c +1 -0 [10,4>10,5]',
      'added null -> mm/fresh.c +1 -0 [0,0>1,1]',
      'modified mm/quilt.c -> mm/quilt.c +1 -1 [1,1>1,1]',
    ]);
  });

  it('reads CVS diffs with Index: and diff -u -p -r headers', () => {
    expect(summary(parseDiff(fixture('diff-cvs-index.diff')))).toEqual([
      'modified bfd/widget.h -> bfd/widget.h +1 -0 [7,3>7,4]',
      'modified bfd/gadget.c -> bfd/gadget.c +1 -1 [1,2>1,2]',
    ]);
  });

  it('reads a binary file of a plain diff from its "Binary files" line', () => {
    const files = parseDiff('diff -urN a/x.bin b/x.bin\nBinary files a/x.bin and b/x.bin differ\n');
    expect(summary(files)).toEqual(['modified x.bin -> x.bin +0 -0 binary []']);
  });
});

describe('parseDiff: hunk bodies', () => {
  const text = fixture('diff-stripped-context-and-signature.diff');

  it('counts blank lines as context when the mail client stripped their space', () => {
    const [file] = parseDiff(text);
    expect(file.hunks[0].lines).toEqual([' {', ' ', '-\told();', '+\tnew();', '+\tmore();', ' ', ' }']);
  });

  it('keeps "\\ No newline at end of file" markers and ends hunks by their line counts', () => {
    const files = parseDiff(text);
    expect(files).toHaveLength(1);
    expect(files[0].hunks[1].lines).toEqual([
      ' tail', '-last', '\\ No newline at end of file', '+last;', '\\ No newline at end of file',
    ]);
    expect(summary(files)).toEqual(['modified mm/stripped.c -> mm/stripped.c +3 -2 [1,5>1,6 20,2>21,2]']);
  });

  it('reports where the diff ends, so the signature and prose stay outside', () => {
    const lines = text.split('\n');
    const { end } = scanDiff(lines, 0);
    expect(lines[end - 1]).toBe('\\ No newline at end of file');
    expect(lines[end]).toBe('-- ');
  });

  it('keeps the blank line that ends a binary block (git apply needs it), not the ones after', () => {
    const lines = [
      'diff --git a/x.bin b/x.bin', 'new file mode 100644', 'index 0000000..1111111', 'GIT binary patch', 'literal 1',
      'IcmZPo000310RR91', '', 'literal 0', 'HcmV?d00001', '', '', '-- ', '2.43.0',
    ];
    expect(scanDiff(lines, 0).end).toBe(10);
  });

  it('defaults omitted counts to 1 and skips a combined @@@ header without crashing', () => {
    const files = parseDiff([
      'diff --git a/j.py b/j.py', '--- a/j.py', '+++ b/j.py', '@@@ -1,1 +1,1 @@ def junk():', '', '-junk1', '+junk2',
      '--', '2.wong.fu',
    ].join('\n'));
    expect(summary(files)).toEqual(['modified j.py -> j.py +0 -0 []']);
    expect(parseDiff('--- a/f\n+++ b/f\n@@ -3 +3 @@\n-x\n+y\n')[0].hunks[0]).toMatchObject({ oldLines: 1, newLines: 1 });
  });

  it('stops a truncated hunk at the first line that cannot belong to it', () => {
    const files = parseDiff('--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n ctx\n-x\nThanks for looking.\n');
    expect(files[0].hunks[0].lines).toEqual([' ctx', '-x']);
  });

  it('returns nothing for text without a diff', () => {
    expect(parseDiff('just words\n--- \nmore words\n')).toEqual([]);
    expect(parseDiff('')).toEqual([]);
  });
});

describe('findDiffStart', () => {
  it('finds the offset of the first diff line of each kind', () => {
    const msg = 'Commit message.\n---\n f | 1 +\n\n';
    expect(findDiffStart(`${msg}diff --git a/f b/f\n`)).toBe(msg.length);
    expect(findDiffStart(`${msg}${fixture('diff-cvs-index.diff')}`)).toBe(msg.length);
    expect(findDiffStart(`${msg}diff -urN a/f b/f\n--- a/f\n+++ b/f\n`)).toBe(msg.length);
    expect(findDiffStart(`${msg}--- a/f\n+++ b/f\n@@ -1 +1 @@\n`)).toBe(msg.length);
  });

  it('ignores quoted diffs, the --- separator, and Index:/diff - lines not followed by a diff', () => {
    expect(findDiffStart('> diff --git a/f b/f\n> --- a/f\n> +++ b/f\n')).toBe(-1);
    expect(findDiffStart('Message.\n---\n+++ not really\n')).toBe(-1);
    expect(findDiffStart('Index: 5 is out of range\nso we fail\n')).toBe(-1);
    expect(findDiffStart('diff -u shows nothing here\n')).toBe(-1);
    expect(findDiffStart('')).toBe(-1);
  });
});
