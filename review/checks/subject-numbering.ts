// Subjects of one series: the same prefix (version, RFC/RESEND, tree tags) and a consistent n/N on every
// posting, and a cover letter (0/N) in front of a multi-patch series.
// Documentation/process/submitting-patches.rst, "The canonical patch format" (subject prefixes, n/N
// numbering) and "Explicit In-Reply-To headers"; the 0/N cover letter is what git format-patch
// --cover-letter and b4 send.
import type { Posting, ReviewSeries } from '../posting.js';
import { postingsOf } from '../posting.js';
import type { CheckHit, SubmissionCheck } from './check.js';

/** What must read the same on every posting: version, labels and tags (n/N aside). */
function prefixOf(p: Posting): string {
  const i = p.info;
  return [`v${i.version ?? 1}`, ...[...i.labels].sort(), ...[...i.tags].map((t) => t.toLowerCase()).sort()].join(' ');
}

/** The prefix most postings carry; the cover letter's wins a tie (it names the series). */
function majorityPrefix(all: Posting[]): string {
  const counts = new Map<string, number>();
  for (const p of all) counts.set(prefixOf(p), (counts.get(prefixOf(p)) ?? 0) + 1);
  let best = prefixOf(all[0]);
  for (const [prefix, n] of counts) if (n > (counts.get(best) ?? 0)) best = prefix;
  return best;
}

function prefixHits(s: ReviewSeries): CheckHit[] {
  const all = postingsOf(s);
  if (all.length < 2) return [];
  const expected = majorityPrefix(all);
  return all
    .filter((p) => prefixOf(p) !== expected)
    .map((p) => ({ posting: p, part: 'subject' as const, quote: p.subject, message: `The subject prefix reads "${prefixOf(p)}" where the rest of the series has "${expected}".` }));
}

const subjectPrefixConsistent: SubmissionCheck = {
  id: 'subject-prefix-consistent',
  severity: 'warning',
  title: 'Subject prefixes differ within the series',
  explanation: 'Every posting of a series carries the same prefix: version, RFC/RESEND and tree tags.',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format'],
  mentions: /subject prefix|\[PATCH|prefix/i,
  run: prefixHits,
};

function numberingHits(s: ReviewSeries): CheckHit[] {
  const hits: CheckHit[] = [];
  const totals = new Set(postingsOf(s).map((p) => p.info.total).filter((t): t is number => t !== null));
  const total = totals.size ? Math.max(...totals) : s.patches.length;
  const seen = new Set<number>();
  for (const p of postingsOf(s)) {
    const { index, total: n } = p.info;
    const say = (message: string) => hits.push({ posting: p, part: 'subject', quote: p.subject, message });
    if (totals.size > 1 && n !== null && n !== total) say(`Numbered n/${n} where the series has ${total} patches.`);
    else if (index !== null && n !== null && index > n) say(`Patch number ${index} is above the series' count ${n}.`);
    else if (index !== null && seen.has(index)) say(`Patch number ${index} is used twice in the series.`);
    else if (index === null && s.patches.length > 1) say('A patch of a multi-patch series without n/N in its subject.');
    if (index !== null) seen.add(index);
  }
  return hits;
}

const seriesNumbering: SubmissionCheck = {
  id: 'series-numbering',
  severity: 'error',
  title: 'Inconsistent n/N numbering',
  explanation: 'Patches of a series are numbered 1/N … N/N once each, with one N throughout (0/N is the cover letter).',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format'],
  mentions: /number(ed|ing)|\d+\/\d+/i,
  run: numberingHits,
};

const seriesIncomplete: SubmissionCheck = {
  id: 'series-incomplete',
  severity: 'warning',
  title: 'Patches missing from the series',
  explanation: 'Some n/N numbers the subjects promise are not in the input: not sent, or not received.',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format'],
  mentions: /missing|didn't (get|receive)|not (received|in my inbox)/i,
  // Only a cover letter promises the series, and only some of its patches beside it show a loss: patch
  // files given on their own, or the cover letter alone (checking one mail before sending it), are a choice.
  run: (s) => {
    const first = s.cover;
    if (!first || s.patches.length === 0 || s.missing.length === 0) return [];
    const list = s.missing.join(', ');
    return [{ posting: first, part: 'series', message: `Patch${s.missing.length > 1 ? 'es' : ''} ${list} of ${first.info.total ?? '?'} ${s.missing.length > 1 ? 'are' : 'is'} not in the input.` }];
  },
};

const coverLetterMissing: SubmissionCheck = {
  id: 'cover-letter-missing',
  severity: 'warning',
  title: 'Multi-patch series without a cover letter',
  explanation: 'A series of more than one patch starts with a 0/N cover letter that says what the series does and why (git format-patch --cover-letter, b4 prep).',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format', 'Documentation/process/5.Posting.rst: Sending the patch'],
  mentions: /cover[- ]letter|\b0\/\d+/i,
  // Said only of a complete series: when some patches are not in the input, neither is the cover letter
  // necessarily (a submitter checking one patch of a series).
  run: (s) => {
    const total = Math.max(0, ...s.patches.map((p) => p.info.total ?? 0)) || s.patches.length;
    return s.cover || total < 2 || !s.patches[0] || s.missing.length > 0 ? [] : [{ posting: s.patches[0], part: 'series' }];
  },
};

// What git format-patch --cover-letter writes for the submitter to replace.
const PLACEHOLDER = /\*\*\* (?:SUBJECT|BLURB) HERE \*\*\*/;

const coverLetterPlaceholder: SubmissionCheck = {
  id: 'cover-letter-placeholder',
  severity: 'error',
  title: 'Cover letter still has its placeholders',
  explanation: 'The cover letter still says *** SUBJECT HERE *** or *** BLURB HERE ***: write what the series does and why.',
  references: ['git format-patch --cover-letter', 'Documentation/process/submitting-patches.rst: The canonical patch format'],
  mentions: /SUBJECT HERE|BLURB HERE|cover[- ]letter/i,
  run: (s) => {
    const cover = s.cover;
    if (!cover) return [];
    const line = [cover.subject, ...cover.body.split('\n')].find((l) => PLACEHOLDER.test(l));
    return line === undefined ? [] : [{ posting: cover, part: line === cover.subject ? 'subject' : 'commit-message', quote: line }];
  },
};

export const SUBJECT_NUMBERING_CHECKS: readonly SubmissionCheck[] = [coverLetterMissing, coverLetterPlaceholder, seriesIncomplete, seriesNumbering, subjectPrefixConsistent];
