import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitMbox } from './mbox.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** Feed the file in chunks of `size` bytes so that boundaries fall everywhere. */
async function split(data: Buffer, size = 7) {
  async function* chunks() {
    for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
  }
  const out = [];
  for await (const m of splitMbox(chunks(), 'test.mbox')) out.push({ text: m.raw.toString('utf8'), offset: m.ref.offset });
  return out;
}

describe('splitMbox', () => {
  it('unescapes one level of >From in mboxrd and keeps an inline format-patch inside its reply', async () => {
    for (const size of [3, 7, 64, 1 << 20]) {
      const msgs = await split(fixture('mboxrd-with-escaped-from.mbox'), size);
      expect(msgs).toHaveLength(2);
      expect(msgs[0].text).toContain('\nFrom here on, an escaped line.\n>From a doubly escaped line.');
      expect(msgs[0].text.endsWith('>From a doubly escaped line.\n')).toBe(true);
      expect(msgs[1].text).toContain('\nFrom 0123456789abcdef0123456789abcdef01234567 Mon Sep 17');
      expect(msgs[1].offset).toBe(fixture('mboxrd-with-escaped-from.mbox').indexOf('From mboxrd@z', 10));
    }
  });

  it('does not split mboxo on a body line that merely starts with From', async () => {
    const msgs = await split(fixture('mboxo-unescaped-from-in-body.mbox'));
    expect(msgs.map((m) => /^Subject: (.*)$/m.exec(m.text)?.[1])).toEqual([
      'a message whose body has an unescaped From line',
      'second',
    ]);
    expect(msgs[0].text).toContain('\nFrom what I can see');
    expect(msgs[0].text).toContain('\nFrom this one was escaped');
  });

  it('frames mboxcl2 by Content-Length and leaves From lines in the body alone', async () => {
    const msgs = await split(fixture('mboxcl2-content-length.mbox'), 5);
    expect(msgs).toHaveLength(2);
    expect(msgs[0].text.endsWith('\n\nFrom the start, no escaping: ok\n')).toBe(true);
    expect(msgs[1].text.endsWith('\n\nSecond\n')).toBe(true);
    expect(msgs[1].text).toContain('Subject: cl2 two');
  });

  it('rejects a file that is not an mbox, naming it', async () => {
    await expect(split(Buffer.from('Subject: hi\n\nbody\n'))).rejects.toThrow(/test\.mbox: not an mbox/);
  });

  it('handles CRLF line endings', async () => {
    const crlf = Buffer.from(fixture('mboxo-unescaped-from-in-body.mbox').toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    const msgs = await split(crlf, 11);
    expect(msgs).toHaveLength(2);
  });
});
