import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../../core/patch.js';
import { readExtendedHeader, readHeaderPath, readQuoted, splitGitHeader, stripPlainPrefix } from './diff-header.js';

describe('names in diff headers', () => {
  it('decodes C-quoted names: escapes and octal UTF-8 bytes', () => {
    expect(readQuoted('"a/caf\\303\\251 \\"x\\"\\tb\\\\c"', 0)).toEqual({ text: 'a/café "x"\tb\\c', next: 27 });
  });

  it('splits diff --git names: same name, spaces, renames, quotes, no prefix', () => {
    expect(splitGitHeader('a/mm/x.c b/mm/x.c')).toEqual(['a/mm/x.c', 'b/mm/x.c']);
    expect(splitGitHeader('a/with b/space b/with b/space')).toEqual(['a/with b/space', 'b/with b/space']);
    expect(splitGitHeader('a/old.c b/new.c')).toEqual(['a/old.c', 'b/new.c']);
    expect(splitGitHeader('"a/x y" "b/x y"')).toEqual(['a/x y', 'b/x y']);
    expect(splitGitHeader('a/plain "b/caf\\303\\251"')).toEqual(['a/plain', 'b/café']);
    expect(splitGitHeader('pixel.bmp pixel.bmp')).toEqual(['pixel.bmp', 'pixel.bmp']);
  });

  it('reads --- / +++ names without timestamps or git\'s trailing tab', () => {
    expect(readHeaderPath('a/mm/x.c\t2024-01-01 10:00:00.000000000 +0000')).toBe('a/mm/x.c');
    expect(readHeaderPath('a/with space.c\t')).toBe('a/with space.c');
    expect(readHeaderPath('"a/caf\\303\\251"')).toBe('a/café');
  });

  it('drops the first directory of plain-diff names like git apply -p1', () => {
    expect(stripPlainPrefix('linux.orig/mm/x.c')).toBe('mm/x.c');
    expect(stripPlainPrefix('x.c')).toBe('x.c');
  });
});

describe('readExtendedHeader', () => {
  const blank = (): FileDiff => ({
    oldPath: 'f', newPath: 'f', status: 'modified', binary: false, hunks: [], added: 0, removed: 0,
  });

  it('reads index lines with and without a mode, and rejects other text', () => {
    const file = blank();
    expect(readExtendedHeader(file, 'index 0123abc..4567def 100755')).toBe(true);
    expect(file).toMatchObject({ oldBlob: '0123abc', newBlob: '4567def', oldMode: '100755', newMode: '100755' });
    expect(readExtendedHeader(blank(), 'index of the world')).toBe(false);
    expect(readExtendedHeader(blank(), 'some prose')).toBe(false);
  });

  it('reads renames written the old way (rename old/new) and dissimilarity', () => {
    const file = blank();
    for (const line of ['dissimilarity index 60%', 'rename old a.c', 'rename new b.c']) {
      expect(readExtendedHeader(file, line)).toBe(true);
    }
    expect(file).toMatchObject({ status: 'renamed', oldPath: 'a.c', newPath: 'b.c' });
  });
});
