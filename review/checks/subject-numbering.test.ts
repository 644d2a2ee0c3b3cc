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
    expect(found.map(where).sort()).toEqual([
      'cover-letter-missing@1:series',
      'series-incomplete@1:series',
      'series-numbering@2:subject',
      'subject-prefix-consistent@2:subject',
    ]);
    expect(found.find((f) => f.entry === 'subject-prefix-consistent')?.quote).toBe('[PATCH v2 2/3] misc/ringbuf: add an upper limit');
    expect(found.find((f) => f.entry === 'series-incomplete')?.message).toMatch(/Patch 3 of 3/);
  });
});
