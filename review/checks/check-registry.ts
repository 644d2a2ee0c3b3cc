// The submission checks, one small file per group. An explicit sorted list rather than a folder scan: a
// new group shows in review as a line here, and a test checks the list against the folder.
import type { SubmissionCheck } from './check.js';
import { ADDED_LINE_CHECKS } from './added-lines.js';
import { CHANGELOG_CHECKS } from './changelog.js';
import { FIXES_LINKS_CHECKS } from './fixes-links.js';
import { SIGN_OFF_CHECKS } from './sign-offs.js';
import { SUBJECT_NUMBERING_CHECKS } from './subject-numbering.js';

/** Group files of review/checks/, sorted; the other files there are the machinery listed in CHECK_MACHINERY. */
export const CHECK_GROUPS: Readonly<Record<string, readonly SubmissionCheck[]>> = {
  'added-lines.ts': ADDED_LINE_CHECKS,
  'changelog.ts': CHANGELOG_CHECKS,
  'fixes-links.ts': FIXES_LINKS_CHECKS,
  'sign-offs.ts': SIGN_OFF_CHECKS,
  'subject-numbering.ts': SUBJECT_NUMBERING_CHECKS,
};

export const CHECK_MACHINERY: readonly string[] = ['check-registry.ts', 'check.ts', 'control-characters.ts', 'run-checks.ts'];

/** Every check, sorted by id. */
export const CHECKS: readonly SubmissionCheck[] = Object.values(CHECK_GROUPS)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : 1));

export const checkById = (id: string): SubmissionCheck | undefined => CHECKS.find((c) => c.id === id);
