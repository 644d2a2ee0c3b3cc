import { describe, expect, it } from 'vitest';
import { groupSeries, linkRevisions, type RevisionFacts } from './lineage.js';

let day = 0;
function rev(key: string, over: Partial<RevisionFacts> = {}): RevisionFacts {
  day += 1;
  return {
    key, version: 1, rfc: false, date: day * 86_400_000, fromEmail: 'ann@example.org', title: 'mm: rework the widget',
    changeIds: [], members: [key], answers: [], links: [], patchTitles: [], files: [], ...over,
  };
}

const links = (revs: RevisionFacts[]) => linkRevisions(revs).map((l) => `${l.from}→${l.to} ${l.confidence}: ${l.reason}`);

describe('linkRevisions', () => {
  it('links by change-id, by reply, by a link in the cover, and by the same title', () => {
    expect(links([
      rev('v1', { changeIds: ['20250101-widget-abc'] }),
      rev('v2', { version: 2, changeIds: ['20250101-widget-abc'], title: 'reworded' }),
      rev('v3', { version: 3, answers: ['v2'], title: 'reworded again' }),
      rev('v4', { version: 4, links: ['v3'], title: 'and again' }),
      rev('v5', { version: 5, title: 'and again' }),
    ])).toEqual([
      'v1→v2 high: same change-id',
      'v2→v3 high: posted in reply to the earlier revision',
      'v3→v4 high: links to the earlier revision',
      'v4→v5 high: same author and title',
    ]);
  });

  it('follows RFC → RFC v2 → v1 when the title is reworded but the patches are the same', () => {
    const patches = ['mm: remove pfn_t', 'mm: drop devmap bit', 'fs/dax: stop using pfn_t'];
    expect(links([
      rev('rfc', { rfc: true, title: 'mm: remove pfn_t', patchTitles: patches }),
      rev('rfc2', { rfc: true, version: 2, title: 'mm: remove devmap and pfn_t', patchTitles: patches }),
      rev('v1', { title: 'mm: remove the devmap bit and pfn_t', patchTitles: patches.map((t) => `${t}!`) }),
    ])).toEqual([
      'rfc→rfc2 medium: same author, 100% of patch subjects match',
      'rfc2→v1 medium: same author, 100% of patch subjects match',
    ]);
  });

  it('does not take another author\'s series that a cover cites as an earlier version', () => {
    const other = rev('dep', { fromEmail: 'bob@example.org', title: 'mm: fixes this builds on' });
    const mine = rev('mine', { version: 2, links: ['dep'], title: 'mm: something new' });
    expect(links([other, mine])).toEqual([]);
    expect(groupSeries([other, mine], [])).toEqual([['dep'], ['mine']]);
  });
});
