// The phrases the point rules look for, as reviewers on the kernel lists write them. Kept apart from the
// rules so each list can be read (and extended) on its own.

export const TRAILER = /^(?:Reviewed|Acked|Tested|Reported|Suggested|Nacked|Reviewed-and-tested|Reported-and-tested)-by:\s*\S/i;

/** Trees and branches patches land in: Andrew's mm branches, -next trees, "my tree". */
export const TREE = /\b(?:mm-(?:new|unstable|stable|hotfixes[-\w]*|nonmm[-\w]*|everything)|mm\.git|linux-next|[\w-]+\.git|for-next|[\w-]+-next|tip|the tree|my tree|branch)\b/i;
/** A maintainer taking the patches, in the first person or as the sentence's first word ("Applied to …"). */
export const TAKES = /(?:\b(?:I|we)(?:'ve| have|'ll| will)?\s+(?:\(re-\))?(?:re-?)?(?:applied|queued|added|add|merged|picked up|taken|take|updated|pushed|give the \w+ a run)\b|(?:^|[.!]\s+)(?:all\s+|thanks,?\s+)?(?:applied|queued|added|merged|picked up)\b)/i;
/** …but not taking them out again: that is a step back, not acceptance. */
export const TAKES_BACK = /\b(?:out of|dropped|removed|reverted|back into)\b/i;

