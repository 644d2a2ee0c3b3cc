import { describe, expect, it } from 'vitest';
import { fixtureSeries, where } from './__fixtures__/fixture-series.js';
import { runChecks } from './run-checks.js';
import { SUBJECT_NUMBERING_CHECKS } from './subject-numbering.js';

const check = async (...names: string[]) => runChecks(await fixtureSeries(...names), SUBJECT_NUMBERING_CHECKS);

describe('subject and numbering checks', () => {
  it('a cover letter and 1/2, 2/2 with one prefix draw nothing; neither does a lone [PATCH]', async () => {
    expect(await check('v2-changelog-in-cover.mbox')).toEqual([]);
    expect(await check('clean-patch.patch')).toEqual([]);
  });

  it('names the odd prefix, the number used twice, the missing patch and the missing cover letter', async () => {
    const found = await check('v3-no-cover-prefix-and-numbering-slips.mbox');
    expect(found.map(where).sort()).toEqual(['cover-letter-missing@1:series', 'series-numbering@2:subject', 'subject-prefix-consistent@2:subject']);
    expect(found.find((f) => f.entry === 'subject-prefix-consistent')?.quote).toBe('[PATCH v2 2/3] misc/ringbuf: add an upper limit');
  });

  it('a cover letter promising two patches with one in the input: the series is incomplete', async () => {
    const found = await check('v2-cover-with-one-of-two-patches.mbox');
    expect(found.map(where)).toEqual(['series-incomplete@0:series']);
    expect(found[0].message).toMatch(/Patch 2 of 2/);
  });

  it('one patch of a series checked on its own says nothing about the rest (corpus false positive: each v2 patch alone drew cover-letter-missing, series-incomplete and changelog-missing)', async () => {
    expect(runChecks(await fixtureSeries('v2-patch-1-of-2-alone.patch'))).toEqual([]);
  });

  it('a cover letter checked on its own is not an incomplete series (corpus false positive, all 20 covers)', async () => {
    expect(runChecks(await fixtureSeries('v2-cover-letter-alone.patch'))).toEqual([]);
  });
});
