// b4's other samples (MANIFEST §1.2, 1.3, 1.5, 1.6, 1.7): what applies to an archive that reads mail.
// For the shazam and trailers-thread mboxes we check the series shape, the cover's base-commit and change-id,
// that every patch's commit message and own trailers are what `git am` would commit (from the `.verify`
// logs), and which follow-up trailers land on which patch.
//
// Out of scope, because they are about b4 writing to git or producing mail, not about parsing:
// - gitdir.bundle and trailers-with-tripledash.bundle (git trees to apply onto); the merge commit of
//   `shazam -M` (only its cover text is checked); `--add-link` (only the with-link sample's existing Link
//   trailers are checked); `trailers --update` on local commits, patch-id matching, `--fuzzy`, interactive
//   rejection and notes migration (trailers-thread-with-followups-no-match.verify,
//   trailers-thread-with-followups-and-tripledash.verify);
// - mbox writing and 7-bit re-encoding (save-*-clean.txt: only the decoded headers are checked);
// - gpg-*.txt: GnuPG status transcripts for attestation; we do not verify signatures.
import { parseAddressList } from '../../ingest/parse/address.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../ingest/archive/db.js';
import { parsePatchBody } from '../../ingest/parse/patch-body.js';
import { parseTrailerBlock } from '../../ingest/parse/trailers.js';
import { peersRoot } from './corpus-paths.js';
import { ingestCase, revisionShapes } from './ingest-corpus.js';
import { addedLines, MAINTAINER_SOB, readGitLog, readSampleMbox, type LogEntry } from './b4-refs.js';
import { allMessages, messageById, patchById, trailerLines, writtenTrailers } from './archive-rows.js';

const b4 = (file: string) => join(peersRoot, 'b4', file);

const COVER = '20221025-test1-v1-0-e4f28f57990c@linuxfoundation.org';
const patchId = (n: number) => `20221025-test1-v1-${n}-e4f28f57990c@linuxfoundation.org`;
const BASE_COMMIT = 'f435c12df7c0ecf20ab8937859e63cddffacabb4';
const CHANGE_ID = '20221025-test1-e8520c2200a3';

/** The test1 series: v1, a cover and patches 1/4..4/4, base-commit and change-id on the cover. */
function expectTest1Series(db: Db): void {
  const revs = revisionShapes(db);
  expect(revs.map((r) => [r.version, r.hasCover, r.patches, r.missing])).toEqual([[1, true, 4, []]]);
  expect(revs[0].title).toBe('This is a cover for test series 1');
  const cover = patchById(db, COVER)!;
  expect(cover.base_commit).toBe(BASE_COMMIT);
  expect(cover.change_id).toBe(CHANGE_ID);
  for (let n = 1; n <= 4; n++) expect(messageById(db, patchId(n))).toMatchObject({ kind: 'patch', idx: n, total: 4 });
}

/** The message id of the patch whose title is the log entry's subject. */
function patchForSubject(db: Db, subject: string): string {
  const hits = allMessages(db).filter((m) => m.kind === 'patch' && m.title === subject);
  expect(hits, `one patch titled ${subject}`).toHaveLength(1);
  return hits[0].message_id;
}

/** What `git am` commits: the commit message, a blank line, the own trailer block. */
function committedBody(db: Db, id: string): string {
  const own = trailerLines(db, id, 'own');
  const message = patchById(db, id)!.commit_message;
  return own.length > 0 ? `${message}\n\n${own.join('\n')}` : message;
}

function expectBodiesAsLog(db: Db, log: LogEntry[]): void {
  expect(log).toHaveLength(4);
  for (const entry of log) {
    const id = patchForSubject(db, entry.subject);
    expect(messageById(db, id)!.from_email).toBe(entry.emails[0]);
    expect(committedBody(db, id), entry.subject).toBe(entry.body);
  }
}

/** Per patch title: the trailer lines the verify log adds to what the mailed patch carried. */
function addedByLog(sampleMbox: string, verify: string): Map<string, string[]> {
  const mailed = readSampleMbox(b4(sampleMbox));
  const out = new Map<string, string[]>();
  for (const entry of readGitLog(b4(verify), 1)) {
    const original = mailed.find((m) => m.subject.endsWith(`] ${entry.subject}`));
    if (!original) throw new Error(`${verify}: no mailed patch for ${entry.subject}`);
    out.set(entry.subject, addedLines(original.trailers, entry.trailers).filter((l) => l !== MAINTAINER_SOB));
  }
  return out;
}

