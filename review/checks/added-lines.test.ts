import { describe, expect, it } from 'vitest';
import { fixtureSeries, where } from './__fixtures__/fixture-series.js';
import { ADDED_LINE_CHECKS, displayWidth } from './added-lines.js';
import { runChecks } from './run-checks.js';

const check = async (name: string) => runChecks(await fixtureSeries(name), ADDED_LINE_CHECKS);

describe('added-line checks', () => {
  it('a long logging call whose message starts before column 100 is allowed, as checkpatch allows it', async () => {
    expect(await check('clean-patch.patch')).toEqual([]);
  });

  it('finds trailing whitespace, a space before a tab and an overlong line, each at its post-image line and column', async () => {
    const found = await check('whitespace-and-long-lines.patch');
    expect(found.map((f) => `${where(f)}:${f.column}`)).toEqual([
      'line-too-long@1:16:64',
      'space-before-tab@1:14:31',
      'space-before-tab@1:15:1',
      'space-before-tab@1:16:37',
      'trailing-whitespace@1:14:31',
    ]);
    expect(found.every((f) => f.file === 'drivers/misc/ringbuf.c' && f.hunk?.header.startsWith('@@ -11,6 +11,14 @@'))).toBe(true);
  });

  it('leaves documentation prose, a lone string and a URL comment alone', async () => {
    const found = await check('whitespace-and-long-lines.patch');
    expect(found.filter((f) => f.file !== 'drivers/misc/ringbuf.c')).toEqual([]);
    expect(found.map((f) => f.line)).not.toContain(18);
    expect(found.map((f) => f.line)).not.toContain(19);
  });

  it('finds a right-to-left override and a zero-width space, naming the character', async () => {
    const found = await check('trojan-source.patch');
    expect(found.map(where)).toEqual(['control-characters@1:25', 'control-characters@1:27']);
    expect(found[0].message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(found[1].message).toContain('U+200B ZERO WIDTH SPACE');
  });

  it('counts a tab to the next multiple of 8, as checkpatch does', () => {
    expect(displayWidth('\tx')).toBe(9);
    expect(displayWidth('abc\tx')).toBe(9);
    expect(displayWidth('abcdefgh\tx')).toBe(17);
  });
});
