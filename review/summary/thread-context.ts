// What every stage of a summary looks up: messages by id, their ancestry, the posting (cover or patch) each
// reply answers, which revision that posting belongs to, and the posting's diff, indexed once.
import type { Person } from '../../core/review-point.js';
import type { ReviewMessage, SummaryInput } from '../../ingest/archive/review-queries.js';
import { indexDiff, type DiffLineIndex } from './diff-line-index.js';

export interface PostingRef {
  messageId: string;
  /** Position in SummaryInput.revisions (0 for a thread summarised on its own). */
  revision: number;
  /** 0 for a cover letter. */
  patchIndex: number;
  author: Person;
}

export interface ThreadContext {
  input: SummaryInput;
  byId: Map<string, ReviewMessage>;
  postings: Map<string, PostingRef>;
  /** The series author: the person whose change is under review. */
  author: Person;
  parentOf(messageId: string): ReviewMessage | undefined;
  /** Ancestors of a message, parent first. */
  ancestors(messageId: string): ReviewMessage[];
  /** The posting a message answers: itself when it is one, else its nearest posting ancestor. */
  postingOf(messageId: string): PostingRef | undefined;
  diffIndex(postingId: string): DiffLineIndex | undefined;
}

export const personOf = (m: ReviewMessage): Person => ({ name: m.fromName || m.fromEmail, email: m.fromEmail.toLowerCase() });

function postingsOf(input: SummaryInput, byId: Map<string, ReviewMessage>): Map<string, PostingRef> {
  const out = new Map<string, PostingRef>();
  const add = (messageId: string, revision: number, patchIndex: number) => {
    const m = byId.get(messageId);
    if (m && !out.has(messageId)) out.set(messageId, { messageId, revision, patchIndex, author: personOf(m) });
  };
  input.revisions.forEach((r, i) => {
    if (r.coverMessageId) add(r.coverMessageId, i, 0);
    for (const p of r.patches) if (!p.carried) add(p.messageId, i, p.index);
  });
  if (input.revisions.length === 0) {
    // A thread that is no series: its root stands for the posting everything answers.
    const root = input.messages.find((m) => !m.ghost && m.parentId === null) ?? input.messages.find((m) => !m.ghost);
    if (root) add(root.messageId, 0, 0);
  }
  return out;
}

export function buildThreadContext(input: SummaryInput): ThreadContext {
  const byId = new Map(input.messages.map((m) => [m.messageId, m]));
  const postings = postingsOf(input, byId);
  const postingCache = new Map<string, PostingRef | undefined>();
  const diffCache = new Map<string, DiffLineIndex | undefined>();
  const firstPosting = [...postings.values()][0];
  const author: Person = input.series
    ? { name: input.series.authorName, email: input.series.authorEmail.toLowerCase() }
    : firstPosting?.author ?? { name: '', email: '' };
  const parentOf = (id: string) => {
    const parent = byId.get(id)?.parentId;
    return parent ? byId.get(parent) : undefined;
  };
  const ancestors = (id: string) => {
    const out: ReviewMessage[] = [];
    for (let p = parentOf(id); p && out.length < 200; p = parentOf(p.messageId)) out.push(p);
    return out;
  };
  const postingOf = (id: string): PostingRef | undefined => {
    if (postingCache.has(id)) return postingCache.get(id);
    const own = postings.get(id);
    const parent = byId.get(id)?.parentId;
    const found = own ?? (parent ? postingOf(parent) : undefined);
    postingCache.set(id, found);
    return found;
  };
  const diffIndex = (postingId: string) => {
    if (!diffCache.has(postingId)) {
      const diff = input.diffs.get(postingId);
      diffCache.set(postingId, diff ? indexDiff(diff) : undefined);
    }
    return diffCache.get(postingId);
  };
  return { input, byId, postings, author, parentOf, ancestors, postingOf, diffIndex };
}