describe('b4 samples: series application (shazam)', () => {
  it('shazam-git1-just-series.mbox: v1 with cover and 4 patches, base-commit and change-id, bodies as committed, nothing collected', async () => {
    const { db, report } = await ingestCase(b4('shazam-git1-just-series.mbox'));
    expect(report.skipped).toEqual([]);
    expectTest1Series(db);
    expectBodiesAsLog(db, readGitLog(b4('shazam-git1-just-series-defaults.verify'), 2));
    expect(db.prepare("SELECT COUNT(*) AS n FROM patch_trailers WHERE status <> 'own'").get()).toEqual({ n: 0 });
    // The merge commit of `shazam -M` quotes the cover text; ours is the cover's message.
    expect(patchById(db, COVER)!.commit_message).toBe('Test patches for pytest.');
  });

  it('shazam-git1-with-link.mbox: each patch\'s own `Link: …/<own msgid>` trailer is kept once, as `--add-link` would have written it', async () => {
    const { db, report } = await ingestCase(b4('shazam-git1-with-link.mbox'));
    expect(report.skipped).toEqual([]);
    expectTest1Series(db);
    expectBodiesAsLog(db, readGitLog(b4('shazam-git1-just-series-addlink.verify'), 2));
    for (let n = 1; n <= 4; n++) {
      expect(trailerLines(db, patchId(n), 'own').filter((l) => l.startsWith('Link: '))).toEqual([`Link: https://patch.msgid.link/${patchId(n)}`]);
    }
  });
});

describe('b4 samples: trailer collection for a maintainer', () => {
  it('trailers-thread-with-followups.mbox: only patch 4/4 gets the Reviewed-by; the quoted sign-off is not a trailer', async () => {
    const { db, report } = await ingestCase(b4('trailers-thread-with-followups.mbox'));
    expect(report.skipped).toEqual([]);
    expectTest1Series(db);
    const added = addedByLog('trailers-thread-with-followups.mbox', 'trailers-thread-with-followups.verify');
    expect(added.get('Minor typo changes imitation')).toEqual(['Reviewed-by: Follow Upper <follow.upper@example.org>']);
    for (const [subject, lines] of added) {
      expect(trailerLines(db, patchForSubject(db, subject), 'collected'), subject).toEqual(lines);
    }
    expect(trailerLines(db, patchId(4), 'collected')).toEqual(['Reviewed-by: Follow Upper <follow.upper@example.org>']);
    const quoted = writtenTrailers(db, 'fwup1@example.org').filter((t) => t.quoted === 1).map((t) => t.name);
    expect(quoted).toEqual(['Signed-off-by']);
    expect(db.prepare("SELECT COUNT(*) AS n FROM patch_trailers WHERE given_in = 'fwup1@example.org'").get()).toEqual({ n: 1 });
  });

  it('trailers-thread-with-cover-followup.mbox: the cover review goes onto all 4 patches; 4/4 also gets Tested-by, Link and Closes, in that order', async () => {
    const { db, report } = await ingestCase(b4('trailers-thread-with-cover-followup.mbox'));
    expect(report.skipped).toEqual([]);
    expectTest1Series(db);
    const added = addedByLog('trailers-thread-with-cover-followup.mbox', 'trailers-thread-with-cover-followup.verify');
    expect(added.get('Minor typo changes imitation')).toEqual([
      'Tested-by: Follow Upper <follow.upper@example.org>',
      'Link: https://example.org',
      'Closes: https://example.org/bug/1234',
      'Reviewed-by: Cover Upper <cover.upper@example.org>',
    ]);
    expect(added.size).toBe(4);
    for (const [subject, lines] of added) {
      expect(trailerLines(db, patchForSubject(db, subject), 'collected'), subject).toEqual(lines);
    }
  });
});

describe('b4 samples: cover-letter detection', () => {
  it('naked-cover-single.mbox: a same-author thread root without [PATCH 0/N] or diffstat is the cover of the patch answering it', async () => {
    const { db, report } = await ingestCase(b4('naked-cover-single.mbox'));
    expect(report.skipped).toEqual([]);
    const revs = revisionShapes(db);
    expect(revs.map((r) => [r.hasCover, r.patches])).toEqual([[true, 1]]);
    expect(revs[0].title).toBe('do a thing to the widget subsystem');
    const cover = db.prepare('SELECT cover_message_id FROM revisions').get() as { cover_message_id: string };
    expect(cover.cover_message_id).toBe('20221025-widget-v1-0-author@example.org');
  });

  it('naked-cover-bugreport.mbox: someone else\'s bug report at the thread root is never the cover', async () => {
    const { db, report } = await ingestCase(b4('naked-cover-bugreport.mbox'));
    expect(report.skipped).toEqual([]);
    const revs = revisionShapes(db);
    expect(revs.map((r) => [r.hasCover, r.patches])).toEqual([[false, 1]]);
    expect(revs[0].title).toBe('widget: fix data corruption under load');
  });
});

