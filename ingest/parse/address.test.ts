import { describe, expect, it } from 'vitest';
import { parseAddress, parseAddressList } from './address.js';

describe('parseAddressList', () => {
  it.each([
    ['"Doe, Jane" <jane@example.com>', [{ name: 'Doe, Jane', email: 'jane@example.com' }]],
    ['Jane Doe <jane@x>', [{ name: 'Jane Doe', email: 'jane@x' }]],
    ['jane@x', [{ name: '', email: 'jane@x' }]],
    ['jane@x (Jane Doe)', [{ name: 'Jane Doe', email: 'jane@x' }]],
    ['<jane@x>', [{ name: '', email: 'jane@x' }]],
    ['"Jane \\"JD\\" Doe" <jane@x>', [{ name: 'Jane "JD" Doe', email: 'jane@x' }]],
    ['=?UTF-8?q?Rafa=C5=82_Mi=C5=82ecki?= <rafal@x>', [{ name: 'Rafał Miłecki', email: 'rafal@x' }]],
    ['"=?utf-8?B?TWHFgmdvcnphdGE=?= Nowak" <m@x>', [{ name: 'Małgorzata Nowak', email: 'm@x' }]],
    ['Jane   Doe\t<jane@x>', [{ name: 'Jane Doe', email: 'jane@x' }]],
    ['<@relay.example:jane@x>', [{ name: '', email: 'jane@x' }]],
    ['Doe, Jane <jane@x>', [{ name: 'Doe, Jane', email: 'jane@x' }]],
  ])('%s', (value, expected) => {
    expect(parseAddressList(value)).toEqual(expected);
  });

  it('reads a list with groups, empty groups and stray commas', () => {
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
    expect(parseAddressList('mm team: a@x, "B" <b@x>;, c@x,,')).toEqual([
      { name: '', email: 'a@x' },
      { name: 'B', email: 'b@x' },
      { name: '', email: 'c@x' },
    ]);
  });

  it('reads a folded Cc list with comments and quoted names', () => {
    const value = 'bcm-list@example.org, Andrew Morton <akpm@example.org>, "David S. Miller" <davem@example.net>, linux-kernel@vger.example.org (open list)';
    expect(parseAddressList(value)).toEqual([
      { name: '', email: 'bcm-list@example.org' },
      { name: 'Andrew Morton', email: 'akpm@example.org' },
      { name: 'David S. Miller', email: 'davem@example.net' },
      { name: 'open list', email: 'linux-kernel@vger.example.org' },
    ]);
  });

  it('makes a best effort of garbage without throwing', () => {
    expect(parseAddressList('Fan Flli m>')).toEqual([{ name: 'Fan Flli m>', email: '' }]);
    expect(parseAddressList('"unterminated <a@x>')).toEqual([{ name: 'unterminated', email: 'a@x' }]);
    expect(parseAddressList('Name <unterminated@x')).toEqual([{ name: 'Name', email: 'unterminated@x' }]);
    expect(parseAddressList('(((')).toEqual([]);
    expect(parseAddressList('')).toEqual([]);
    expect(parseAddressList(undefined)).toEqual([]);
  });
});

describe('parseAddress', () => {
  it('gives the first address, or an empty one', () => {
    expect(parseAddress('A <a@x>, B <b@x>')).toEqual({ name: 'A', email: 'a@x' });
    expect(parseAddress('')).toEqual({ name: '', email: '' });
  });
});
