// The point classifier's rules, in the order they are tried: the first that matches a paragraph decides its
// kind. Each rule has an id (shown with the point, pinned by tests) and a reason a reader can check.
// Order matters: a fix-up patch or a trailer says more than the words around it, a symptom report more
// than its questions, a nit more than the "looks good" before it, pushback more than a "Yeah," opener.
import type { PointKind } from '../../core/review-point.js';

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
  test(f: ParagraphFacts): boolean;
}

const TRAILER = /^(?:Reviewed|Acked|Tested|Reported|Suggested|Nacked|Reviewed-and-tested|Reported-and-tested)-by:\s*\S/i;
const TREE = /\b(?:mm-(?:new|unstable|stable|hotfixes[-\w]*|nonmm[-\w]*|everything)|mm\.git|linux-next|[\w-]+\.git|for-next|[\w-]+-next|tip|the tree|my tree|branch)\b/i;
const TAKES = /\b(?:applied|queued|(?:re-?)?added|pulled|merged|picked up|taken|give the \w+ a run)\b/i;
const SYMPTOM = /\b(?:hang(?:s|ing)?|hung|blocked state|deadlock|lockup|crash(?:es|ed|ing)?|oops|panic|BUG:|WARNING|splat|KASAN|use-after-free|NULL pointer|regression|(?:fail(?:s|ed|ing)?|failure) to (?:build|boot|compile|link)|build (?:errors?|failures?|fails|breaks)|compile (?:errors?|failures?)|(?:doesn't|does not|won't) (?:build|compile|boot)|breaks? (?:the )?build|not happy about|reproduc(?:e|es|ed|ible))\b/i;
const REPORT_FRAME = /\b(?:I (?:see|saw|get|got|hit|observed|noticed|was able to)|noticed the following|I'm seeing|I am seeing|we (?:see|saw|hit|get)|with (?:this|the|your) (?:patch|series|change)|when (?:booting|running)|reproduc(?:e|ed|ible)|tests? (?:causes?|fails?|failed|hangs?)|the following|not happy about|cross[- ]compiles?)\b/i;
const LOG = /Call Trace:|WARNING:|BUG:|Oops|RIP:|blocked|\berror:/;
const TESTED = /\b(?:(?:I|we)(?: have|'ve)? (?:tested|ran|did a (?:basic )?(?:build|test|run))|tested (?:this|it|the|with|on|v\d)|passing here|(?:all|everything) (?:is )?(?:looking )?good|tests? (?:pass(?:es|ed|ing)?|run fine)|no (?:more )?(?:\w+ )?issues anymore|works for me|no longer (?:hangs?|crash(?:es)?|fails?))\b/i;
const NIT = /^(?:\W*)(?:nit|nitpick|micro[- ]?nits?|mega[- ]\w*\s*nit|tiny nit|minor nit|super nit|trivial)\b|\bnits?\b|\bnitpick|\btypos?\b|\bs\/[^/\s]+\/[^/\s]*\/|\bwhitespace\b|\bspelling\b|\bmisspel|\bcheckpatch\b|\bpedantic\b/i;
const COMMITS = /\b(?:I'll|I will|we'll|will (?:do|fix|update|change|add|drop|remove|send|respin|address|rework|refactor|try|use|rename|split|look|take|make|move|squash|correct|adjust|include|put|keep|get|cc|stop|go)|let me (?:send|fix|try|do|update|respin|resend|look|add|rework)|(?:going|gonna) to (?:fix|do|add|drop|send|rework)|(?:on|in|for|with) (?:the |a )?(?:respin|next (?:version|revision|spin|iteration|respin)|v\d+)\b|fix-?patch|will be (?:fixed|dropped|removed|addressed)|change of plans?|I can (?:do|add|make|drop|look|change)|happy to (?:do|add|change)|can (?:do|add) (?:that|this|one))/i;
const COMMIT_OPENER = /^(?:will do|done|ack\b|sure\b|fixed\b|ok(?:ay)?[,.]? will|yes[,.]? will|good (?:point|catch|idea)[,.!]? will)/i;
const PUSHBACK = /\b(?:I (?:don't|do not) (?:think|like|see the point|agree|want|believe|buy)|I disagree|not (?:a fan|convinced|keen)|I'm not sure (?:this|that|it|we|about|why)|I'd rather (?:not|keep)|rather not|I (?:really )?dislike|yuck|(?:doesn't|does not) make (?:any )?sense|this is wrong|(?:is|that's|this is) (?:just )?(?:wrong|broken)|(?:isn't|is not) (?:right|correct|reasonable)|no need (?:to|for)|not (?:needed|necessary|required)|unnecessary|out of scope|can't refactor|cannot refactor|not going to|I won't|we won't|don't want|let's not|I'd prefer not|prefer (?:to keep|not)|keep (?:it|this|that) out|strongly (?:against|disagree)|not a refactoring|not worth|NAK)\b/i;
const AGREE_OPENER = /^(?:yes|yep|yeah|yup|right|agreed|agree|ack|ok(?:ay)?|sure|correct|exactly|indeed|true|fair|fine|absolutely|makes sense|sounds (?:good|great|reasonable|fine)|good (?:point|catch|idea)|nice catch|lgtm|looks good|that works|perfect|great)\b/i;
const AGREES = /\b(?:I agree|agreed|good point|good catch|nice catch|makes (?:total )?sense|fair enough|fair point|you're right|you are right|that's fine|sounds (?:good|reasonable|fine)|looks good|LGTM|no (?:more )?objections?|no more questions|I'm (?:fine|ok|okay) with|works for me|much better|seems reasonable|that's reasonable|I like (?:this|that|it|the|copying))\b/i;
const REQUESTS = /\b(?:please|should(?:n't)?|could (?:you|we)|can (?:you|we)|would (?:you|it (?:not )?be)|(?:it )?would be (?:good|better|nice|nicer|great|cleaner)|I'd (?:suggest|prefer|probably|rather|like|expect)|I (?:would )?suggest|suggestion|how about|what about|why not|instead|let's|lets|needs? to|must|have to|ought to|consider|maybe (?:we|you) (?:could|should)|better to|might be (?:worth|nice|good)|worth (?:adding|mentioning|doing|noting)|I would (?:expect|prefer|like))\b/i;
// A sentence that starts with a verb in the imperative: "Drop the …", "Either use … or …".
const IMPERATIVE = /(?:^|[.!?:]\s+)(?:either\s+|so\s+|then\s+|also\s+|just\s+)?(?:drop|use|move|add|rename|split|remove|make|avoid|keep|pass|check|document|fold|squash|convert|replace|put|call|switch|mention|explain|update|give|return)\s+(?:the|a|an|it|this|that|these|those|them|its|their|your|\w+\(\)|\w+_\w+)\b/i;
const QUESTION = /\?(?:\s|\)|$)/;

/** Sorted by the order they are tried; tests walk this list. */
export const POINT_RULES: readonly PointRule[] = [
  { id: 'trailer-line', kind: 'trailer', reason: 'gives a trailer (Reviewed-by, Acked-by, Tested-by …)', test: (f) => TRAILER.test(f.text) },
  { id: 'author-fixup-patch', kind: 'commitment', reason: 'the author posts a fix-up patch', test: (f) => f.byAuthor && f.introducesPatch },
  { id: 'reviewer-diff', kind: 'change-request', reason: 'a reviewer proposes a diff', test: (f) => !f.byAuthor && f.introducesPatch },
  { id: 'maintainer-takes', kind: 'agreement', reason: 'says the patches were applied, queued or added to a tree', test: (f) => TAKES.test(f.text) && TREE.test(f.text) },
  { id: 'bug-symptom', kind: 'bug-report', reason: 'reports a hang, crash, warning, build failure or regression seen with the patches', test: (f) => SYMPTOM.test(f.text) && (REPORT_FRAME.test(f.text) || LOG.test(f.following)) },
  { id: 'test-passed', kind: 'test-report', reason: 'reports running tests', test: (f) => TESTED.test(f.text) },
  { id: 'reviewer-nit', kind: 'nit', reason: 'calls it a nit, a typo, whitespace or spelling', test: (f) => !f.byAuthor && NIT.test(f.text) },
  { id: 'author-commits', kind: 'commitment', reason: 'the author says what they will do ("will fix", "I\'ll", "in v3")', test: (f) => f.byAuthor && (COMMITS.test(f.text) || COMMIT_OPENER.test(f.text)) },
  { id: 'pushback', kind: 'objection', reason: 'disagrees ("I don\'t think", "not needed", "out of scope", "yuck")', test: (f) => PUSHBACK.test(f.text) },
  { id: 'agrees', kind: 'agreement', reason: 'agrees or accepts ("yes", "good point", "makes sense", "looks good")', test: (f) => AGREE_OPENER.test(f.text) || AGREES.test(f.text) },
  { id: 'reviewer-request', kind: 'change-request', reason: 'asks for a change ("please", "should", "could you", "why not", "instead", "drop the …")', test: (f) => !f.byAuthor && (REQUESTS.test(f.text) || IMPERATIVE.test(f.text)) },
  { id: 'question-mark', kind: 'question', reason: 'asks a question', test: (f) => QUESTION.test(f.text) },
];
