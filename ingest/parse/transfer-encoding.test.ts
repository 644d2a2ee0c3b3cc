import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, parseTransferEncoding } from './transfer-encoding.js';

const qp = (s: string) => decodeQuotedPrintable(Buffer.from(s, 'latin1')).toString('latin1');

describe('parseTransferEncoding', () => {
  it.each([
    ['quoted-printable', 'quoted-printable'],
    ['QUOTED-PRINTABLE', 'quoted-printable'],
    [' base64 ', 'base64'],
    ['Base64\0', 'base64'],
    ['7bit', '8bit'],
    ['binary', '8bit'],
    ['x-garbage', '8bit'],
    [undefined, '8bit'],
  ])('%j → %s', (value, expected) => {
    expect(parseTransferEncoding(value)).toBe(expected);
  });
});

describe('decodeQuotedPrintable', () => {
  it('decodes =XX (either case) and joins soft line breaks, LF or CRLF', () => {
    expect(qp('caf=E9 =c3=a9')).toBe('caf\xe9 \xc3\xa9');
    expect(qp('wrap=\nped and wrap=\r\nped')).toBe('wrapped and wrapped');
    expect(qp('transport space after = \nbreak')).toBe('transport space after break');
  });

  it('keeps trailing whitespace, a stray = and a = at the very end as soft break', () => {
    expect(qp('a =3D b, stray = here, bad =ZZ\ntrailing \n')).toBe('a = b, stray = here, bad =ZZ\ntrailing \n');
    expect(qp('end=')).toBe('end');
  });
});

describe('decodeBase64', () => {
  it('ignores line breaks and junk characters', () => {
    expect(decodeBase64(Buffer.from('aGVs\nbG8g\r\nd29y!bGQ=\n')).toString()).toBe('hello world');
  });
});
