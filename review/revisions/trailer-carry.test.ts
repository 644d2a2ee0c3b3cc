import { describe, expect, it } from 'vitest';
import { V1, V2 } from './__fixtures__/cache-series.js';
import { revision } from './__fixtures__/revision-builder.js';
import { compareRevisions } from './comparison.js';
import { checkTrailers, isSubstantial } from './trailer-carry.js';

const comparison = compareRevisions(V1, V2);
const { findings, retagged } = checkTrailers(comparison);
const shown = findings.map((f) => `${f.kind}: ${f.trailer} ${comparison.label(f.pair.from!)} → ${comparison.label(f.pair.to!)} given in ${f.givenIn}`);

describe('checkTrailers on the cache series', () => {
  it('flags the tag carried onto the rewritten patch and the tag lost from the unchanged one, nothing else', () => {
    expect(shown).toEqual([
      'lost: Reviewed-by: Jan Kara <jack@example.org> v1 1/4 → v2 1/4 given in jan-1@example.org',
      'carried-onto-changed: Reviewed-by: Rita Reviewer <rita@example.net> v1 2/4 → v2 2/4 given in rita-1@example.net',
    ]);
  });

  it('lets a tag ride along a change of white space alone', () => {
    const stats = comparison.pairs.find((p) => p.to?.index === 3)!;
    expect(stats.interdiff!.codeLines).toBe(1);
    expect(isSubstantial(stats)).toBe(false);
  });

  it('counts the patches whose tags changed: collected onto 2/4 and 3/4, left behind on 1/4', () => {
    expect(retagged.map((p) => p.to!.index).sort()).toEqual([1, 2, 3]);
  });

  it('does not flag a tag the reviewer gave again on the new revision', () => {
    const regiven = revision(2, '', V2.patches.map((p) => ({
      title: p.title,
      files: Object.fromEntries(p.files.map((f) => [f.newPath!, f.hunks[0].lines])),
      own: p.trailers.filter((t) => t.status === 'own').map((t) => `${t.name}: ${t.value}`),
      given: p.index === 2 ? [['Reviewed-by: Rita Reviewer <rita@example.net>', 'rita-2@example.net']] as Array<[string, string]> : [],
    })));
    expect(checkTrailers(compareRevisions(V1, regiven)).findings.map((f) => f.kind)).toEqual(['lost']);
  });
});