export const SYMPTOM = /\b(?:hang(?:s|ing)?|hung|blocked state|deadlock|lockup|crash(?:es|ed|ing)?|oops|panic|BUG:|WARNING|splat|KASAN:|use-after-free|NULL pointer|regression|(?:fail(?:s|ed|ing)?|failure) to (?:build|boot|compile|link)|build (?:errors?|failures?|fails|breaks)|compile (?:errors?|failures?)|(?:doesn't|does not|won't) (?:build|compile|boot)|breaks? (?:the )?build|not happy about|reproduc(?:e|es|ed|ible))\b/i;
/** Someone saw it happen: a symptom word alone may be part of an argument ("could this deadlock?"). */
export const REPORT_FRAME = /\b(?:I (?:see|saw|get|got|hit) (?:a|an|the following|this (?:warning|error|splat|crash|hang))\b|I (?:observed|noticed|was able to)|noticed the following|I'm seeing|I am seeing|we (?:see|saw|hit|get) (?:a|an|the|this)\b|with (?:this|the|your) (?:patch|series|change)|when (?:booting|running)|reproduc(?:e|ed|ible)|tests? (?:causes?|fails?|failed|hangs?)|the following|not happy about|cross[- ]compiles?)\b/i;
export const LOG = /Call Trace:|WARNING:|BUG:|Oops|RIP:|blocked|\berror:/;

export const TESTED = /\b(?:(?:I|we)(?: have|'ve)? (?:tested|ran|did a (?:basic )?(?:build|test|run))|tested (?:this|it|the|with|on|v\d)|passing here|(?:all|everything) (?:is )?(?:looking )?good|tests? (?:pass(?:es|ed|ing)?|run fine)|no (?:more )?(?:\w+ )?issues anymore|works for me|no longer (?:hangs?|crash(?:es)?|fails?)|(?:managed|able) to (?:also )?confirm|with (?:these|the|this|your) (?:patches|patch|series)[^.]*\bI (?:get|see):)/i;

/** "Some nits below" announces nits; it is none. */
export const NIT_ANNOUNCED = /\b(?:micro |mega |minor |couple (?:of )?)?nits?(?:\/[\w ]+?)?\s+(?:below|inline|follow)\b|^(?:a few|some|couple of|two|minor) nits?,?\s*(?:but|below|inline)?\W*$/gi;
export const NIT = /^(?:\W*)(?:nit|nitpick|micro[- ]?nits?|mega[- ]\w*\s*nit|tiny nit|minor nit|super nit|trivial)\b|\bnits?\b|\bnitpick|\btypos?\b|\bs\/[^/\s]+\/[^/\s]*\/|\bwhitespace\b|\bspelling\b|\bmisspel|\bcheckpatch\b|\bpedantic\b|\bbikeshed|\bstray (?:edit|change|newline)\b/i;

export const COMMITS = /\b(?:I'll|I will|we'll|will (?:do|fix|update|change|add|drop|remove|send|respin|address|rework|refactor|try|use|rename|split|look|take|make|move|squash|correct|adjust|include|put|keep|get|cc|stop|go)|let me (?:send|fix|try|do|update|respin|resend|look|add|rework|put)|(?:going|gonna) to (?:fix|do|add|drop|send|rework|refactor)|(?:on|in|for|with) (?:the |a )?(?:respin|next (?:version|revision|spin|iteration|respin)|v\d+)\b|fix-?patch|will be (?:fixed|dropped|removed|addressed)|change of plans?|I can (?:do|add|make|drop|look|change)|happy to (?:do|add|change)|can (?:do|add) (?:that|this|one)|have removed|(?:need|needs) to rework)/i;
export const COMMIT_OPENER = /^(?:will do|done|sure\b|fixed\b|(?:ok(?:ay)?|yes|ack|good (?:point|catch|idea))[,.!]? will)/i;

/** "Yes," "Right," "Ack" … at the start, with no "but" in the same sentence. */
export const AGREE_OPENER = /^(?:yes|yep|yeah|yup|right|agreed|agree|ack|ok(?:ay)?|sure|correct|exactly|indeed|true|fair|fine|absolutely|makes sense|sounds (?:good|great|reasonable|fine)|good (?:point|catch|idea)|nice catch|great point|lgtm|looks (?:good|ok|fine)|that works|perfect|great|no probs?|no problem)\b/i;
/** "Yes, but …", "Yeah, no.": the opener does not agree after all. */
export const FIRST_SENTENCE_HEDGE = /^[^.!?]*\b(?:but|though|however|except)\b|^\w+[,.]?\s+no\b/i;
export const AGREES = /\b(?:I agree|agreed|good point|good catch|nice catch|great (?:point|insight)|makes (?:total )?sense|fair enough|fair point|you're right|you are right|that's fine|sounds (?:good|reasonable|fine)|looks (?:good|ok|fine)|LGTM|no (?:more )?objections?|no more questions|I'm (?:fine|ok|okay) with|works for me|seems reasonable|that's reasonable|I like (?:this|that|it|the|copying)|neatly cleans|disregard (?:this|that|me)|(?:it )?doesn't matter|never ?mind|scratch that|ignore (?:this|that|me)|my bad|I should have (?:checked|looked|read|seen)(?: further| more)?)\b|^(?:thanks,?\s+)?much better\b/i;

/** Agreement said outright: it outweighs a "don't think" earlier in the paragraph. */
export const EXPLICIT_AGREE = /\b(?:I agree|you're right|you are right|fair enough|good point|great point)\b/i;
export const PUSHBACK = /\b(?:I (?:really |just |honestly )?(?:don't|do not) (?:think|like|see the point|see (?:this|that|the need|why|a reason)|agree|want|believe|buy)|I disagree|not (?:a fan|convinced|keen)|I'm not sure (?:this|that|it|we|about|why)|I'd rather (?:not|keep)|rather not|I (?:really )?dislike|yuck|(?:doesn't|does not) make (?:any )?sense|this is wrong|(?:is|that's|this is) (?:just )?(?:wrong|broken)|(?:isn't|is not) (?:right|correct|reasonable)|no need (?:to|for)|not (?:needed|necessary|required)|unnecessary|out of scope|can't (?:refactor|stop)|cannot refactor|not going to|I won't|we won't|don't want|let's not|I'd prefer not|prefer (?:to keep|not)|keep (?:it|this|that) out|strongly (?:against|disagree)|not a refactoring|not worth|NAK|(?:it's|it is|this is|that's|that is) not (?:a|an|the|really)|let's be pragmatic|discarded it|let's defer|defer (?:adding|that|this|it))\b|^(?:well,?\s+)?no\b(?!\s+(?:idea|worries|probs?|problem|more))|^(?:right|yes|yeah|ok(?:ay)?|sure|err),?\s+(?:but|no)\b/i;

/** Asking for a change outright, whatever the sentence form. */
export const STRONG_REQUEST = /(?:^|[.!?,;:]\s*|\b(?:so|then|maybe|perhaps)\s+)(?:could|can|would) (?:you|we)\b|\b(?:please|I'd (?:suggest|prefer|rather|like)|I (?:would )?suggest|suggestion:|how about|what about|why not|let's|lets|maybe (?:we|you) (?:could|should)|(?:it )?would be (?:good|better|nicer|cleaner|great)|(?:might|would) be (?:more|worth|nice|good)|better to|I would (?:prefer|like)|just (?:call|use|drop|delete|put|mark|do)|should (?:probably )?be (?:its|their) own)\b/i;
/** A question that asks for a change: "Should this be …?", "Shouldn't we …?". */
export const REQUEST_QUESTION = /^(?:\W*)(?:should(?:n't)? (?:this|these|that|the|it|we|you|both|parameters?)|can't we|couldn't we|wouldn't it)\b/i;
/** Softer signs of a request: they ask only when nothing else in the paragraph does. */
export const WEAK_REQUEST = /\b(?:should(?:n't)?|needs? to|must|have to|ought to|consider|instead|worth (?:adding|mentioning|doing|noting)|I'd (?:probably|expect))\b/i;
/** A sentence that starts with a verb in the imperative: "Drop the …", "Either use … or …". */
export const IMPERATIVE = /(?:^|[.!?:]\s+)(?:either\s+|so\s+|then\s+|also\s+|just\s+)?(?:drop|use|move|add|rename|split|remove|make|avoid|keep|pass|check|document|fold|squash|convert|replace|put|call|switch|mention|explain|update|give|return|delete)\s+(?:the|a|an|it|this|that|these|those|them|its|their|your|\w+\(\)|\w+_\w+)\b/i;
export const QUESTION = /\?(?:\s|\)|$)/;
/** A paragraph that opens a new topic: it starts a point even inside another. */
export const NEW_TOPIC = /^(?:and\s+)?(?:also|another|additionally|separately|besides|plus|in addition|one more|I'd (?:probably )?also|I'm (?:also )?wondering|I (?:also )?wonder)\b/i;
/** An answer that ends in a question mark is still an answer. */
export const ANSWER_OPENER = /^(?:because|since)\b/i;
