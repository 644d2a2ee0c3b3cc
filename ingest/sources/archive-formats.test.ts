// The small archive formats: pipermail's monthly files and list index, public-inbox's Atom feed.
import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from './atom-feed.js';
import { pipermailMonths } from './pipermail-index.js';
import { mendSender } from './pipermail-month.js';

describe('pipermail monthly files', () => {
  it('mends the obfuscated sender of a header, not a body line that looks like one', () => {
    const raw = Buffer.from('From: jgg at nvidia.com (Jason Gunthorpe)\nSubject: Re: x\n\nFrom: not a header at all (body)\n');
    const mended = mendSender({ raw, ref: { source: 'x', offset: 0 } });
    expect(mended.raw.toString()).toBe('From: Jason Gunthorpe <jgg@nvidia.com>\nSubject: Re: x\n\nFrom: not a header at all (body)\n');
  });

  it('leaves an ordinary From: header alone', () => {
    const raw = Buffer.from('From: Jason Gunthorpe <jgg@nvidia.com>\n\nbody\n');
    expect(mendSender({ raw, ref: { source: 'x', offset: 0 } }).raw).toBe(raw);
  });

  it('lists an index page’s months newest first, preferring the gzipped file', () => {
    const html = '<a href="2025-August.txt.gz">[ Gzip\'d Text ]</a><a href="2025-September.txt">[ Text ]</a><a href="2025-September.txt.gz">gz</a><a href="2024-December.txt">old</a>';
    expect(pipermailMonths(html, 'https://lists.example.org/pipermail/kexec')).toEqual([
      'https://lists.example.org/pipermail/kexec/2025-September.txt.gz',
      'https://lists.example.org/pipermail/kexec/2025-August.txt.gz',
      'https://lists.example.org/pipermail/kexec/2024-December.txt',
    ]);
  });
});

describe('public-inbox new.atom', () => {
  it('gives each entry’s message-id and the thread to fetch', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>mm</title>
      <entry><author><name>Ada</name></author><title>[PATCH v2 0/3] misc/ringbuf &amp; more</title><updated>2025-09-12T09:00:00Z</updated>
      <link href="https://inbox.example.org/mm/cover.1757667600.git.ada%40example.org/"/><id>urn:uuid:1</id></entry>
      <entry><title>no link</title></entry></feed>`;
    expect(parseAtomFeed(xml, 'https://inbox.example.org/mm/new.atom')).toEqual([
      {
        messageId: 'cover.1757667600.git.ada@example.org',
        threadUrl: 'https://inbox.example.org/mm/cover.1757667600.git.ada%40example.org/t.mbox.gz',
        title: '[PATCH v2 0/3] misc/ringbuf & more',
        updated: '2025-09-12T09:00:00Z',
      },
    ]);
  });
});
