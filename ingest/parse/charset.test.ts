import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseCharset } from './charset.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('normaliseCharset', () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['"utf-8"', 'utf-8'],
    [' ISO-8859-1 ', 'windows-1252'],
    ['u\0\0\0tf-8', 'utf-8'],
    ['utf-8*en', 'utf-8'],
    ['latin-1', 'windows-1252'],
    [undefined, ''],
  ])('%j → %j', (label, expected) => {
    expect(normaliseCharset(label)).toBe(expected);
  });
});

describe('decodeBytes', () => {
  it('decodes a declared iso-8859-1 body', () => {
    expect(decodeBytes(latin1('Gr\xfc\xdfe, Ren\xe9'), 'iso-8859-1')).toBe('Grüße, René');
  });

  it('decodes other ICU charsets (iso-8859-2, koi8-r, shift_jis)', () => {
    expect(decodeBytes(Buffer.from([0x50, 0xb3, 0x6f, 0x64, 0xbc]), 'ISO-8859-2')).toBe('Płodź');
    expect(decodeBytes(Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), 'koi8-r')).toBe('Привет');
    expect(decodeBytes(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), 'shift_jis')).toBe('日本');
  });

  it('falls back to windows-1252 when bytes declared utf-8 are not utf-8 (mislabelled latin-1)', () => {
    expect(decodeBytes(latin1('caf\xe9 \x93quoted\x94'), 'utf-8')).toBe('café “quoted”');
  });

  it('reads utf-8 bytes under "none", x-unknown, us-ascii and no label', () => {
    for (const label of ['none', '"none"', 'x-unknown', 'us-ascii', 'unknown-8bit', undefined]) {
      expect(decodeBytes(utf8('Miłecki'), label)).toBe('Miłecki');
    }
  });

  it('reads latin-1 bytes under an unknown or junk label as windows-1252', () => {
    expect(decodeBytes(latin1('na\xefve'), 'x-no-such-charset')).toBe('naïve');
    expect(decodeBytes(latin1('na\xefve'), 'u\0\0\0d')).toBe('naïve');
    expect(decodeBytes(utf8('naïve'), 'u\0\0\0d')).toBe('naïve');
  });

  it('does not turn a charset WHATWG maps to "replacement" into U+FFFD', () => {
    expect(decodeBytes(utf8('plain text'), 'iso-2022-kr')).toBe('plain text');
  });

  it('drops a utf-8 byte order mark and never throws on empty input', () => {
    expect(decodeBytes(utf8('\ufeffhello'), 'utf-8')).toBe('hello');
    expect(decodeBytes(Buffer.alloc(0), 'utf-8')).toBe('');
  });
});
