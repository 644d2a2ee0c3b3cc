import { describe, expect, it } from 'vitest';
import { parseHeaderParams } from './content-type.js';

const params = (value: string) => Object.fromEntries(parseHeaderParams(value).params);

describe('parseHeaderParams', () => {
  it('reads the type lower-cased and plain and quoted parameters', () => {
    const ct = parseHeaderParams('Text/Plain; charset="UTF-8"; format=flowed; name="a; b.patch"');
    expect(ct.value).toBe('text/plain');
    expect(Object.fromEntries(ct.params)).toEqual({ charset: 'UTF-8', format: 'flowed', name: 'a; b.patch' });
  });

  it('unescapes quoted-pairs and keeps the first of a repeated parameter', () => {
    expect(params('multipart/mixed; boundary="a\\"b"; boundary=second')).toEqual({ boundary: 'a"b' });
  });

  it('joins RFC 2231 continuations and decodes charset/percent-encoded sections', () => {
    expect(params("attachment; filename*0*=utf-8''0001-caf%C3%A9; filename*1=-fix.patch")).toEqual({ filename: '0001-café-fix.patch' });
    expect(params("attachment; filename*=iso-8859-1'en'J%F6rg.diff")).toEqual({ filename: 'Jörg.diff' });
  });

  it('decodes RFC 2047 words that some mailers put in parameters', () => {
    expect(params('text/x-patch; name="=?utf-8?q?caf=C3=A9.patch?="')).toEqual({ name: 'café.patch' });
  });

  it('gives an empty value for a missing or junk header, without throwing', () => {
    expect(parseHeaderParams(undefined).value).toBe('');
    expect(parseHeaderParams(';;=;"').value).toBe('');
    expect(parseHeaderParams('text/plain; charset="u\0\0\0d"').params.get('charset')).toBe('u\0\0\0d');
  });
});
