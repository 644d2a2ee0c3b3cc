// Derive, phase one: threads, computed and written one batch of reply-graph components at a time. Only what
// series assembly and trailer collection need is kept: postings, non-posting thread roots, trailer givers.
import type { Db } from './archive/db.js';
import { loadMessageFacts, loadThreadInputs, orphanReplyCandidates, scanReplyLinks, type MessageFacts } from './archive/derive-reads.js';
import { writeThreads, type ThreadRow } from './archive/derived-store.js';
import { ComponentFinder } from './thread-components.js';
import { threadMessages, type Thread } from './thread.js';
import type { Posting, RootMessage } from './revisions.js';

/** A message that gives trailers, with its thread ancestors (nearest first) to find what it answers. */
export interface TrailerGiver {
  facts: MessageFacts;
  ancestors: string[];
}

export interface ThreadedArchive {
  threads: number;
  postings: Posting[];
  /** Thread roots that are not postings: candidate naked cover letters. */
  roots: RootMessage[];
  /** Facts of postings and of non-posting thread roots, by message-id. */
  facts: Map<string, MessageFacts>;
  /** Messages other than postings that give trailers. */
  trailerGivers: TrailerGiver[];
}

/** Messages threaded together: large enough to keep SQL round trips few, small enough to stay flat. */
const BATCH_MESSAGES = 2000;

export const isPosting = (m: MessageFacts) => m.kind === 'cover' || m.kind === 'patch' || m.kind === 'pull';

/** Thread ancestry of one batch, walked on demand. */
class Ancestry {
  private readonly parent = new Map<string, string | null>();
  readonly rootOf = new Map<string, string>();
  readonly roots: string[] = [];

  constructor(threads: Thread[]) {
    for (const t of threads) {
      this.roots.push(t.rootId);
      for (const n of t.nodes) {
        this.parent.set(n.messageId, n.parentId);
        this.rootOf.set(n.messageId, t.rootId);
      }
    }
  }

  /** Ancestors of `id`, nearest first. */
  of(id: string): string[] {
    const chain: string[] = [];
    for (let p = this.parent.get(id); p; p = this.parent.get(p)) chain.push(p);
    return chain;
  }
}

function threadRow(t: Thread): ThreadRow {
  const real = t.nodes.filter((n) => !n.ghost);
  return { rootId: t.rootId, firstMessageId: real[0]?.messageId ?? '', messageCount: real.length, firstDate: t.firstDate, lastDate: t.lastDate, nodes: t.nodes };
}

function postingOf(m: MessageFacts, ancestry: Ancestry): Posting {
  return {
    messageId: m.messageId,
    kind: m.kind as Posting['kind'],
    subject: { title: m.title, isReply: m.isReply, isPatchTagged: true, version: m.version, labels: m.labels, tags: m.tags, index: m.index, total: m.total },
    fromName: m.fromName,
    fromEmail: m.fromEmail,
    date: m.date,
    ancestors: ancestry.of(m.messageId),
    threadRoot: ancestry.rootOf.get(m.messageId) ?? m.messageId,
  };
}

/** The reply graph's components, batched; a reference-less `Re:` goes with the roots it may join. */
function componentBatches(db: Db, batchMessages: number): Int32Array[] {
  const finder = new ComponentFinder();
  scanReplyLinks(db, (m) => finder.addMessage(m));
  for (const [orphan, root] of orphanReplyCandidates(db)) finder.join(orphan, root);
  return finder.batches(batchMessages);
}

function keepFacts(out: ThreadedArchive, ancestry: Ancestry, facts: MessageFacts[]): void {
  const roots = new Set(ancestry.roots);
  for (const f of facts) {
    if (isPosting(f)) {
      out.postings.push(postingOf(f, ancestry));
      out.facts.set(f.messageId, f);
      continue;
    }
    if (roots.has(f.messageId)) {
      out.roots.push({ messageId: f.messageId, fromEmail: f.fromEmail, title: f.title, hasDiff: f.hasDiff });
      out.facts.set(f.messageId, f);
    }
    if (f.givesTrailers) out.trailerGivers.push({ facts: f, ancestors: ancestry.of(f.messageId) });
  }
}

/** Rewrites every thread; the caller has cleared the derived tables and holds the transaction. */
export function deriveThreads(db: Db, batchMessages = BATCH_MESSAGES): ThreadedArchive {
  const out: ThreadedArchive = { threads: 0, postings: [], roots: [], facts: new Map(), trailerGivers: [] };
  for (const rowids of componentBatches(db, batchMessages)) {
    const threads = threadMessages(loadThreadInputs(db, rowids));
    writeThreads(db, threads.map(threadRow), out.threads + 1);
    out.threads += threads.length;
    const ancestry = new Ancestry(threads);
    keepFacts(out, ancestry, loadMessageFacts(db, rowids, ancestry.roots));
  }
  return out;
}
