// Only the replies that can have raised a finding: those under a posting that has findings. Summarising a
// 55-message revision to mark findings on three of its patches reads every reply; the rest of the thread
// cannot change which finding was raised, so it is left out before the summary runs.
import type { SummaryInput } from '../ingest/archive/review-queries.js';

/** The message's posting: itself when it is one, else its nearest ancestor that is. */
function postingOf(id: string, parent: Map<string, string | null>, postings: Set<string>): string | undefined {
  for (let at: string | null | undefined = id, hops = 0; at && hops < 1000; at = parent.get(at), hops++) {
    if (postings.has(at)) return at;
  }
  return undefined;
}

export function narrowToPostings(input: SummaryInput, wanted: ReadonlySet<string>): SummaryInput {
  const postings = new Set(input.revisions.flatMap((r) => [...(r.coverMessageId ? [r.coverMessageId] : []), ...r.patches.map((p) => p.messageId)]));
  const parent = new Map(input.messages.map((m) => [m.messageId, m.parentId]));
  const messages = input.messages.filter((m) => {
    const posting = postingOf(m.messageId, parent, postings);
    // Postings themselves stay (the thread context needs them); so does anything placed under no posting.
    return posting === undefined || posting === m.messageId || wanted.has(posting);
  });
  return { ...input, messages };
}
