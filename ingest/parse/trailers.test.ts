import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalTrailerName, findReplyTrailers, parseTrailerBlock } from './trailers.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('parseTrailerBlock', () => {
  it('reads quoted names, Fixes and Link (b4 trailers-test-simple equivalent)', () => {
    const { message, trailers } = parseTrailerBlock(fixture('trailer-block-quoted-name.txt'));
    expect(message).toBe('Keep the widget from spinning when nobody is looking.\n\nIt spun forever.');
    expect(trailers).toEqual([
      {
        name: 'Reported-by', value: '"Doe, Jane" <jane@example.com>', kind: 'person',
        person: { name: 'Doe, Jane', email: 'jane@example.com' },
      },
      {
        name: 'Reviewed-by', value: 'Bob Builder <bob@example.com>', kind: 'person',
        person: { name: 'Bob Builder', email: 'bob@example.com' },
      },
      { name: 'Fixes', value: 'abcdef0123456789 ("widget: spin faster")', kind: 'utility' },
      { name: 'Link', value: 'https://lore.example.org/r/spin@example.com', kind: 'utility' },
    ]);
  });

  it('keeps bracketed notes, hashtag comments and unwraps a wrapped address (b4 trailers-test-extinfo equivalent)', () => {
    const { message, trailers } = parseTrailerBlock(fixture('trailer-block-with-extinfo.txt'));
    expect(message).toBe('Teach the frobnicator to count sheep before it goes to sleep.');
    expect(trailers).toEqual([
      {
        name: 'Reported-by', value: 'Last, First <first.last@example.com>', kind: 'person',
        person: { name: 'Last, First', email: 'first.last@example.com' },
      },
      {
        name: 'Reviewed-by', value: 'Ann Reviewer <ann@example.com>', extinfo: '[only the counting part]',
        kind: 'person', person: { name: 'Ann Reviewer', email: 'ann@example.com' },
      },
      { name: 'Fixes', value: '0123456789ab', kind: 'utility' },
      {
        name: 'Tested-by', value: 'Tess Tester <tess@example.com>', extinfo: '        [tested on the frob board]',
        kind: 'person', person: { name: 'Tess Tester', email: 'tess@example.com' },
      },
      {
        name: 'Link', value: 'https://lore.example.org/r/first@example.com', extinfo: '  # first posting',
        kind: 'utility',
      },
      {
        name: 'Signed-off-by', value: 'Wrapped Author <wrapped@example.com>', kind: 'person',
        person: { name: 'Wrapped Author', email: 'wrapped@example.com' },
      },
    ]);
  });

  it('keeps unusual names verbatim in value and parses the address', () => {
    const { trailers } = parseTrailerBlock([
      'Body.', '',
      'Tested-by: Jane "JD" Doe <jd@example.com>',
      'Acked-by: Some Name (CORP) <some@example.com>',
      'Reviewed-by: Some, One <one@example.com>',
    ].join('\n'));
    expect(trailers.map((t) => [t.value, t.person])).toEqual([
      ['Jane "JD" Doe <jd@example.com>', { name: 'Jane "JD" Doe', email: 'jd@example.com' }],
      ['Some Name (CORP) <some@example.com>', { name: 'Some Name (CORP)', email: 'some@example.com' }],
      ['Some, One <one@example.com>', { name: 'Some, One', email: 'one@example.com' }],
    ]);
  });

  it('keeps a bare Cc address as the value; a bracketed bare address loses its brackets', () => {
    const { trailers } = parseTrailerBlock('Body.\n\nCc: bare@example.org\nCc: <stable@example.org> # 6.1.x\n');
    expect(trailers).toEqual([
      { name: 'Cc', value: 'bare@example.org', kind: 'person', person: { name: '', email: 'bare@example.org' } },
      {
        name: 'Cc', value: 'stable@example.org', extinfo: ' # 6.1.x', kind: 'person',
        person: { name: '', email: 'stable@example.org' },
      },
    ]);
  });

  it('normalises HTML junk around an address', () => {
    const { trailers } = parseTrailerBlock('Body.\n\nReviewed-by: HTML Junker <junk@example.com<mailto:junk@example.com>>');
    expect(trailers[0]).toEqual({
      name: 'Reviewed-by', value: 'HTML Junker <junk@example.com>', kind: 'person',
      person: { name: 'HTML Junker', email: 'junk@example.com' },
    });
  });

  it('recognises known trailers case-insensitively and writes them canonically', () => {
    const { trailers } = parseTrailerBlock([
      'Body.', '',
      'signed-off-by: A <a@example.com>', 'CC: b@example.com', 'Message-Id: <m@example.com>',
      'REPORTED-AND-TESTED-BY: C <c@example.com>', 'co-developed-by: D <d@example.com>',
      'based-on-patch-by: E <e@example.com>', 'closes: https://bugs.example.org/1', 'X-Custom-tag: kept as is',
    ].join('\n'));
    expect(trailers.map((t) => t.name)).toEqual([
      'Signed-off-by', 'Cc', 'Message-ID', 'Reported-and-tested-by', 'Co-developed-by', 'Based-on-patch-by',
      'Closes', 'X-Custom-tag',
    ]);
    expect(canonicalTrailerName('acked-BY')).toBe('Acked-by');
  });

  it('joins indented continuation lines into the value', () => {
    const { trailers } = parseTrailerBlock('Body.\n\nLink: https://example.org/a\n  /very/long/path\nSigned-off-by: A <a@example.com>');
    expect(trailers.map((t) => t.value)).toEqual(['https://example.org/a /very/long/path', 'A <a@example.com>']);
  });

  it('does not split a Fixes subject that contains a hash sign, but does split a comment after it', () => {
    const { trailers } = parseTrailerBlock('Body.\n\nFixes: 0123456789ab ("mm: fix #2 case")  # since v6.1');
    expect(trailers[0]).toEqual({
      name: 'Fixes', value: '0123456789ab ("mm: fix #2 case")', extinfo: '  # since v6.1', kind: 'utility',
    });
  });

  it('keeps a maintainer note between sign-offs as extinfo of the sign-off above it', () => {
    const { trailers } = parseTrailerBlock([
      'Body.', '', 'Signed-off-by: A <a@example.com>', '[akpm@example.org: fix typo]',
      'Signed-off-by: Andrew <akpm@example.org>',
    ].join('\n'));
    expect(trailers.map((t) => [t.name, t.extinfo])).toEqual([
      ['Signed-off-by', '[akpm@example.org: fix typo]'], ['Signed-off-by', undefined],
    ]);
  });

  describe('which paragraph is the trailer block (git trailer.c)', () => {
    it('takes a paragraph of only trailers, even unknown ones', () => {
      const { message, trailers } = parseTrailerBlock('Body.\n\nFoo: bar\nBaz-qux: quux');
      expect(message).toBe('Body.');
      expect(trailers.map((t) => [t.name, t.value, t.kind])).toEqual([['Foo', 'bar', 'utility'], ['Baz-qux', 'quux', 'utility']]);
    });

    it('takes a mixed paragraph with a known trailer and at least 25% trailer lines', () => {
      const { message, trailers } = parseTrailerBlock('Body.\n\nprose one\nprose two\nprose three\nSigned-off-by: A <a@example.com>');
      expect(message).toBe('Body.\n\nprose one\nprose two\nprose three');
      expect(trailers.map((t) => t.name)).toEqual(['Signed-off-by']);
    });

    it('rejects a mixed paragraph with under 25% trailer lines', () => {
      const text = 'Body.\n\np1\np2\np3\np4\nSigned-off-by: A <a@example.com>';
      expect(parseTrailerBlock(text)).toEqual({ message: text, trailers: [] });
    });

    it('rejects a mixed paragraph without any known trailer', () => {
      const text = 'Body.\n\nNote: this is prose\nwith a second line';
      expect(parseTrailerBlock(text)).toEqual({ message: text, trailers: [] });
    });

    it('keeps prose lines that sit inside the block as extinfo of the trailer above', () => {
      const { trailers } = parseTrailerBlock('Body.\n\nSigned-off-by: A <a@example.com>\nthanks to everyone\nAcked-by: B <b@example.com>');
      expect(trailers.map((t) => [t.name, t.extinfo])).toEqual([
        ['Signed-off-by', 'thanks to everyone'], ['Acked-by', undefined],
      ]);
    });

    it('only looks at the last paragraph, and a URL line is not a trailer', () => {
      const text = 'Signed-off-by: early <e@example.com>\n\nSee\nhttps://example.org/x';
      expect(parseTrailerBlock(text)).toEqual({ message: text, trailers: [] });
    });

    it('handles a message that is only trailers, trailing blank lines and CRLF', () => {
      expect(parseTrailerBlock('Signed-off-by: A <a@example.com>\r\n\r\n\r\n')).toEqual({
        message: '',
        trailers: [{ name: 'Signed-off-by', value: 'A <a@example.com>', kind: 'person', person: { name: 'A', email: 'a@example.com' } }],
      });
      expect(parseTrailerBlock('')).toEqual({ message: '', trailers: [] });
    });
  });
});

