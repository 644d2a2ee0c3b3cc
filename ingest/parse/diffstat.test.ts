import { describe, expect, it } from 'vitest';
import { isDiffstatFileLine, readDiffstat } from './diffstat.js';

describe('isDiffstatFileLine', () => {
  it.each([
    [' mm/memory.c | 12 +++++-----', true],
    [' .../very/long/path.c      |  3 ++-', true],
    [' pixel.bmp | Bin 142 -> 0 bytes', true],
    [' a.c => b.c | 0', true],
    ['mm/memory.c | 12 ++', false],
    [' a | b', false],
    [' choose this | that option', false],
  ])('%j → %s', (line, expected) => {
    expect(isDiffstatFileLine(line)).toBe(expected);
  });
});

describe('readDiffstat', () => {
  const stat = [
    ' mm/a.c | 2 +-', ' mm/b.c | 1 +', ' 2 files changed, 2 insertions(+), 1 deletion(-)',
    ' create mode 100644 mm/b.c', ' rename mm/{x.c => y.c} (100%)', ' mode change 100644 => 100755 mm/run.sh',
  ];

  it('separates changelog notes above and below from the diffstat', () => {
    expect(readDiffstat(['v2: fix typo', '', ...stat, '', 'Thanks!'])).toEqual({
      notes: ['v2: fix typo', '', '', 'Thanks!'], diffstat: stat,
    });
  });

  it('prefers the run with a summary line, and takes indented summaries', () => {
    const indented = ['  1 file changed, 0 insertions(+), 0 deletions(-)', '  create mode 100644 banana'];
    expect(readDiffstat([' stray | 3', '', ...indented]).diffstat).toEqual(indented);
  });

  it('with atEnd, only takes a diffstat that ends the text', () => {
    expect(readDiffstat(['Shortlog:', ...stat, ''], true).diffstat).toEqual(stat);
    expect(readDiffstat([...stat, 'more prose'], true)).toEqual({ notes: [...stat, 'more prose'], diffstat: [] });
  });

  it('returns no diffstat for plain text', () => {
    expect(readDiffstat(['just notes'])).toEqual({ notes: ['just notes'], diffstat: [] });
  });
});
