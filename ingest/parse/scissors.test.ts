import { describe, expect, it } from 'vitest';
import { isScissorsLine } from './scissors.js';

describe('isScissorsLine', () => {
  it.each([
    '-- >8 --', '----8<----', '--8<--', '-- 8< --', '-->8--', '  ---- >8 ----  ', '8<----', '>8-----',
    '-- >8 -- cut here --', '----%<----',
  ])('accepts %j', (line) => {
    expect(isScissorsLine(line)).toBe(true);
  });

  it.each([
    '', '---', '-- ', '> --8<--', '-	x = y->8;', 'a >8 b', '8< cut here but no perforation', 'if (a >8 && b)',
    '-- >8 -- this is a long explanation that happens to contain a scissors mark --',
  ])('rejects %j', (line) => {
    expect(isScissorsLine(line)).toBe(false);
  });
});
