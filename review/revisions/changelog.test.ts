import { describe, expect, it } from 'vitest';
import { changelogSections, readHeader } from './changelog.js';

const v = (version: number, rfc = false) => ({ version, rfc });

describe('readHeader', () => {
  it.each([
    ['Changes in v2:', v(2)],
    ['Changes since v1:', v(2)],
    ['Changes from v2:', v(3)],
    ['v1 -> v2:', v(2)],
    ['v2->v3', v(3)],
    ['Changes v3 -> v4:', v(4)],
    ['v3:', v(3)],
    ['* v4:', v(4)],
    ['RFC v2 -> RFC v3:', v(3, true)],
    ['Changes since RFC v2:', v(1)],
  ])('reads "%s" as describing %o (in a v4 posting)', (line, want) => {
    expect(readHeader(line, v(4))?.describes).toEqual(want);
  });

  it('takes a bare "Changes:" as the posting\'s own version, and keeps an inline item', () => {
    expect(readHeader('Changes:', v(3))).toEqual({ describes: v(3), inline: '' });
    expect(readHeader('v2: rebased on mm-unstable', v(2))).toEqual({ describes: v(2), inline: 'rebased on mm-unstable' });
  });

  it('leaves prose alone', () => {
    for (const line of ['This is v2 of the series.', 'Note: v2 is smaller', 'v2 drops the mixed map', 'See https://example.org/v2']) {
      expect(readHeader(line, v(2)), line).toBeNull();
    }
  });
});

describe('changelogSections', () => {
  const cover = [
    'The driver copies its ring on every read; map it instead.',
    '',
    'v3:',
    '* Dropped the statistics page as per Rita.',
    '* Renamed [__]ringbuf_map() to ringbuf_map_pages() and made',
    '  it static.',
    '',
    'v2:',
    '* Use remap_vmalloc_range() (Max).',
    'https://lore.example.org/all/cover.2@example.org/',
    '',
    'v1:',
    'https://lore.example.org/all/cover.1@example.org/',
    '',
    'Ada Lovelace (3):',
    '  misc/ringbuf: support mmap',
  ].join('\n');

  it('splits a cumulative cover into one section per version, wrapped bullets joined', () => {
    expect(changelogSections(cover, v(3))).toEqual([
      { describes: v(3), items: ['Dropped the statistics page as per Rita.', 'Renamed [__]ringbuf_map() to ringbuf_map_pages() and made it static.'] },
      { describes: v(2), items: ['Use remap_vmalloc_range() (Max).'] },
    ]);
  });

  it('reads plain-line items and a continuation that starts with an arrow', () => {
    const text = ['v1 -> v2:', '* "mm: fix the pud path"', ' -> Added after finding it', '* Renamed the patches', '', 'Cc: Someone <s@example.org>'].join('\n');
    expect(changelogSections(text, v(2))).toEqual([{ describes: v(2), items: ['"mm: fix the pud path" -> Added after finding it', 'Renamed the patches'] }]);
  });

  it('reads per-patch notes with "Changes since" headers', () => {
    const notes = ['Changes since v2:', ' - Drop the s390 filter as suggested by David', '', 'Changes since v1:', ' - New for v2'].join('\n');
    expect(changelogSections(notes, v(3))).toEqual([
      { describes: v(3), items: ['Drop the s390 filter as suggested by David'] },
      { describes: v(2), items: ['New for v2'] },
    ]);
  });

  it('finds nothing in notes without a version header', () => {
    expect(changelogSections("I'm guessing people will want this split up.\n", v(2))).toEqual([]);
  });
});

describe('RFC revisions', () => {
  it('reads versions in an RFC posting as RFC versions, and RFC sections carried into a later v1 as RFC', () => {
    expect(readHeader('Changes for v2:', v(2, true))?.describes).toEqual(v(2, true));
    expect(readHeader('Changes for v2:', v(1))?.describes).toEqual(v(2, true));
    expect(readHeader('Changes from v2 of the RFC[1]:', v(1))?.describes).toEqual(v(1));
    expect(readHeader('Changes from v2 of the RFC[1]:', v(2))?.describes).toEqual(v(1));
    expect(readHeader('Changes from v1:', v(2))?.describes).toEqual(v(2));
  });
});