describe('findReplyTrailers', () => {
  it('collects follow-up trailers from the unquoted text, and the quoted ones separately', () => {
    const { trailers, quoted } = findReplyTrailers(fixture('reply-with-trailers-and-quotes.txt'));
    expect(trailers.map((t) => `${t.name}: ${t.value}`)).toEqual([
      'Reviewed-by: Rita Reviewer <rita@example.com>',
      'Tested-by: Indented Tester <indent@example.com>',
      'Acked-by: HTML Person <html@example.com>',
      'Reviewed-by: Wrapped Reviewer <wrapped@example.com>',
      'Fixes: 1234567890ab ("widget: add spinning")',
      'Link: https://bugs.example.org/1',
      'Closes: https://bugs.example.org/2',
      'Nacked-by: Nay Sayer <nay@example.com>',
    ]);
    expect(quoted.map((t) => `${t.name}: ${t.value}`)).toEqual([
      'Signed-off-by: Author <author@example.com>',
      'Reviewed-by: Earlier Reviewer <earlier@example.com>',
    ]);
  });

  it('accepts only a commit id as Fixes (6+ hex, SHA-256 length too, optional subject)', () => {
    const fixes = (value: string) => findReplyTrailers(`Fixes: ${value}`).trailers.map((t) => t.value);
    expect(fixes('abcdef')).toEqual(['abcdef']);
    expect(fixes('abcde')).toEqual([]);
    expect(fixes('a'.repeat(64))).toEqual(['a'.repeat(64)]);
    expect(fixes('abcdef012345 ("mm: x")')).toEqual(['abcdef012345 ("mm: x")']);
    expect(fixes('?')).toEqual([]);
    expect(fixes('the earlier patch')).toEqual([]);
    expect(fixes('abcdef012345 is the culprit')).toEqual([]);
  });

  it('stops at the fix-up patch below a scissors line, whose sign-off is not a review tag', () => {
    const { trailers } = findReplyTrailers(fixture('reply-with-scissors-fixup.txt'));
    expect(trailers.map((t) => `${t.name}: ${t.value}`)).toEqual(['Acked-by: Fixer Upper <fixer@example.com>']);
  });

  it('stops at a pasted format-patch header even without scissors', () => {
    const text = 'Try this:\n\nFrom 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n'
      + 'From: A <a@example.com>\n\nSigned-off-by: A <a@example.com>\n';
    expect(findReplyTrailers(text)).toEqual({ trailers: [], quoted: [] });
  });

  it('ignores trailer-looking words in prose and text without trailers', () => {
    expect(findReplyTrailers('Please add my Reviewed-by: tag later.\nThanks!')).toEqual({ trailers: [], quoted: [] });
    expect(findReplyTrailers('')).toEqual({ trailers: [], quoted: [] });
  });
});

describe('findReplyTrailers around pasted diffs', () => {
  it('keeps a trailer given after an unquoted diff, and ignores a fix-up patch\'s own sign-off', () => {
    const reply = [
      'I needed this to run the tests:',
      '',
      'diff --git a/test/run.sh b/test/run.sh',
      '--- a/test/run.sh',
      '+++ b/test/run.sh',
      '@@ -1,2 +1,2 @@',
      ' set -e',
      '-echo old',
      '+echo new',
      '',
      'With that, you can add:',
      '',
      'Tested-by: Dana Tester <dana@example.org>',
      '',
      '----8<----',
      'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001',
      'From: Dana Tester <dana@example.org>',
      'Subject: [PATCH] fixup',
      '',
      'Signed-off-by: Dana Tester <dana@example.org>',
      '---',
      'diff --git a/x.c b/x.c',
      '--- a/x.c',
      '+++ b/x.c',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ].join('\n');
    expect(findReplyTrailers(reply).trailers.map((t) => `${t.name}: ${t.value}`)).toEqual(['Tested-by: Dana Tester <dana@example.org>']);
  });
});
