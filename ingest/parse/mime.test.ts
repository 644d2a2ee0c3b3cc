import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitMessage } from './headers.js';
import { extractBody, splitMultipart } from './mime.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const bodyOf = (raw: Buffer) => {
  const { headers, body } = splitMessage(raw);
  return extractBody(headers, body);
};
const bodyOfFixture = (name: string) => bodyOf(fixture(name));
const crlf = (buf: Buffer) => Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');

describe('extractBody: single part', () => {
  it('decodes quoted-printable, then iso-8859-1', () => {
    expect(bodyOfFixture('qp-iso-8859-1.eml')).toBe(
      'Grüße from Jörg. This line is long enough that the mailer wrapped it with a soft line break.\n' +
        'A trailing space is kept: \n' +
        'An equals sign stays: a = b, and a stray = too.\n',
    );
  });

  it('decodes base64, then utf-8', () => {
    expect(bodyOfFixture('base64-utf8-body.eml')).toBe('Naïve café – Rafał Miłecki.\nSecond line.\n');
  });

  it('decodes an 8-bit iso-8859-1 body', () => {
    expect(bodyOfFixture('latin1-8bit-body.eml')).toBe('> quoted line\nLooks good to me, Jörg. Naïve café.\n');
  });

  it('falls back to windows-1252 for a body declared utf-8 whose bytes are latin-1', () => {
    expect(bodyOfFixture('mislabelled-utf8-latin1-body.eml')).toBe('Grüße aus München, “quoted”.\n');
  });

  it('reads utf-8 under charset="none"', () => {
    expect(bodyOfFixture('charset-none.eml')).toBe('Rafał says hi.\n');
  });

  it('takes a message without Content-Type as text/plain, and a mangled text/p as text/plain', () => {
    expect(bodyOf(Buffer.from('Subject: x\n\nplain \xe9\n', 'latin1'))).toBe('plain é\n');
    expect(bodyOf(Buffer.from('Content-Type: text/p\n\nstill text\n'))).toBe('still text\n');
    expect(bodyOf(Buffer.from('Content-Type: garbage\n\nstill text\n'))).toBe('still text\n');
  });

  it('strips HTML crudely when that is all there is', () => {
    expect(bodyOfFixture('html-only.eml')).toBe('Hello & welcome,\nsecond line\n\ncafé <ok>\n');
  });

  it('normalises CRLF to LF after decoding (QP soft breaks included)', () => {
    expect(bodyOf(crlf(fixture('qp-iso-8859-1.eml')))).toBe(bodyOfFixture('qp-iso-8859-1.eml'));
  });

  it('gives no text for a non-text single part', () => {
    expect(bodyOf(Buffer.from('Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n'))).toBe('');
  });
});

describe('extractBody: multipart', () => {
  it('appends a text/x-patch attachment after the text and skips images, preamble and epilogue', () => {
    expect(bodyOfFixture('multipart-mixed-patch-attachment.eml')).toBe(
      'Please find the fix attached.\n\nSigned-off-by: Jane Doe <jane@example.org>\n' +
        'diff --git a/mm/example.c b/mm/example.c\n--- a/mm/example.c\n+++ b/mm/example.c\n@@ -1 +1 @@\n-old\n+new',
    );
  });

  it('prefers text/plain in multipart/alternative, never the HTML', () => {
    const body = bodyOfFixture('multipart-alternative-html.eml');
    expect(body).toBe('Plain version.');
    expect(body).not.toContain('<div');
  });

  it('recurses into nested multiparts and takes an octet-stream attachment named *.diff as a patch', () => {
    expect(bodyOfFixture('nested-multipart.eml')).toBe('Cover text from Jörg.\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n');
  });

  it('ends the last part at the end of the body when the closing boundary is missing', () => {
    expect(bodyOfFixture('multipart-missing-final-boundary.eml')).toBe('First part.\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n');
  });

  it('reads a CRLF multipart the same as its LF twin', () => {
    expect(bodyOf(crlf(fixture('nested-multipart.eml')))).toBe(bodyOfFixture('nested-multipart.eml'));
  });

  it('stays linear on a multipart with very many parts', () => {
    const raw = Buffer.from(`Content-Type: multipart/mixed; boundary=b\n\n${'--b\n\nx\n'.repeat(50000)}--b--\n`);
    const t = performance.now();
    expect(bodyOf(raw)).toBe('x\n'.repeat(50000).slice(0, -1));
    expect(performance.now() - t).toBeLessThan(5000); // quadratic joining took about 18 s here
  });

  it('reads a multipart without a usable boundary as text', () => {
    expect(bodyOf(Buffer.from('Content-Type: multipart/mixed\n\nno boundary\n'))).toBe('no boundary\n');
    expect(bodyOf(Buffer.from('Content-Type: multipart/mixed; boundary=zz\n\nboundary never used\n'))).toBe('boundary never used\n');
  });
});

describe('splitMultipart', () => {
  it('ignores lines that only start like the boundary and ones not at a line start', () => {
    const body = Buffer.from('--b\n\none --b\n--bb not a delimiter\n--b  \n\ntwo\n--b--\n');
    expect(splitMultipart(body, 'b').map(String)).toEqual(['\none --b\n--bb not a delimiter', '\ntwo']);
  });
});
