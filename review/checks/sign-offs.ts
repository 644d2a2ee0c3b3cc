// Sign-offs: every patch carries the Developer's Certificate of Origin of its author, and every co-author's.
// Documentation/process/submitting-patches.rst, "Sign your work - the Developer's Certificate of Origin" and
// "When to use Acked-by:, Cc:, and Co-developed-by:"; scripts/checkpatch.pl MISSING_SIGN_OFF,
// NO_AUTHOR_SIGN_OFF and BAD_SIGN_OFF (Co-developed-by).
import type { Address } from '../../core/message.js';
import type { Trailer } from '../../core/patch.js';
import { parseAddress } from '../../ingest/parse/address.js';
import type { Posting } from '../posting.js';
import { eachPatch, trailerLine, type CheckHit, type SubmissionCheck } from './check.js';

const SOB = 'Signed-off-by';
const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The patch's author as git am sees it: the in-body From: when there is one, else the mail's From:. */
export function patchAuthor(p: Posting): Address {
  return p.patch.inBodyFrom ? parseAddress(p.patch.inBodyFrom) : p.from;
}

const signOffs = (p: Posting): Trailer[] => p.patch.trailers.filter((t) => t.name === SOB);
const hasDiff = (p: Posting) => p.patch.files.length > 0;

const signedOffByMissing: SubmissionCheck = {
  id: 'signed-off-by-missing',
  severity: 'error',
  title: 'No Signed-off-by',
  explanation: 'The patch has no Signed-off-by: line; without the Developer\'s Certificate of Origin it cannot be applied.',
  references: ['Documentation/process/submitting-patches.rst: Sign your work', 'scripts/checkpatch.pl: MISSING_SIGN_OFF'],
  mentions: /signed-off-by|sign[- ]?off|\bSoB\b|certificate of origin/i,
  run: eachPatch((p) => (hasDiff(p) && signOffs(p).length === 0 ? [{ posting: p, part: 'trailers' }] : [])),
};

function authorSignOffHit(p: Posting): CheckHit[] {
  const sobs = signOffs(p);
  if (!hasDiff(p) || sobs.length === 0) return [];
  const author = patchAuthor(p);
  if (sobs.some((t) => t.person && sameEmail(t.person.email, author.email))) return [];
  const byName = sobs.find((t) => t.person && author.name && sameName(t.person.name, author.name));
  const who = `${author.name ? `${author.name} ` : ''}<${author.email}>`;
  const from = p.patch.inBodyFrom ? 'the in-body From:' : 'From:';
  if (byName) {
    return [{ posting: p, part: 'trailers', quote: trailerLine(p, SOB, byName.value), message: `The author's Signed-off-by uses another address than ${from} ${who}: sign off with the address the patch is authored with, or add an in-body From: line.` }];
  }
  return [{ posting: p, part: 'trailers', message: `No Signed-off-by: from the author ${who} (${from}); the author signs off first.` }];
}

const signedOffByAuthor: SubmissionCheck = {
  id: 'signed-off-by-author',
  severity: 'warning',
  title: "No Signed-off-by from the patch's author",
  explanation: "The author (From:, or the in-body From: line) has no Signed-off-by: of their own.",
  references: ['Documentation/process/submitting-patches.rst: Sign your work', 'scripts/checkpatch.pl: NO_AUTHOR_SIGN_OFF, FROM_SIGN_OFF_MISMATCH'],
  mentions: /signed-off-by|sign[- ]?off|\bSoB\b|author/i,
  run: eachPatch(authorSignOffHit),
};

function coDevelopedHits(p: Posting): CheckHit[] {
  const trailers = p.patch.trailers;
  const hits: CheckHit[] = [];
  trailers.forEach((t, i) => {
    if (t.name !== 'Co-developed-by') return;
    const next = trailers[i + 1];
    const paired = next?.name === SOB && next.person && t.person && sameEmail(next.person.email, t.person.email);
    if (!paired) hits.push({ posting: p, part: 'trailers', quote: trailerLine(p, t.name, t.value) });
  });
  return hits;
}

const coDevelopedBySignoff: SubmissionCheck = {
  id: 'co-developed-by-signoff',
  severity: 'error',
  title: 'Co-developed-by without its Signed-off-by',
  explanation: 'Every Co-developed-by: must be followed directly by a Signed-off-by: of the same person.',
  references: ['Documentation/process/submitting-patches.rst: When to use Acked-by:, Cc:, and Co-developed-by:', 'scripts/checkpatch.pl: BAD_SIGN_OFF'],
  mentions: /co-developed-by|co-?author/i,
  run: eachPatch(coDevelopedHits),
};

export const SIGN_OFF_CHECKS: readonly SubmissionCheck[] = [coDevelopedBySignoff, signedOffByAuthor, signedOffByMissing];
