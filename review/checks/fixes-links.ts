// Fixes:, Link:, Closes: and Reported-by: trailers in the form the kernel's tooling reads them.
// Documentation/process/submitting-patches.rst, "Describe your changes" (Fixes: with at least 12
// characters of the SHA-1 and the quoted subject; Link: and Closes: with URLs) and "Using Reported-by:,
// Tested-by:, Reviewed-by:, Suggested-by: and Fixes:"; scripts/checkpatch.pl BAD_FIXES_TAG and
// BAD_REPORTED_BY_LINK (which asks for Closes: on the very next line).
import type { Trailer } from '../../core/patch.js';
import type { Posting } from '../posting.js';
import { eachPatch, trailerLine, type CheckHit, type SubmissionCheck } from './check.js';

// `Fixes: 0123456789ab ("mm: subject")`: one space, lower-case hex, the subject in parentheses and quotes.
const FIXES_LINE = /^Fixes: [0-9a-f]{12,40} \("(.+)"\)$/;

function fixesProblem(line: string): string | undefined {
  if (FIXES_LINE.test(line)) return undefined;
  const m = /^fixes:?\s*(?:commit\s+)?([0-9a-fA-F]+)?\s*(.*)$/i.exec(line);
  const sha = m?.[1] ?? '';
  if (!sha) return 'Fixes: names no commit id';
  if (sha.length < 12) return `the commit id ${sha} has ${sha.length} characters; use at least 12`;
  if (/[A-F]/.test(sha)) return `the commit id ${sha} is in upper case`;
  if (!/^\("(.+)"\)$/.test(m?.[2] ?? '')) return 'the commit\'s subject is missing or not in ("…")';
  return 'spacing or spelling differs from "Fixes: <sha> ("<subject>")"';
}

function fixesHits(p: Posting): CheckHit[] {
  return p.patch.trailers
    .filter((t) => t.name === 'Fixes')
    .flatMap((t) => {
      const quote = trailerLine(p, t.name, t.value);
      const problem = fixesProblem(quote);
      return problem ? [{ posting: p, part: 'trailers' as const, quote, message: `Fixes: ${problem}; the form is Fixes: 0123456789ab ("subject of the fixed commit").` }] : [];
    });
}

const fixesFormat: SubmissionCheck = {
  id: 'fixes-format',
  severity: 'warning',
  title: 'Fixes: not in the kernel form',
  explanation: 'Fixes: takes at least 12 characters of the SHA-1 and the quoted subject: Fixes: 0123456789ab ("subject").',
  references: ['Documentation/process/submitting-patches.rst: Describe your changes', 'scripts/checkpatch.pl: BAD_FIXES_TAG'],
  mentions: /\bFixes\b/,
  run: eachPatch(fixesHits),
};

const URL = /^https?:\/\/[^\s<>"]+$/;

function linkHits(p: Posting): CheckHit[] {
  return p.patch.trailers
    .filter((t) => (t.name === 'Link' || t.name === 'Closes') && !URL.test(t.value))
    .map((t) => ({ posting: p, part: 'trailers' as const, quote: trailerLine(p, t.name, t.value), message: `${t.name}: takes one http(s) URL (a lore link to the discussion or report), found "${t.value}".` }));
}

const linkFormat: SubmissionCheck = {
  id: 'link-format',
  severity: 'warning',
  title: 'Link: or Closes: without a URL',
  explanation: 'Link: and Closes: take a single http(s) URL, usually a lore.kernel.org link to the discussion or the report.',
  references: ['Documentation/process/submitting-patches.rst: Describe your changes'],
  mentions: /\b(Link|Closes)\b/,
  run: eachPatch(linkHits),
};

const isReport = (t: Trailer) => t.name === 'Reported-by' || t.name === 'Reported-and-tested-by';

function reportedHits(p: Posting): CheckHit[] {
  const ts = p.patch.trailers;
  return ts.flatMap((t, i) =>
    isReport(t) && ts[i + 1]?.name !== 'Closes' ? [{ posting: p, part: 'trailers' as const, quote: trailerLine(p, t.name, t.value) }] : [],
  );
}

const reportedByWithoutCloses: SubmissionCheck = {
  id: 'reported-by-without-closes',
  severity: 'warning',
  title: 'Reported-by without Closes',
  explanation: 'Reported-by: is followed directly by Closes: with a URL to the report, so the report can be found and closed.',
  references: ['Documentation/process/submitting-patches.rst: Using Reported-by:, Tested-by:, Reviewed-by:, Suggested-by: and Fixes:', 'scripts/checkpatch.pl: BAD_REPORTED_BY_LINK'],
  mentions: /\bCloses\b|Reported-by/i,
  run: eachPatch(reportedHits),
};

export const FIXES_LINKS_CHECKS: readonly SubmissionCheck[] = [fixesFormat, linkFormat, reportedByWithoutCloses];
