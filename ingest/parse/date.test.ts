import { describe, expect, it } from 'vitest';
import { parseMailDate } from './date.js';

const utc = (iso: string) => Date.parse(iso);

describe('parseMailDate', () => {
  it.each([
    ['Tue, 2 Sep 2025 10:15:00 +0200', '2025-09-02T08:15:00Z'],
    ['Tue, 02 Sep 2025 10:15:00 -0700', '2025-09-02T17:15:00Z'],
    ['2 Sep 2025 10:15:00 +0000', '2025-09-02T10:15:00Z'],
    ['Tue, 2 Sep 2025 10:15 +0200', '2025-09-02T08:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 +0100 (BST)', '2025-09-02T09:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 EST', '2025-09-02T15:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 PDT', '2025-09-02T17:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 GMT', '2025-09-02T10:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 CEST', '2025-09-02T08:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00 XYZ', '2025-09-02T10:15:00Z'],
    ['Tue, 2 Sep 2025 10:15:00', '2025-09-02T10:15:00Z'],
    ['Tue, 2 Sep 25 10:15:00 +0000', '2025-09-02T10:15:00Z'],
    ['Thu, 3 Jun 99 10:15:00 +0000', '1999-06-03T10:15:00Z'],
    ['Tue Sep  2 10:15:00 2025 +0200', '2025-09-02T08:15:00Z'],
    ['Tue, 2 September 2025 10:15:00 +0200', '2025-09-02T08:15:00Z'],
    [',  1 Jun 2016 22:00:54+0200', '2016-06-01T20:00:54Z'],
    [', 11 Sep 2016 23:2:04 +01', '2016-09-11T22:02:04Z'],
    ['Tue, 2 Sep 2025 23:59:60 +0000', '2025-09-02T23:59:59Z'],
    ['2025-09-02T10:15:00+02:00', '2025-09-02T08:15:00Z'],
  ])('%s', (value, iso) => {
    expect(parseMailDate(value)).toBe(utc(iso));
  });

  it.each([
    ['', 'empty'],
    ['Wg>', 'garbage'],
    [', 11 Sep 2016 23:20407080403080105:04 +0100', 'a broken time'],
    ['Wed, 4 Jun 207777777777777777777714 17:50:46 0', 'an absurd year'],
    ['Wed, 4 Jun 1776 17:50:46 +0000', 'a year before mail'],
    ['Mon, 31 Feb 2025 10:00:00 +0000', 'a day the month does not have'],
    ['Mon, 3 Feb 2025 25:00:00 +0000', 'hour 25'],
    ['on, 9:35 -0800', 'no day, month or year'],
    ['Wed, 4 Jun 2014 17:50:', 'a cut-off time'],
  ])('%j (%s) → null', (value) => {
    expect(parseMailDate(value)).toBeNull();
  });

  it('returns null for undefined and never throws on long junk', () => {
    expect(parseMailDate(undefined)).toBeNull();
    expect(parseMailDate('(('.repeat(10000) + '1 Jan 2020 00:00 +0000')).toBeNull();
  });
});
