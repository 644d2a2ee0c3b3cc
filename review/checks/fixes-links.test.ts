import { describe, expect, it } from 'vitest';
import { fixtureSeries } from './__fixtures__/fixture-series.js';
import { FIXES_LINKS_CHECKS } from './fixes-links.js';
import { runChecks } from './run-checks.js';

const check = async (name: string) => runChecks(await fixtureSeries(name), FIXES_LINKS_CHECKS);

describe('Fixes:, Link:, Closes: and Reported-by: checks', () => {
  it('well-formed Fixes, Link and Closes, and Reported-by followed by Closes, draw nothing', async () => {
    expect(await check('clean-patch.patch')).toEqual([]);
  });

  it('names each malformed trailer with its own line', async () => {
    const found = await check('fixes-link-closes-malformed.patch');
    expect(found.map((f) => [f.entry, f.quote])).toEqual([
      ['fixes-format', 'Fixes: 0123abc ("misc/ringbuf: support mmap of the ring buffer")'],
      ['fixes-format', 'Fixes: 0123456789AB ("misc/ringbuf: support mmap of the ring buffer")'],
      ['fixes-format', 'Fixes: 0123456789ab misc/ringbuf: support mmap of the ring buffer'],
      ['link-format', 'Link: <rita-1@example.net>'],
      ['link-format', 'Closes: the report on the list last week'],
      ['reported-by-without-closes', 'Reported-by: Tess Tester <tess@example.org>'],
    ]);
  });

  it('says what is wrong with a Fixes: line: too short, upper case, subject not quoted', async () => {
    const fixes = (await check('fixes-link-closes-malformed.patch')).filter((f) => f.entry === 'fixes-format').map((f) => f.message);
    expect(fixes[0]).toMatch(/7 characters/);
    expect(fixes[1]).toMatch(/upper case/);
    expect(fixes[2]).toMatch(/subject/);
  });
});
