// Rebuilds threads, series (revisions and their lineage) and collected trailers from stored messages.
// Everything here is recomputed from the message tables, so an interrupted ingest can always be finished.
import { createHash } from 'node:crypto';
import type { Db } from './archive/db.js';
import type { Trailer } from '../core/patch.js';
import {
  clearDerived,
  loadMessageFacts,
  loadMessageTrailers,
  loadPatchFiles,
  loadThreadInputs,
  markDerivedFresh,
  writeSeries,
  writeThreads,
  writeTrailers,
  type MessageFacts,
  type RevisionRow,
  type SeriesRow,
  type ThreadRow,
} from './archive/derived-store.js';
import { threadMessages, type Thread } from './thread.js';
import { assembleRevisions, missingIndices, type Posting, type Revision, type RootMessage } from './revisions.js';
import { groupSeries, linkRevisions, type LineageLink, type RevisionFacts } from './lineage.js';
import { collectTrailers, type ReplyFacts, type RevisionTargets } from './collect-trailers.js';

export interface DeriveSummary {
  threads: number;
  series: number;
  revisions: number;
}

const isPosting = (m: MessageFacts) => m.kind === 'cover' || m.kind === 'patch' || m.kind === 'pull';

/** Thread ancestry, walked on demand: only postings and trailer-giving replies ever ask. */
class Ancestry {
  private readonly parent = new Map<string, string | null>();
  readonly rootOf = new Map<string, string>();
  readonly roots = new Set<string>();

