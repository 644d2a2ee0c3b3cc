// b4's follow-up trailer samples (MANIFEST §1.4, the `defaults` variant): which trailers given in replies
// we collect onto which patch. The expected lines come from b4's am-ready reference output at test time:
// whatever the reference adds to a patch's trailer block, apart from the maintainer's own sign-off (`-s`)
// and copied Cc lines (`--cc-trailers`), is what a reviewer gave, so it must be `collected` on that patch,
// in that order. Out of scope here (b4 output options, not ingest): `-T` noadd, `-s` addmysob, copy-ccs,
// `-l` addlink/addmsgid, trailer-order configs (`ordered`), trailers-ignore-from, `-S` sloppy mode beyond
// telling us which trailer is the mismatched one, and the `---` "empty basement" rewriting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../ingest/archive/db.js';
import { peersRoot } from './corpus-paths.js';
import { ingestCase, revisionShapes } from './ingest-corpus.js';
import { addedLines, MAINTAINER_SOB, readSampleMbox } from './b4-refs.js';
import {
  allPatchTrailerLines,
  filesOf,
  messageById,
  patchById,
  revisionPatches,
  revisionsInOrder,
  trailerLines,
  writtenTrailers,
} from './archive-rows.js';

const b4 = (file: string) => join(peersRoot, 'b4', file);
const sample = (name: string) => b4(`trailers-followup-${name}.mbox`);

const MISMATCHED = 'Reviewed-by: Mismatched Reviewer1 <mismatched-reviewer1@example.net>';
const QUOTED_ONLY = 'Reviewed-by: Followup Reviewer1 <reviewer1@example.com>';

/** patch message-id → trailer lines the reference adds that a reviewer gave (not `-s`, not `--cc-trailers`). */
function expectedCollected(name: string, variant: string): Map<string, string[]> {
  const original = new Map(readSampleMbox(sample(name)).map((m) => [m.messageId, m.trailers]));
  const out = new Map<string, string[]>();
  for (const ref of readSampleMbox(b4(`trailers-followup-${name}-ref-${variant}.txt`))) {
    const before = original.get(ref.messageId);
    if (!before) throw new Error(`${name}: reference message ${ref.messageId} is not in the sample`);
    const added = addedLines(before, ref.trailers).filter((l) => l !== MAINTAINER_SOB && !(l.startsWith('Cc: ') && variant !== 'defaults'));
    out.set(ref.messageId, added);
  }
  return out;
}

function expectCollectedAsReference(db: Db, name: string, variant = 'defaults'): Map<string, string[]> {
  const want = expectedCollected(name, variant);
  expect(want.size).toBeGreaterThan(0);
  for (const [patchId, lines] of want) {
    expect(messageById(db, patchId)?.kind, `${patchId} is a patch`).toBe('patch');
    expect(trailerLines(db, patchId, 'collected'), `collected on ${patchId}`).toEqual(lines);
  }
  return want;
}

