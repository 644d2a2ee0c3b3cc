import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaderBlock, splitMessage } from './headers.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const crlf = (buf: Buffer) => Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');

describe('splitMessage', () => {
  it('unfolds a folded subject with one space per fold and reads a Message-ID on a continuation line', () => {
    const { headers, body } = splitMessage(fixture('folded-subject.eml'));
    expect(headers.first('subject')).toBe('[PATCH v2 3/7] mm/example: make the folding of long subjects come out with single spaces');
    expect(headers.first('message-id')).toBe('<20250902081500.1234-3-jane@example.org>');
    expect(headers.first('x-tab-continuation')).toBe('first second');
    expect(body.toString()).toBe('The body.\n');
  });

  it('drops garbage lines and keeps the names in order, lower-cased', () => {
    const { headers } = splitMessage(fixture('folded-subject.eml'));
    expect(headers.names()).toEqual(['from', 'to', 'subject', 'date', 'message-id', 'x-tab-continuation']);
  });

  it('reads a CRLF message the same way and leaves the body bytes alone', () => {
    const { headers, body } = splitMessage(crlf(fixture('folded-subject.eml')));
    expect(headers.first('subject')).toBe('[PATCH v2 3/7] mm/example: make the folding of long subjects come out with single spaces');
    expect(headers.first('message-id')).toBe('<20250902081500.1234-3-jane@example.org>');
    expect(body.toString()).toBe('The body.\r\n');
  });

  it('skips a leading mbox From line or >From line only when asked', () => {
    const raw = Buffer.from('From jane@example.org Tue Sep  2 10:15:00 2025\nSubject: hi\n\nbody\n');
    expect(splitMessage(raw, { skipMboxFrom: true }).headers.first('subject')).toBe('hi');
    expect(splitMessage(raw, { skipMboxFrom: true }).headerStart).toBe(raw.indexOf('Subject'));
    const escaped = Buffer.from('>From jane@example.org Tue Sep  2 10:15:00 2025\nSubject: hi\n\nbody\n');
    expect(splitMessage(escaped, { skipMboxFrom: true }).headers.first('subject')).toBe('hi');
    expect(splitMessage(raw).headers.names()).toEqual(['subject']);
  });

  it('keeps every value of a repeated field, in order', () => {
    const { headers } = splitMessage(Buffer.from('In-Reply-To: <a@x>\nSubject: s\nIn-Reply-To: <b@x>\n\n'));
    expect(headers.all('in-reply-to')).toEqual(['<a@x>', '<b@x>']);
    expect(headers.all('references')).toEqual([]);
  });

  it('decodes raw 8-bit values as utf-8 when valid, else windows-1252, per field', () => {
    const raw = Buffer.concat([
      Buffer.from('Subject: Rafał Miłecki\n', 'utf8'),
      Buffer.from('From: J\xf6rg <j@x>\n\n', 'latin1'),
    ]);
    const { headers } = splitMessage(raw);
    expect(headers.first('subject')).toBe('Rafał Miłecki');
    expect(headers.first('from')).toBe('Jörg <j@x>');
  });

  it('drops NULs and control characters from values without throwing', () => {
    const { headers } = splitMessage(Buffer.from('Message-ID: <\0a@x\0>\nSubject: a\bb\x1bc\tTab\nDate:\0\0\n\n'));
    expect(headers.first('message-id')).toBe('<a@x>');
    expect(headers.first('subject')).toBe('abc\tTab');
    expect(headers.first('date')).toBe('');
  });

  it('takes a headerless part (first line not a field) as all body', () => {
    const part = splitMessage(Buffer.from('just text\nmore: text\n\nend\n'));
    expect(part.headers.size).toBe(1);
    const none = splitMessage(Buffer.from('just text, no colon\n\nend\n'));
    expect(none.headers.size).toBe(0);
    expect(none.body.toString()).toBe('just text, no colon\n\nend\n');
    const blankFirst = splitMessage(Buffer.from('\nbody only\n'));
    expect(blankFirst.body.toString()).toBe('body only\n');
  });

  it('takes a message without an empty line as all headers', () => {
    const { headers, body } = splitMessage(Buffer.from('Subject: no body'));
    expect(headers.first('subject')).toBe('no body');
    expect(body.length).toBe(0);
  });
});

describe('parseHeaderBlock', () => {
  it('stays linear on many lines without a colon', () => {
    const text = `Subject: s\n${'garbage line\n'.repeat(300000)}Last: x`;
    const t = performance.now();
    expect(parseHeaderBlock(text).names()).toEqual(['subject', 'last']);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('accepts the obsolete space before the colon and rejects names with spaces inside', () => {
    const headers = parseHeaderBlock('Subject : obsolete\nNot A Name: x\nX-A: 1');
    expect(headers.names()).toEqual(['subject', 'x-a']);
    expect(headers.first('subject')).toBe('obsolete');
  });
});
