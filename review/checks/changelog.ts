// Changelogs: a vN>1 says what changed since the last version — in the cover letter or below each patch's
// `---` — and that history stays out of the commit message, which is what git keeps.
// Documentation/process/submitting-patches.rst, "The canonical patch format" (changes go below the
// `---` marker) and "Respond to review comments"; b4 writes them into the cover letter.
import type { Posting, ReviewSeries } from '../posting.js';
import type { CheckHit, SubmissionCheck } from './check.js';

/** Lines that start a changelog: `Changes in v2:`, `v1 -> v2:`, `v2: fold …`, `Changes since v1`, `Changelog`. */
const CHANGELOG_LINE =
  /^\s*(?:[-*]\s*)?(?:changes?\b[^\n]{0,30}\bv\d|changes? (?:since|from|in) (?:the )?(?:last|previous|prior|earlier)|change ?log\b|revision history|v\d+(?:\.\d+)?\s*(?:->|→|=>|\.\.|to)\s*v\d+|v\d+(?:\.\d+)?\s*:|\[v\d+\]|since v\d+\s*:)/i;

export const hasChangelog = (text: string): boolean => text.split('\n').some((l) => CHANGELOG_LINE.test(l));

/** The changelog line of a commit message, if it has one; `v2:` inside prose does not count. */
export const changelogLineIn = (text: string): string | undefined => text.split('\n').find((l) => CHANGELOG_LINE.test(l));

function missingHits(s: ReviewSeries): CheckHit[] {
  // Without the cover letter and some patches in the input, the changelog may well be in what is not here.
  if (s.version <= 1 || (!s.cover && s.missing.length > 0)) return [];
  const without = s.patches.filter((p) => !hasChangelog(p.patch.notes));
  if (s.cover && hasChangelog(s.cover.body)) return [];
  if (without.length === 0) return [];
  if (s.cover) {
    const which = without.length === s.patches.length ? 'no patch has one' : `patch${without.length > 1 ? 'es' : ''} ${without.map((p) => p.index).join(', ')} ha${without.length > 1 ? 've' : 's'} none`;
    return [{ posting: s.cover, part: 'series', message: `v${s.version} has no changelog: the cover letter says nothing about what changed since the last version, and ${which} below ---.` }];
  }
  return without.map((p) => ({ posting: p, part: 'notes' as const, message: `v${s.version} without a cover letter: say what changed since the last version below this patch's --- line.` }));
}

const changelogMissing: SubmissionCheck = {
  id: 'changelog-missing',
  severity: 'warning',
  title: 'No changelog for a new version',
  explanation: 'A v2 or later says what changed since the previous version, in the cover letter or below each patch\'s --- line.',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format; Respond to review comments'],
  mentions: /change ?log|what changed|changes since|since v\d|history/i,
  run: missingHits,
};

function inMessageHits(p: Posting): CheckHit[] {
  const line = changelogLineIn(p.patch.commitMessage);
  return line === undefined ? [] : [{ posting: p, part: 'commit-message', quote: line }];
}

const changelogInCommitMessage: SubmissionCheck = {
  id: 'changelog-in-commit-message',
  severity: 'warning',
  title: 'Version history in the commit message',
  explanation: 'Version-to-version changes belong below the --- line (or in the cover letter), where git am drops them, not in the commit message.',
  references: ['Documentation/process/submitting-patches.rst: The canonical patch format'],
  mentions: /below (the )?---|change ?log|commit (message|log)/i,
  run: (s) => s.patches.flatMap(inMessageHits),
};

export const CHANGELOG_CHECKS: readonly SubmissionCheck[] = [changelogInCommitMessage, changelogMissing];
