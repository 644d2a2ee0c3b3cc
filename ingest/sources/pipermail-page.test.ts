import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePipermailPage } from './pipermail-page.js';

const page = readFileSync(new URL('./__fixtures__/pipermail-ada-reply.html', import.meta.url), 'utf8');

describe('parsePipermailPage', () => {
  it('reads subject, sender (unobfuscated), date, list and the body with its quotes as plain text', () => {
    const m = parsePipermailPage(page, 'page.html');
    expect(m).toMatchObject({
      subject: '[PATCH 1/3] misc/ringbuf: support mmap of the ring buffer',
      fromName: 'Ada Lovelace',
      fromEmail: 'ada@example.org',
      date: 'Mon Sep  8 05:00:00 PDT 2025',
      messageId: null,
      list: 'linux-mm',
    });
    expect(m.body.split('\n').slice(0, 4)).toEqual([
      'On Mon, Sep 08, 2025 at 11:00:00AM +0000, Rita Reviewer wrote:',
      '> rb->buf comes from vmalloc_user(), so remap_vmalloc_range() does this',
      '> whole loop for you (and sets VM_DONTEXPAND | VM_DONTDUMP too). Could you',
      '> use that instead?',
    ]);
  });

  it("takes the page's own Message-ID from the In-Reply-To of its reply link", () => {
    const withId = page.replaceAll('&In-Reply-To="', '&In-Reply-To=%3Cada-1%40example.org%3E"');
    expect(parsePipermailPage(withId, 'page.html').messageId).toBe('ada-1@example.org');
  });

  it('says what is missing from a page that is not a message page', () => {
    expect(() => parsePipermailPage('<html><h1>Archives</h1></html>', 'https://lists.example.org/pipermail/x/')).toThrow(
      'https://lists.example.org/pipermail/x/: not a pipermail message page: found no the article (<!--beginarticle--><PRE>), the sender, the date',
    );
  });
});
