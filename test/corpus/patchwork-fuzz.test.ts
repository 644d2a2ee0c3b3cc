// patchwork's fuzzed mails (MANIFEST §2.4): every one must be either stored or reported as skipped with a
// reason, never thrown out of ingest and never left hanging. Each case has its own short time limit.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peersRoot } from './corpus-paths.js';
import { ingestCase } from './ingest-corpus.js';
import { allMessages } from './archive-rows.js';

const FUZZ = join(peersRoot, 'patchwork', 'fuzz');
const TIME_LIMIT_MS = 10_000;

/** What each file breaks, restated from the MANIFEST; the test also fails if a file is added or removed. */
const CASES: Record<string, string> = {
  'base64err.mbox': 'garbled header names, a broken base64 encoded word in From, a colon inside a q-encoded word',
  'charset.mbox': 'truncated Received headers and bad charset data',
  'codec-null.mbox': 'NUL bytes inside the charset name',
  'date-oserror.mbox': 'a Date the platform cannot convert, NUL and control bytes in References',
  'date-too-long.mbox': 'a Date with a 24-digit year',
  'date.mbox': 'an unparseable Date and a control character before the From value',
  'dateheader.mbox': '0x80/0xFF bytes in Date, NULs in Message-ID',
  'email-len.mbox': 'a From address of several hundred characters, NUL/0x80 in Date',
  'msgid-len.mbox': 'a NUL before Message-Id and a very long To line',
  'msgid-len2.mbox': 'an empty `Message-ID:>` and a control character joining In-Reply-To and References',
  'msgidheader.mbox': 'a garbled Message-Id among mangled Received lines',
  'name-len.mbox': 'a From display name tens of kilobytes long',
  'refshdr.mbox': '0xFF bytes in References, NULs in Content-Type',
  'unknown-encoding.mbox': 'a `text/p` content type and a control character inside an encoded word',
  'value2.mbox': 'NUL/0xFF bytes in Content-Type and Content-Transfer-Encoding, a broken encoded word',
  'x-face.mbox': 'a real 2008 mail with a long folded X-Face header',
  'year-out-of-range.mbox': 'a Date with an absurd year and time',
};

describe('patchwork fuzz fixtures: stored or skipped, never thrown', () => {
  it('the fixture list is the folder', () => {
    expect(readdirSync(FUZZ).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [file, what] of Object.entries(CASES)) {
    it(`${file}: ${what}`, async () => {
      const { db, report } = await ingestCase(join(FUZZ, file));
      const stored = allMessages(db).length;
      expect(stored + report.skipped.length).toBeGreaterThan(0);
      for (const skipped of report.skipped) {
        expect(skipped.source).toBe(join(FUZZ, file));
        expect(skipped.reason.trim()).not.toBe('');
      }
      // Every stored message is a complete row a reader can use.
      for (const m of allMessages(db)) {
        expect(m.message_id).not.toBe('');
        expect(typeof m.subject).toBe('string');
      }
    }, TIME_LIMIT_MS);
  }

  it('x-face.mbox: a real mail with a long folded binary-looking header is stored, not skipped', async () => {
    const { db, report } = await ingestCase(join(FUZZ, 'x-face.mbox'));
    expect(report.skipped).toEqual([]);
    expect(allMessages(db)).toHaveLength(1);
    expect(allMessages(db)[0].from_email).toBe('laurent.pinchart@skynet.be');
  }, TIME_LIMIT_MS);
});