describe('b4 follow-up trailer samples (defaults)', () => {
  it('trailers-followup-single.mbox: the two reviewers\' trailers collected in order, the quoted and the mismatched one not', async () => {
    const { db, report } = await ingestCase(sample('single'));
    expect(report.skipped).toEqual([]);
    const want = expectCollectedAsReference(db, 'single');
    expect(want.get('orig-message@example.com')).toEqual([
      'Reviewed-by: Followup Reviewer1 <followup-reviewer1@example.com>',
      'Tested-by: Followup Reviewer2 <followup-reviewer2@example.com>',
    ]);
    // The reply to a reply still answers the patch: the nested Tested-by is collected (above), and the
    // Reviewed-by it only quotes is recorded as quoted and applies nowhere.
    expect(allPatchTrailerLines(db)).not.toContain(QUOTED_ONLY);
    expect(writtenTrailers(db, 'fwup-message-2@example.com').filter((t) => t.quoted === 1).map((t) => `${t.name}: ${t.value}`))
      .toEqual([QUOTED_ONLY]);
    // Name and address both differ from the sender: reported, not taken. b4's sloppy mode (-S) is what
    // adds exactly this one line, so the sloppy reference tells us which line is the mismatched one.
    const sloppy = expectedCollected('single', 'sloppy').get('orig-message@example.com')!;
    expect(addedLines(want.get('orig-message@example.com')!, sloppy)).toEqual([MISMATCHED]);
    expect(trailerLines(db, 'orig-message@example.com', 'mismatch')).toEqual([MISMATCHED]);
  });

  it('trailers-followup-with-cover.mbox: the cover letter\'s trailer goes onto every patch, after the patch\'s own reply', async () => {
    const { db, report } = await ingestCase(sample('with-cover'));
    expect(report.skipped).toEqual([]);
    expect(revisionShapes(db).map((r) => [r.version, r.hasCover, r.patches])).toEqual([[2, true, 2]]);
    const want = expectCollectedAsReference(db, 'with-cover');
    const cover = 'Reviewed-by: Coverletter Reviewer1 <followup-reviewer1@example.com>';
    expect(want.get('patch-1-message@example.com')).toEqual([cover]);
    expect(want.get('patch-2-message@example.com')).toEqual(['Reviewed-by: Followup Reviewer1 <followup-reviewer1@example.com>', cover]);
    // The name differs from the sender's but the address is the sender's: a match.
    expect(trailerLines(db, 'patch-1-message@example.com', 'mismatch')).toEqual([]);
  });

  it('trailers-followup-partial-reroll.mbox: v3 2/2 answering v2 2/2 makes a v3 that carries v2 1/2; the v2 cover trailer applies to both, the v2-2/2 review does not move to v3 2/2', async () => {
    const { db, report } = await ingestCase(sample('partial-reroll'));
    expect(report.skipped).toEqual([]);
    const revs = revisionsInOrder(db);
    expect(revs.map((r) => r.version)).toEqual([2, 3]);
    const [v2, v3] = revs;
    expect(v3.series_id).toBe(v2.series_id);
    expect(v3.partial_of).toBe(v2.id);
    expect(v2.cover_message_id).toBe('cover-message@example.com');
    expect(revisionPatches(db, v2.id)).toEqual({
      posted: { 1: 'patch-1-message@example.com', 2: 'patch-2-message@example.com' },
      carried: {},
    });
    expect(revisionPatches(db, v3.id)).toEqual({
      posted: { 2: 'patch-v3-2-message@example.com' },
      carried: { 1: 'patch-1-message@example.com' },
    });
    const want = expectCollectedAsReference(db, 'partial-reroll');
    const cover = 'Reviewed-by: Coverletter Reviewer1 <followup-reviewer1@example.com>';
    expect(want.get('patch-1-message@example.com')).toEqual([cover]);
    expect(want.get('patch-v3-2-message@example.com')).toEqual([cover]);
    // v2 2/2 itself keeps what was given for it.
    expect(trailerLines(db, 'patch-2-message@example.com', 'collected'))
      .toEqual(['Reviewed-by: Followup Reviewer1 <followup-reviewer1@example.com>', cover]);
  });

  it('trailers-followup-custody.mbox: a second trailer block after the submitter\'s sign-off stays as own trailers (hashtag note kept); the two reviews are collected', async () => {
    const { db, report } = await ingestCase(sample('custody'));
    expect(report.skipped).toEqual([]);
    const own = writtenTrailers(db, 'orig-message@example.com').filter((t) => t.quoted === 0);
    expect(own.map((t) => t.name)).toEqual(['Link', 'Reviewed-by', 'Signed-off-by', 'Suggested-by', 'Fixes', 'Link', 'Signed-off-by']);
    expect(own[5]).toMatchObject({ value: 'https://lore.kernel.org/other@msgid.here', extinfo: '  # bug discussion' });
    // No defaults reference for this sample; the unordered one differs from it only by `-s --cc-trailers`.
    const want = expectCollectedAsReference(db, 'custody', 'unordered');
    expect(want.get('orig-message@example.com')).toEqual([
      'Reviewed-by: Followup Reviewer1 <followup-reviewer1@example.com>',
      'Tested-by: Followup Reviewer2 <followup-reviewer2@example.com>',
    ]);
  });

  it('trailers-followup-nore.mbox: a threaded follow-up without `Re:` and without a diff is a reply; its Reviewed-by is collected', async () => {
    const { db, report } = await ingestCase(sample('nore'));
    expect(report.skipped).toEqual([]);
    expect(messageById(db, 'fwup-message-1@example.com')?.kind).toBe('reply');
    const want = expectCollectedAsReference(db, 'nore');
    expect(want.get('orig-message@example.com')).toEqual(['Reviewed-by: Followup Reviewer1 <followup-reviewer1@example.com>']);
  });

  it('trailers-followup-name-parens.mbox: (corporate), [corporate] and "Tester2, Followup" names are accepted verbatim because the address matches; the mismatched one is not', async () => {
    const { db, report } = await ingestCase(sample('name-parens'));
    expect(report.skipped).toEqual([]);
    const want = expectCollectedAsReference(db, 'name-parens');
    expect(want.get('orig-message@example.com')).toEqual([
      'Reviewed-by: Followup Reviewer1 (corporate) <followup-reviewer1@example.com>',
      'Tested-by: Followup Reviewer2 <followup-reviewer2@example.com>',
      'Tested-by: Followup Tester1 [corporate] <followup-tester1@example.com>',
      'Tested-by: Tester2, Followup <followup-tester2@example.com>',
    ]);
    expect(trailerLines(db, 'orig-message@example.com', 'mismatch')).toEqual([MISMATCHED]);
  });

  it('trailers-followup-htmljunk.mbox: `<addr<mailto:addr>>` from an HTML mailer is normalised to `<addr>`', async () => {
    const { db, report } = await ingestCase(sample('htmljunk'));
    expect(report.skipped).toEqual([]);
    const want = expectCollectedAsReference(db, 'htmljunk');
    expect(want.get('orig-message@example.com')).toEqual(['Reviewed-by: HTML Junker <html-junker@example.com>']);
  });

  it('trailers-followup-already-present.mbox: restating the patch\'s own trailers adds nothing; only the unrelated Tested-by is a mismatch', async () => {
    const { db, report } = await ingestCase(sample('already-present'));
    expect(report.skipped).toEqual([]);
    expect(trailerLines(db, 'orig-message@example.com', 'own')).toHaveLength(5);
    expect(trailerLines(db, 'orig-message@example.com', 'collected')).toEqual([]);
    const mismatch = db.prepare("SELECT DISTINCT name FROM patch_trailers WHERE status = 'mismatch'").all() as Array<{ name: string }>;
    expect(mismatch.map((r) => r.name)).toEqual(['Tested-by']);
    expect(trailerLines(db, 'orig-message@example.com', 'mismatch')).toEqual(['Tested-by: Someone Else <someone-else@example.com>']);
  });
});