  constructor(threads: Thread[]) {
    for (const t of threads) {
      this.roots.add(t.rootId);
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

function threadRows(threads: Thread[]): ThreadRow[] {
  return threads.map((t) => {
    const real = t.nodes.filter((n) => !n.ghost);
    return {
      rootId: t.rootId,
      firstMessageId: real[0]?.messageId ?? '',
      messageCount: real.length,
      firstDate: t.firstDate,
      lastDate: t.lastDate,
      nodes: t.nodes,
    };
  });
}

function revisionFacts(r: Revision, facts: Map<string, MessageFacts>, files: Map<string, string[]>, ancestry: Ancestry): RevisionFacts {
  const members = [...r.members];
  const patchIds = [...r.patches.values()].flat();
  const of = (id: string) => facts.get(id);
  return {
    key: r.anchor,
    version: r.version,
    rfc: r.labels.includes('RFC'),
    date: r.date,
    fromEmail: r.fromEmail,
    title: r.coverId ? r.title : r.total === 1 ? r.title : '',
    changeIds: [...new Set(members.map((id) => of(id)?.changeId).filter((x): x is string => !!x))],
    members,
    answers: ancestry.of(r.anchor),
    // A message named on a Depends-on: line is another series to apply first, never an earlier version.
    links: [...new Set(members.flatMap((id) => (of(id)?.links ?? []).filter((l) => !of(id)?.dependsOn.includes(l))))],
    patchTitles: patchIds.map((id) => of(id)?.title ?? ''),
    files: [...new Set(patchIds.flatMap((id) => files.get(id) ?? []))],
  };
}

function seriesId(anchor: string): string {
  return createHash('sha1').update(anchor).digest('hex').slice(0, 12);
}

function revisionRow(r: Revision, seriesKey: string, position: number, link: LineageLink | undefined): RevisionRow {
  const patches = [
    ...[...r.patches].flatMap(([index, ids]) => ids.map((messageId) => ({ index, messageId, carried: false }))),
    ...[...r.carried].map(([index, messageId]) => ({ index, messageId, carried: true })),
  ].sort((a, b) => a.index - b.index);
  return {
    seriesId: seriesKey,
    position,
    version: r.version,
    label: r.labels.join(' '),
    coverId: r.coverId ?? null,
    anchorId: r.anchor,
    title: r.title,
    fromName: r.fromName,
    fromEmail: r.fromEmail,
    date: r.date,
    total: r.total,
    missing: missingIndices(r),
    partialOf: r.partialOf?.anchor ?? null,
    linkConfidence: link?.confidence ?? null,
    linkReason: link?.reason ?? null,
    dependsOn: [],
    patches,
  };
}

function seriesRows(revisions: Revision[], groups: string[][], links: LineageLink[]): SeriesRow[] {
  const byAnchor = new Map(revisions.map((r) => [r.anchor, r]));
  const linkTo = new Map(links.map((l) => [l.to, l]));
  return groups.map((keys) => {
    const revs = keys.map((k) => byAnchor.get(k)!);
    const id = seriesId(revs[0].anchor);
    const latest = revs[revs.length - 1];
    return {
      id,
      title: latest.title,
      fromName: revs[0].fromName,
      fromEmail: revs[0].fromEmail,
      firstDate: revs[0].date,
      revisions: revs.map((r, i) => revisionRow(r, id, i + 1, linkTo.get(r.anchor))),
    };
  });
}

/** patchwork's Depends-on: a revision names messages of other series; each becomes that series' id. */
function resolveDependencies(series: SeriesRow[], revisions: Revision[], facts: Map<string, MessageFacts>): void {
  const seriesOfMessage = new Map<string, string>();
  const rows = new Map<string, RevisionRow>();
  for (const s of series) for (const r of s.revisions) rows.set(r.anchorId, r);
  for (const r of revisions) {
    const row = rows.get(r.anchor)!;
    for (const m of r.members) seriesOfMessage.set(m, row.seriesId);
  }
  for (const r of revisions) {
    const row = rows.get(r.anchor)!;
    const named = [...r.members].flatMap((m) => facts.get(m)?.dependsOn ?? []);
    for (const id of named) {
      const target = seriesOfMessage.get(id);
      if (target && target !== row.seriesId && !row.dependsOn.includes(target)) row.dependsOn.push(target);
    }
  }
}

function replyFacts(all: MessageFacts[], trailers: Map<string, Trailer[]>, ancestry: Ancestry, postingIds: Set<string>): ReplyFacts[] {
  const out: ReplyFacts[] = [];
  for (const m of all) {
    if (isPosting(m)) continue;
    const given = trailers.get(m.messageId);
    if (!given?.length) continue;
    const answers = ancestry.of(m.messageId).find((a) => postingIds.has(a));
    if (answers) out.push({ messageId: m.messageId, fromName: m.fromName, fromEmail: m.fromEmail, date: m.date, trailers: given, answers });
  }
  return out;
}

/** Threads first, written at once: only the ancestry (a parent per message) is kept for what follows. */
function deriveThreads(db: Db): { ancestry: Ancestry; count: number } {
  const threads = threadMessages(loadThreadInputs(db));
  writeThreads(db, threadRows(threads));
  return { ancestry: new Ancestry(threads), count: threads.length };
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

/** Rebuilds threads, series and collected trailers in one transaction: readers see all of it or none. */
export function derive(db: Db): DeriveSummary {
  return db.transaction(() => {
    clearDerived(db);
    const { ancestry, count } = deriveThreads(db);
    const all = loadMessageFacts(db);
    const facts = new Map(all.map((m) => [m.messageId, m]));
    const postings = all.filter(isPosting).map((m) => postingOf(m, ancestry));
    const roots: RootMessage[] = [...ancestry.roots].flatMap((id) => {
      const f = facts.get(id);
      return f && !isPosting(f) ? [{ messageId: f.messageId, fromEmail: f.fromEmail, title: f.title, hasDiff: f.hasDiff }] : [];
    });
    const revisions = assembleRevisions(postings, roots);
    const files = loadPatchFiles(db);
    const revFacts = revisions.map((r) => revisionFacts(r, facts, files, ancestry));
    const links = linkRevisions(revFacts);
    const series = seriesRows(revisions, groupSeries(revFacts, links), links);
    resolveDependencies(series, revisions, facts);
    writeSeries(db, series);
    const own = loadMessageTrailers(db);
    const postingIds = new Set(postings.map((p) => p.messageId));
    for (const r of revisions) if (r.coverId) postingIds.add(r.coverId);
    const ownTrailers = new Map([...own].filter(([id]) => facts.get(id)?.kind === 'patch' || facts.get(id)?.kind === 'pull'));
    const targets: RevisionTargets[] = revisions.map((r) => ({
      coverId: r.coverId,
      patchIds: [...r.patches.values()].flat(),
      inheritedCoverId: r.partialOf?.coverId,
    }));
    writeTrailers(db, collectTrailers(ownTrailers, replyFacts(all, own, ancestry, postingIds), targets));
    markDerivedFresh(db);
    return { threads: count, series: series.length, revisions: revisions.length };
  })();
}
