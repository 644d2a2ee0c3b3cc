import { describe, expect, it } from 'vitest';
import { fixtureSeries, where } from './__fixtures__/fixture-series.js';
import { CHANGELOG_CHECKS, hasChangelog } from './changelog.js';
import { runChecks } from './run-checks.js';

const check = async (name: string) => runChecks(await fixtureSeries(name), CHANGELOG_CHECKS);

describe('changelog checks', () => {
  it('a v2 whose cover letter has a changelog needs none below the patches', async () => {
    expect(await check('v2-changelog-in-cover.mbox')).toEqual([]);
  });

  it('a v2 cover letter without a changelog, and a patch without one below ---, is named on the cover', async () => {
    const found = await check('v2-cover-without-changelog.mbox');
    expect(found.map(where)).toEqual(['changelog-missing@0:series']);
    expect(found[0].message).toMatch(/patch 1 has none/);
  });

  it('without a cover letter, each patch needs its own; a history line above --- is in the commit message', async () => {
    const found = await check('v3-no-cover-prefix-and-numbering-slips.mbox');
    expect(found.map(where)).toEqual(['changelog-in-commit-message@1:commit-message', 'changelog-missing@1:notes', 'changelog-missing@3:notes']);
    expect(found[0].quote).toBe('v2: use 1 rather than 0 as the lower limit');
  });

  it('a v1 needs no changelog', async () => {
    expect(await check('clean-patch.patch')).toEqual([]);
  });

  it('knows the usual changelog headings, not a version named in prose', () => {
    for (const heading of ['Changes in v2:', 'v1 -> v2:', 'Changes since v3', 'Changelog:', 'v2: fold the helper', '- v3: rebase', 'Changes from the previous version:']) {
      expect(hasChangelog(heading), heading).toBe(true);
    }
    for (const prose of ['This makes v2 of the protocol work.', 'The changes are small.', 'Use the v4l2 API.']) expect(hasChangelog(prose), prose).toBe(false);
  });
});
