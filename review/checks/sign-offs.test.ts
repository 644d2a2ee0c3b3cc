import { describe, expect, it } from 'vitest';
import { fixtureSeries, where } from './__fixtures__/fixture-series.js';
import { runChecks } from './run-checks.js';
import { SIGN_OFF_CHECKS } from './sign-offs.js';

const check = async (name: string) => runChecks(await fixtureSeries(name), SIGN_OFF_CHECKS);

describe('sign-off checks', () => {
  it('a patch signed off by its author and a paired co-author draws nothing', async () => {
    expect(await check('clean-patch.patch')).toEqual([]);
  });

  it('a patch with no Signed-off-by at all: missing, and nothing more about the author', async () => {
    expect((await check('no-signed-off-by.patch')).map(where)).toEqual(['signed-off-by-missing@1:trailers']);
  });

  it("the author's name signing off with another address is named, quoting the line", async () => {
    const [f] = await check('signoff-other-address.patch');
    expect(f.entry).toBe('signed-off-by-author');
    expect(f.quote).toBe('Signed-off-by: Ada Lovelace <ada.lovelace@work.example.com>');
  });

  it('the in-body From: is the author: sent on her behalf with her sign-off is clean, without it is not', async () => {
    expect(await check('sent-for-someone-else.patch')).toEqual([]);
    const [f] = await check('sent-for-someone-else-without-their-signoff.patch');
    expect(f.entry).toBe('signed-off-by-author');
    expect(f.message).toContain('ada@example.org');
  });

  it('each Co-developed-by needs the same person\'s Signed-off-by right below it', async () => {
    const found = await check('co-developed-without-signoff.patch');
    expect(found.map((f) => f.quote)).toEqual(['Co-developed-by: Rita Reviewer <rita@example.net>', 'Co-developed-by: Bob Bystander <bob@example.net>']);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
  });
});
