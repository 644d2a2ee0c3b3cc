import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, decodeHeaderBytes } from './encoded-words.js';

describe('decodeEncodedWords', () => {
  it('decodes Q words in utf-8 and iso-8859-1, underscores as spaces', () => {
    expect(decodeEncodedWords('=?UTF-8?q?Rafa=C5=82_Mi=C5=82ecki?= <r@example.org>')).toBe('Rafał Miłecki <r@example.org>');
    expect(decodeEncodedWords('=?iso-8859-1?Q?J=F6rg_R=F6del?=')).toBe('Jörg Rödel');
  });

  it('decodes B words and drops the whitespace between adjacent words', () => {
    expect(decodeEncodedWords('=?utf-8?B?w6l0w6k=?= =?utf-8?B?IGNob2Q=?=')).toBe('été chod');
  });

  it('keeps the whitespace between an encoded word and plain text', () => {
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9?= again')).toBe('Re: café again');
  });

  it('joins a character whose utf-8 bytes were split across two words', () => {
    // "ł" is C5 82: one byte in each word
    expect(decodeEncodedWords('=?utf-8?q?Rafa=C5?= =?utf-8?q?=82?=')).toBe('Rafał');
    // a base64 quantum split across a fold: "w6" + "k=" is "é"
    expect(decodeEncodedWords('=?utf-8?b?w6?= =?utf-8?b?k=?=')).toBe('é');
  });

  it('drops whitespace between adjacent words even when their charsets differ', () => {
    expect(decodeEncodedWords('=?iso-8859-1?q?=E9?= =?utf-8?q?=C3=A9?=')).toBe('éé');
  });

  it('accepts a charset with an RFC 2231 language suffix', () => {
    expect(decodeEncodedWords('=?utf-8*en?q?hello_there?=')).toBe('hello there');
  });

  it('leaves malformed words as text', () => {
    expect(decodeEncodedWords('=?utf-8?x?abc?= and =?utf-8?q?unterminated')).toBe('=?utf-8?x?abc?= and =?utf-8?q?unterminated');
    expect(decodeEncodedWords('a =? b ?= c')).toBe('a =? b ?= c');
    expect(decodeEncodedWords('=??q?abc?=')).toBe('=??q?abc?=');
  });

  it('decodes words whose charset is unknown by looking at the bytes', () => {
    expect(decodeEncodedWords('=?x-unknown?q?caf=C3=A9?=')).toBe('café');
    expect(decodeEncodedWords('=?UTF-8?q?Rafa=FF?=')).toBe('Rafaÿ');
  });

  it('stays fast on a value full of stray =?', () => {
    const junk = '=?'.repeat(50000) + 'x';
    const t = performance.now();
    expect(decodeEncodedWords(junk)).toBe(junk);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('decodeHeaderBytes', () => {
  it('reads raw 8-bit header bytes as utf-8 when valid, else windows-1252', () => {
    expect(decodeHeaderBytes(Buffer.from('Rafał', 'utf8'))).toBe('Rafał');
    expect(decodeHeaderBytes(Buffer.from('J\xf6rg', 'latin1'))).toBe('Jörg');
  });
});
