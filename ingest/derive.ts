// Rebuilds threads, series (revisions and their lineage) and collected trailers from stored messages.
// Everything here is recomputed from the message tables, so an interrupted ingest can always be finished.
// Threads are derived a component batch at a time (derive-threads.ts); series and trailers then work from
// postings only, reading files and trailers per message, so memory follows the postings, not the mail.
import { nodeCrypto } from '../core/node-on-demand.js';
import type { Db } from './archive/db.js';
import { ownTrailersReader, patchFilesReader, type MessageFacts } from './archive/derive-reads.js';
import {
  clearDerived,
  markDerivedFresh,
  writeSeries,
  writeTrailers,
  type RevisionRow,
  type SeriesRow,
} from './archive/derived-store.js';
import { deriveThreads, type ThreadedArchive, type TrailerGiver } from './derive-threads.js';
import { assembleRevisions, missingIndices, type Revision } from './revisions.js';
import { groupSeries, linkRevisions, type LineageLink, type RevisionFacts } from './lineage.js';
import { collectTrailers, type ReplyFacts } from './collect-trailers.js';

export interface DeriveSummary {
  threads: number;
  series: number;
  revisions: number;
}

function revisionFacts(r: Revision, archive: ThreadedArchive, answers: (id: string) => string[], filesOf: (id: string) => string[]): RevisionFacts {
  const members = [...r.members];
  const patchIds = [...r.patches.values()].flat();
  const of = (id: string) => archive.facts.get(id);
  return {
    key: r.anchor,
    version: r.version,
    rfc: r.labels.includes('RFC'),
    date: r.date,
    fromEmail: r.fromEmail,
    title: r.coverId ? r.title : r.total === 1 ? r.title : '',
    changeIds: [...new Set(members.map((id) => of(id)?.changeId).filter((x): x is string => !!x))],
    members,
    answers: answers(r.anchor),
    // A message named on a Depends-on: line is another series to apply first, never an earlier version.
    links: [...new Set(members.flatMap((id) => (of(id)?.links ?? []).filter((l) => !of(id)?.dependsOn.includes(l))))],
    patchTitles: patchIds.map((id) => of(id)?.title ?? ''),
    files: [...new Set(patchIds.flatMap(filesOf))],
  };
}

function seriesId(anchor: string): string {
  return nodeCrypto().createHash('sha1').update(anchor).digest('hex').slice(0, 12);
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

/** Revisions linked into series and written; returns how many series there are. */
function deriveSeries(db: Db, revisions: Revision[], archive: ThreadedArchive): number {
  const ancestors = new Map(archive.postings.map((p) => [p.messageId, p.ancestors]));
  const filesOf = patchFilesReader(db);
  const revFacts = revisions.map((r) => revisionFacts(r, archive, (id) => ancestors.get(id) ?? [], filesOf));
  const links = linkRevisions(revFacts);
  const series = seriesRows(revisions, groupSeries(revFacts, links), links);
  resolveDependencies(series, revisions, archive.facts);
  writeSeries(db, series);
  return series.length;
}

/** Trailer givers grouped by the posting (or revision cover) each one answers: its nearest such ancestor. */
function repliesByPosting(givers: TrailerGiver[], revisions: Revision[], archive: ThreadedArchive): Map<string, TrailerGiver[]> {
  const postingIds = new Set(archive.postings.map((p) => p.messageId));
  for (const r of revisions) if (r.coverId) postingIds.add(r.coverId);
  const out = new Map<string, TrailerGiver[]>();
  for (const g of givers) {
    const answers = g.ancestors.find((a) => postingIds.has(a));
    if (answers) out.set(answers, [...(out.get(answers) ?? []), g]);
  }
  return out;
}

/** Collected trailers, written a revision at a time: a reply's trailers only ever reach one revision's patches. */
function deriveTrailers(db: Db, revisions: Revision[], archive: ThreadedArchive): void {
  const trailersOf = ownTrailersReader(db);
  const replies = repliesByPosting(archive.trailerGivers, revisions, archive);
  for (const r of revisions) {
    const patchIds = [...r.patches.values()].flat();
    const answered = [r.coverId, r.partialOf?.coverId, ...patchIds].filter((id): id is string => !!id);
    // Replies in order of arrival; collectTrailers then orders them by date (ties keep this order).
    const given: ReplyFacts[] = answered
      .flatMap((id) => (replies.get(id) ?? []).map((g) => ({ f: g.facts, answers: id })))
      .sort((a, b) => a.f.rowid - b.f.rowid)
      .map(({ f, answers }) => ({ messageId: f.messageId, fromName: f.fromName, fromEmail: f.fromEmail, date: f.date, trailers: trailersOf(f.messageId), answers }));
    const own = new Map(patchIds.filter((id) => ['patch', 'pull'].includes(archive.facts.get(id)?.kind ?? '')).map((id) => [id, trailersOf(id)]));
    writeTrailers(db, collectTrailers(own, given, [{ coverId: r.coverId, patchIds, inheritedCoverId: r.partialOf?.coverId }]));
  }
}

/**
 * Rebuilds threads, series and collected trailers in one transaction: readers see all of it or none.
 * `batchMessages` bounds how many messages are threaded at once (tests set it small).
 */
export function derive(db: Db, options: { batchMessages?: number } = {}): DeriveSummary {
  return db.transaction(() => {
    clearDerived(db);
    const archive = deriveThreads(db, options.batchMessages);
    const revisions = assembleRevisions(archive.postings, archive.roots);
    const series = deriveSeries(db, revisions, archive);
    deriveTrailers(db, revisions, archive);
    markDerivedFresh(db);
    return { threads: archive.threads, series, revisions: revisions.length };
  })();
}
