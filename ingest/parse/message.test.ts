import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAddressList } from './address.js';
import { MessageParseError, parseMessage } from './message.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const source = { source: 'test.mbox', offset: 120 };
const parse = (raw: Buffer | string) => parseMessage(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw, source);
const crlf = (buf: Buffer) => Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');

describe('parseMessage', () => {
  it('puts a plain message together', () => {
    expect(parse(fixture('folded-subject.eml'))).toEqual({
      messageId: '20250902081500.1234-3-jane@example.org',
      syntheticId: false,
      subject: '[PATCH v2 3/7] mm/example: make the folding of long subjects come out with single spaces',
      from: { name: 'Doe, Jane', email: 'jane@example.org' },
      recipients: { to: 'Kernel Hacker <hacker@example.org>, list@example.org', cc: '' },
      date: Date.parse('2025-09-02T08:15:00Z'),
      dateRaw: 'Tue, 2 Sep 2025 10:15:00 +0200',
      inReplyTo: null,
      references: [],
      listIds: [],
      body: 'The body.\n',
      source,
    });
  });

  it('reads a CRLF message exactly like its LF twin', () => {
    expect(parse(crlf(fixture('folded-subject.eml')))).toEqual(parse(fixture('folded-subject.eml')));
    expect(parse(crlf(fixture('nested-multipart.eml')))).toEqual(parse(fixture('nested-multipart.eml')));
  });

  it('decodes RFC 2047 subjects and names, joining a base64 character split across a fold', () => {
    const m = parse(fixture('encoded-word-headers.eml'));
    expect(m.subject).toBe('Re: [PATCH] mm: fix the spécial case – again');
    expect(m.from).toEqual({ name: 'Jörg Rödel', email: 'joerg@example.org' });
    expect(parseAddressList(m.recipients.cc)).toEqual([
      { name: 'Rafał Miłecki', email: 'rafal@example.org' },
      { name: 'Małgorzata Nowak', email: 'm.nowak@example.org' },
    ]);
  });

  it('reads raw 8-bit utf-8 headers', () => {
    const m = parse(fixture('raw-utf8-headers.eml'));
    expect(m.subject).toBe('[PATCH] MAINTAINERS: add Rafał');
    expect(m.from).toEqual({ name: 'Rafał Miłecki', email: 'rafal@example.org' });
    expect(parseAddressList(m.recipients.to)).toEqual([{ name: 'Jörg Rödel', email: 'joerg@example.org' }]);
  });

  it('takes the first of two In-Reply-To fields, dedupes References and drops junk and its own id', () => {
    const m = parse(fixture('duplicate-in-reply-to.eml'));
    expect(m.inReplyTo).toBe('parent@example.org');
    expect(m.references).toEqual(['cover@example.org', 'parent@example.org']);
    expect(m.listIds).toEqual(['linux-mm.kvack.org', 'bare-list-id']);
    expect(m.date).toBeNull();
    expect(m.dateRaw).toBe('garbage date');
  });

  it('derives a stable synthetic id for a message without Message-ID, ignoring the mbox From line', () => {
    const raw = fixture('no-message-id.eml');
    const m = parse(raw);
    expect(m.syntheticId).toBe(true);
    expect(m.messageId).toMatch(/^sha1-[0-9a-f]{40}@mlreview\.invalid$/);
    expect(parse(raw).messageId).toBe(m.messageId);
    const withOtherFromLine = Buffer.concat([Buffer.from('From other@example.org Fri Sep  5 00:00:00 2025\n'), raw.subarray(raw.indexOf('\n') + 1)]);
    expect(parse(withOtherFromLine).messageId).toBe(m.messageId);
    expect(parse(Buffer.concat([raw, Buffer.from('changed\n')])).messageId).not.toBe(m.messageId);
    expect(m.subject).toBe('no message-id here');
    expect(m.from).toEqual({ name: 'Jane Doe', email: 'jane@example.org' });
  });

  it('treats an empty Message-ID like a missing one', () => {
    expect(parse('Message-ID:   \nSubject: s\n\nb\n').syntheticId).toBe(true);
    expect(parse('Message-ID: <>\nSubject: s\n\nb\n').syntheticId).toBe(true);
  });

  it('gives an empty From when there is none, and collapses whitespace in the subject', () => {
    const m = parse('Subject:  a\t\tb   c \nMessage-ID: <x@y>\n\n');
    expect(m.from).toEqual({ name: '', email: '' });
    expect(m.subject).toBe('a b c');
    expect(m.body).toBe('');
  });

  it('does not throw on NUL bytes and control characters in headers', () => {
    const m = parse('From: Jane\0 <jane@x>\nSubject: a\0b\x08c\nMessage-ID: <\0\0k@x>\nIn-Reply-To: <p\0@x>\nDate: Tue, 2 Sep 2025\0 10:15:00 +0000\n\nbody\n');
    expect(m.from).toEqual({ name: 'Jane', email: 'jane@x' });
    expect(m.subject).toBe('abc');
    expect(m.messageId).toBe('k@x');
    expect(m.inReplyTo).toBe('p@x');
    expect(m.date).toBe(Date.parse('2025-09-02T10:15:00Z'));
  });

  it('appends an attached patch to the body', () => {
    expect(parse(fixture('multipart-mixed-patch-attachment.eml')).body).toContain('Signed-off-by: Jane Doe <jane@example.org>\ndiff --git a/mm/example.c');
  });

  it('throws MessageParseError, naming the source and offset, only for bytes that are not a mail', () => {
    const attempt = (raw: string) => {
      try {
        parse(raw);
      } catch (err) {
        return err;
      }
      return undefined;
    };
    const empty = attempt('');
    expect(empty).toBeInstanceOf(MessageParseError);
    expect(empty).toMatchObject({ code: 'empty', source: 'test.mbox', offset: 120 });
    expect(attempt(' \n\r\n')).toMatchObject({ code: 'empty' });
    const notMail = attempt('just some text\nwithout any header\n');
    expect(notMail).toMatchObject({ code: 'no-headers' });
    expect((notMail as Error).message).toBe(
      'test.mbox at byte 120: not a mail: expected header lines ("Name: value") before an empty line, found "just some text"',
    );
    expect(attempt('\nbody after an empty header block\n')).toMatchObject({ code: 'no-headers' });
    const fromLineOnly = attempt('From x@y Tue Sep  2 10:15:00 2025\n');
    expect(fromLineOnly).toMatchObject({ code: 'no-headers' });
    expect((fromLineOnly as Error).message).toMatch(/found nothing after the mbox From line$/);
  });
});
