// A bug report is closed for good when its reporter later gives a Tested-by on the same patch (by title)
// in a later revision: the thread where it was reported only holds the author's promise to fix it.
import type { ReviewPoint } from '../../core/review-point.js';
import { normaliseTitle, parseSubject } from '../../ingest/parse/subject.js';
import type { Segment } from './segment-reply.js';
import type { ThreadContext } from './thread-context.js';

function patchTitle(ctx: ThreadContext, messageId: string): string | null {
  const posting = ctx.postingOf(messageId);
  const m = posting && ctx.byId.get(posting.messageId);
  return m ? normaliseTitle(parseSubject(m.subject).title) : null;
}

export function confirmAcrossRevisions(points: ReviewPoint[], segments: Segment[], ctx: ThreadContext): void {
  const tested = segments.filter((s) => s.kind === 'trailer' && /\bTested-by:/i.test(s.text));
  for (const p of points) {
    if (p.kind !== 'bug-report') continue;
    const revision = ctx.postingOf(p.messageId)?.revision ?? -1;
    const title = patchTitle(ctx, p.messageId);
    const confirm = tested.find((t) => t.by.email === p.by.email && (ctx.postingOf(t.messageId)?.revision ?? -1) > revision && patchTitle(ctx, t.messageId) === title);
    if (!confirm) continue;
    p.confirmedBy = confirm.messageId;
    if (p.status === 'open') Object.assign(p, { status: 'resolved', decidedBy: confirm.messageId });
  }
}