describe('b4 follow-up trailer samples: the patch itself is parsed whatever its shape', () => {
  /** The diff as mailed: from its first line to the line before the `-- ` signature. */
  function mailedDiff(name: string, firstLine: string): string {
    const text = readFileSync(sample(name), 'utf8');
    const start = text.indexOf(`\n${firstLine}\n`) + 1;
    const end = text.indexOf('\n-- \n', start) + 1;
    return text.slice(start, end);
  }

  it('trailers-followup-non-git-patch.mbox: plain `--- a/`/`+++ b/` diff with no `---` separator; trailers and diff apart, diff untouched', async () => {
    const { db, report } = await ingestCase(sample('non-git-patch'));
    expect(report.skipped).toEqual([]);
    const patch = patchById(db, 'orig-message@example.com')!;
    expect(patch.commit_message).toBe('Follow-up trailer collating test.');
    expect(trailerLines(db, 'orig-message@example.com', 'own')).toHaveLength(4);
    expect(patch.diff).toBe(mailedDiff('non-git-patch', '--- a/b4/junk.py'));
    expect(filesOf(db, 'orig-message@example.com').map((f) => f.new_path)).toEqual(['b4/junk.py']);
    expectCollectedAsReference(db, 'non-git-patch');
  });

  it('trailers-followup-non-git-patch-with-comments.mbox: the free-text note under `---` is kept as notes, not trailers or diff', async () => {
    const { db, report } = await ingestCase(sample('non-git-patch-with-comments'));
    expect(report.skipped).toEqual([]);
    const patch = patchById(db, 'orig-message@example.com')!;
    expect(patch.notes).toBe('This contains comments that are included below the message, but there is \nno diffstat.');
    expect(patch.diffstat).toBe('');
    expect(patch.diff).toBe(mailedDiff('non-git-patch-with-comments', '--- a/b4/junk.py'));
    expectCollectedAsReference(db, 'non-git-patch-with-comments');
  });

  it('trailers-followup-with-diffstat.mbox: the diffstat under `---` is kept as the diffstat', async () => {
    const { db, report } = await ingestCase(sample('with-diffstat'));
    expect(report.skipped).toEqual([]);
    const patch = patchById(db, 'orig-message@example.com')!;
    expect(patch.diffstat).toBe(' b4/junk.py | 1 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)');
    expect(patch.diff).toBe(mailedDiff('with-diffstat', 'diff --git a/b4/junk.py b/b4/junk.py'));
    expectCollectedAsReference(db, 'with-diffstat');
  });

  it('trailers-followup-stripped-lines.mbox: blank context lines that lost their space stay in the diff', async () => {
    const { db, report } = await ingestCase(sample('stripped-lines'));
    expect(report.skipped).toEqual([]);
    const patch = patchById(db, 'orig-message@example.com')!;
    // The sample's hunk header (`@@@ -1,1 +1,1 @@`) gives no usable line counts, so the empty lines just
    // before the signature cannot be told from mail whitespace; the ones inside the hunk must survive.
    expect(patch.diff.startsWith('--- a/b4/junk.py\n+++ b/b4/junk.py\n@@@ -1,1 +1,1 @@ def junk():\n\n\n-junk1\n+junk2\n')).toBe(true);
    expect(mailedDiff('stripped-lines', '--- a/b4/junk.py').startsWith(patch.diff)).toBe(true);
    expect(trailerLines(db, 'orig-message@example.com', 'own')).toHaveLength(4);
    expectCollectedAsReference(db, 'stripped-lines');
  });

  it('trailers-followup-bare-address.mbox: `Cc: bare-address@example.org` stays in the own trailer block; follow-ups are collected after it', async () => {
    const { db, report } = await ingestCase(sample('bare-address'));
    expect(report.skipped).toEqual([]);
    const own = writtenTrailers(db, 'orig-message@example.com').filter((t) => t.quoted === 0);
    expect(own.map((t) => `${t.name}: ${t.value}`)).toEqual([
      'Fixes: abcdef01234567890',
      'Cc: bare-address@example.org',
      'Reviewed-by: Original Reviewer <original-reviewer@example.com>',
      'Link: https://msgid.link/some@msgid.here',
      'Signed-off-by: Original Submitter <original-submitter@example.com>',
    ]);
    expect(patchById(db, 'orig-message@example.com')!.diff.startsWith('diff --git a/b4/junk.py b/b4/junk.py\n')).toBe(true);
    const want = expectCollectedAsReference(db, 'bare-address');
    expect(want.get('orig-message@example.com')).toEqual([
      'Reviewed-by: Followup Reviewer1 (corporate) <followup-reviewer1@example.com>',
      'Tested-by: Followup Reviewer2 <followup-reviewer2@example.com>',
    ]);
    expect(trailerLines(db, 'orig-message@example.com', 'mismatch')).toEqual([MISMATCHED]);
  });
});
