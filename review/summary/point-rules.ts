// The point classifier's rules, in the order they are tried: the first that matches a paragraph decides its
// kind. Each rule has an id (shown with the point, pinned by tests) and a reason a reader can check.
// Order matters: a fix-up patch or a trailer says more than the words around it, a symptom report more
// than its questions, a nit more than the "looks good" before it, a plain "Yes," more than a negation
// after it, an outright request more than its question mark.
//
// `continues`: a weak sign (a "should" in an argument, a rhetorical question) inside a point that is
// already open in the same block carries that point on instead of starting a new one.
import type { PointKind } from '../../core/review-point.js';
import * as P from './point-phrases.js';

export interface ParagraphFacts {
  /** The paragraph on one line, whitespace collapsed. */
  text: string;
  /** The sender wrote the series under review. */
  byAuthor: boolean;
  /** A patch pasted into the reply follows this paragraph. */
  introducesPatch: boolean;
  /** Code or log lines pasted right below the paragraph. */
  following: string;
}

export interface PointRule {
  id: string;
  kind: PointKind;
  reason: string;
  continues?: boolean;
  test(f: ParagraphFacts): boolean;
}

const firstSentence = (text: string) => /^[^.!?]*[.!?]?/.exec(text)?.[0] ?? text;
const nitWords = (text: string) => text.replace(P.NIT_ANNOUNCED, '');
// An author's "Yeah. … let's defer that" declines, whatever it opens with.
const agreesFirst = (f: ParagraphFacts) => P.AGREE_OPENER.test(f.text) && !P.FIRST_SENTENCE_HEDGE.test(f.text) && !(f.byAuthor && P.PUSHBACK.test(f.text));

/** Sorted by the order they are tried; tests walk this list. */
export const POINT_RULES: readonly PointRule[] = [
  { id: 'trailer-line', kind: 'trailer', reason: 'gives a trailer (Reviewed-by, Acked-by, Tested-by …)', test: (f) => P.TRAILER.test(f.text) },
  { id: 'author-fixup-patch', kind: 'commitment', reason: 'the author posts a fix-up patch', test: (f) => f.byAuthor && f.introducesPatch },
  { id: 'reviewer-diff', kind: 'change-request', reason: 'a reviewer proposes a diff', test: (f) => !f.byAuthor && f.introducesPatch },
  {
    id: 'maintainer-takes', kind: 'agreement', reason: 'says the patches were applied, queued or added to a tree',
    test: (f) => P.TAKES.test(f.text) && P.TREE.test(f.text) && !P.TAKES_BACK.test(f.text),
  },
  {
    id: 'bug-symptom', kind: 'bug-report', reason: 'reports a hang, crash, warning, build failure or regression seen with the patches',
    test: (f) => P.SYMPTOM.test(f.text) && (P.REPORT_FRAME.test(f.text) || P.LOG.test(f.following)),
  },
  { id: 'test-passed', kind: 'test-report', reason: 'reports running tests', test: (f) => P.TESTED.test(f.text) },
  { id: 'reviewer-nit', kind: 'nit', reason: 'calls it a nit, a typo, whitespace, spelling or a stray edit', test: (f) => !f.byAuthor && P.NIT.test(nitWords(f.text)) },
  { id: 'author-declines', kind: 'objection', reason: 'the author opens by declining ("Well, I don\'t think …", "No,")', test: (f) => f.byAuthor && P.PUSHBACK.test(firstSentence(f.text)) && !P.EXPLICIT_AGREE.test(f.text) },
  {
    id: 'author-commits', kind: 'commitment', reason: 'the author says what they will do ("will fix", "I\'ll", "in v3")',
    test: (f) => f.byAuthor && (P.COMMITS.test(f.text) || P.COMMIT_OPENER.test(f.text)),
  },
  { id: 'agrees-first', kind: 'agreement', reason: 'opens with agreement ("Yes,", "Right,", "Ack") and no "but"', test: agreesFirst },
  { id: 'pushback', kind: 'objection', reason: 'disagrees ("I don\'t think", "not needed", "out of scope", "Right, but", "yuck")', test: (f) => P.PUSHBACK.test(f.text) && !P.EXPLICIT_AGREE.test(f.text) },
  { id: 'agrees', kind: 'agreement', reason: 'agrees or accepts ("good point", "makes sense", "looks good")', test: (f) => P.AGREES.test(f.text) },
  {
    id: 'reviewer-asks-change', kind: 'change-request', reason: 'asks for a change outright ("please", "could you", "why not", "Should this be …?")',
    test: (f) => !f.byAuthor && (P.STRONG_REQUEST.test(f.text) || (P.QUESTION.test(f.text) && P.REQUEST_QUESTION.test(f.text))),
  },
  { id: 'question-mark', kind: 'question', reason: 'asks a question (not an answer ending in one: "Because …?")', continues: true, test: (f) => P.QUESTION.test(f.text) && !P.ANSWER_OPENER.test(f.text) },
  {
    id: 'reviewer-suggests', kind: 'change-request', reason: 'suggests a change ("should", "needs to", "instead", "drop the …")', continues: true,
    test: (f) => !f.byAuthor && (P.WEAK_REQUEST.test(f.text) || P.IMPERATIVE.test(f.text)),
  },
];