describe('b4 samples: trailer parsing of one commit message', () => {
  /** The commit message of a sample patch file: after the header block, above `---`. */
  function commitMessageOf(file: string): string {
    const text = readFileSync(b4(file), 'utf8');
    const body = text.slice(text.indexOf('\n\n') + 2);
    return body.slice(0, body.indexOf('\n---\n'));
  }

  it('trailers-test-simple.txt: exactly 4 trailers, the quoted comma name kept verbatim, no extinfo', () => {
    const { message, trailers } = parseTrailerBlock(commitMessageOf('trailers-test-simple.txt'));
    expect(message).toBe('This is a simple trailer parsing test.');
    expect(trailers.map((t) => [t.kind, t.name, t.value, t.extinfo])).toEqual([
      ['person', 'Reported-by', '"Doe, Jane" <jane@example.com>', undefined],
      ['person', 'Reviewed-by', 'Bogus Bupkes <bogus@example.com>', undefined],
      ['utility', 'Fixes', 'abcdef01234567890', undefined],
      ['utility', 'Link', 'https://msgid.link/some@msgid.here', undefined],
    ]);
    expect(trailers[0].person).toEqual({ name: 'Doe, Jane', email: 'jane@example.com' });
  });

  it('trailers-test-extinfo.txt: exactly 6 trailers with bracketed notes, an indented note, a hashtag comment and a wrapped address', () => {
    const { trailers } = parseTrailerBlock(commitMessageOf('trailers-test-extinfo.txt'));
    expect(trailers.map((t) => [t.kind, t.name, t.value, t.extinfo])).toEqual([
      ['person', 'Reported-by', 'Some, One <somewhere@example.com>', undefined],
      ['person', 'Reviewed-by', 'Bogus Bupkes <bogus@example.com>', '[for the parts that are bogus]'],
      ['utility', 'Fixes', 'abcdef01234567890', undefined],
      ['person', 'Tested-by', 'Some Person <bogus2@example.com>', '           [this person visually indented theirs]'],
      ['utility', 'Link', 'https://msgid.link/some@msgid.here', '  # initial submission'],
      ['person', 'Signed-off-by', 'Wrapped Persontrailer <broken@example.com>', undefined],
    ]);
  });

  it('trailers-test-extinfo.txt: the patch-body splitter finds the same 6 trailers in the whole mail body', () => {
    const text = readFileSync(b4('trailers-test-extinfo.txt'), 'utf8');
    const patch = parsePatchBody(text.slice(text.indexOf('\n\n') + 2));
    expect(patch.trailers.map((t) => t.name)).toEqual(['Reported-by', 'Reviewed-by', 'Fixes', 'Tested-by', 'Link', 'Signed-off-by']);
    expect(patch.files.map((f) => f.newPath)).toEqual(['b4/junk.py']);
  });
});

describe('b4 samples: header encodings', () => {
  it.each([
    ['save-7bit-clean.txt', 'RFC 2047 subject and folded base64 From'],
    ['save-8bit-clean.txt', 'raw 8-bit UTF-8 in Subject and From'],
  ])('%s: %s decode to `Test Sûbject` and `Unicôdé Nàmè`', async (file) => {
    const { db, report } = await ingestCase(b4(file));
    expect(report.skipped).toEqual([]);
    expect(messageById(db, 'patch-1-message@example.com')).toMatchObject({
      subject: 'Test Sûbject',
      from_name: 'Unicôdé Nàmè',
      from_email: '8-bit-header-unicodename@example.org',
    });
    expect(messageById(db, 'patch-1-message@example.com')!.body).toContain('This is à Méssagè with 8bit content éverywhère.');
  });

  it('sevenbitify-1.verify: encoded words split across a folded Subject join without a space; encoded names in From and To decode', async () => {
    const { db, report } = await ingestCase(b4('sevenbitify-1.verify'));
    expect(report.skipped).toEqual([]);
    const [m] = allMessages(db);
    expect(m.subject).toBe('Subject with unicôde that is randomly interspérsed thrôughout the wrapped subject');
    expect(m.from_name).toBe('Unicode Nâme');
    expect(m.synthetic_id).toBe(1);
    const to = parseAddressList(m.to_raw);
    expect(to).toEqual([
      { name: 'Ascii Name', email: 'ascii-name@example.com' },
      { name: 'Unicôde Firstname', email: 'unicode-firstname@example.com' },
      { name: 'Unicode Lâstname', email: 'unicode-lastname@example.com' },
    ]);
    expect(m.body).toContain('Unicôde Côntent in the body.');
  });
});
