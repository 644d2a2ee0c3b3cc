import { describe, expect, it } from 'vitest';
import { extractMessageIds, normaliseMessageId, parseMessageIdHeader, syntheticMessageId } from './msgid.js';

describe('extractMessageIds', () => {
  it('reads bracketed ids in order without duplicates', () => {
    expect(extractMessageIds('<a@x> <b@x>\t<a@x>')).toEqual(['a@x', 'b@x']);
  });

  it('ignores junk text and comments around the ids', () => {
    expect(extractMessageIds('<x@y> (Jane\'s message of "Mon, 1 Sep 2025 10:00:00 +0200")')).toEqual(['x@y']);
    expect(extractMessageIds('Jane Doe\'s message of Mon, 1 Sep 2025 <x@y>')).toEqual(['x@y']);
    expect(extractMessageIds('(a comment with <not@an-id>) <real@id>')).toEqual(['real@id']);
    expect(extractMessageIds('<<doubled@x>>')).toEqual(['doubled@x']);
    expect(extractMessageIds('<junk <inner@x>')).toEqual(['inner@x']);
  });

  it('drops whitespace and control characters inside brackets (folded or NUL-ridden values)', () => {
    expect(extractMessageIds('<20250902.1234\n -1-jane@example.org>')).toEqual(['20250902.1234-1-jane@example.org']);
    expect(extractMessageIds('<a\0b@x>')).toEqual(['ab@x']);
  });

  it('recognises ids written without brackets by their @', () => {
    expect(extractMessageIds('a@x b@x, not-an-id')).toEqual(['a@x', 'b@x']);
    expect(extractMessageIds('just words')).toEqual([]);
    expect(extractMessageIds(undefined)).toEqual([]);
  });

  it('keeps an unclosed ( from hiding the ids after it', () => {
    expect(extractMessageIds('junk ( <a@x> <b@x>')).toEqual(['a@x', 'b@x']);
  });
});

describe('parseMessageIdHeader', () => {
  it('takes the first id, a bare word, or null', () => {
    expect(parseMessageIdHeader(' <a@x> ')).toBe('a@x');
    expect(parseMessageIdHeader('a@x')).toBe('a@x');
    expect(parseMessageIdHeader('<1m>')).toBe('1m');
    expect(parseMessageIdHeader('no-at-sign')).toBe('no-at-sign');
    expect(parseMessageIdHeader('')).toBeNull();
    expect(parseMessageIdHeader('<>')).toBeNull();
  });
});

describe('normaliseMessageId', () => {
  it.each([
    ['<a@x>', 'a@x'],
    ['a@x', 'a@x'],
    ['  <a@x>\n', 'a@x'],
    ['https://lore.example.org/linux-mm/20250902.1-1-jane@example.org/', '20250902.1-1-jane@example.org'],
    ['https://lore.example.org/linux-mm/20250902.1-1-jane%40example.org/T/#u', '20250902.1-1-jane@example.org'],
    ['https://lore.example.org/r/abc%2Bdef@example.org', 'abc+def@example.org'],
    ['https://lore.example.org/all/a@x/raw', 'a@x'],
    ['https://patch.example.link/r/noatsign', 'noatsign'],
    ['mid:a%40x', 'a@x'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseMessageId(input)).toBe(expected);
  });
});

describe('syntheticMessageId', () => {
  it('is a stable sha1 of the bytes', () => {
    expect(syntheticMessageId(Buffer.from('Subject: x\n\nbody\n'))).toBe('sha1-22b8592434a122f14ad0d87b410ba67bf0784570@mlreview.invalid');
  });
});
