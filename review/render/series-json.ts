// The versioned JSON shapes of `series list` and `series show` (schema 1).
import type { RevisionView, SeriesView, TrailerRef } from '../../ingest/archive/series-queries.js';
import { isoDate } from './dates.js';
import { revisionName } from '../../core/revision-name.js';

function revisionJson(r: RevisionView, trailers?: Map<string, TrailerRef[]>) {
  return {
    version: r.version,
    label: r.label,
    // What --revision takes: an RFC v1 and a v1 share a version.
    name: revisionName(r),
    coverMessageId: r.coverMessageId,
    date: isoDate(r.date),
    total: r.total,
    ...(r.link ? { linkedFromPrevious: r.link } : {}),
    ...(r.partialOf !== null ? { partialReroll: true } : {}),
    ...(r.dependsOn.length ? { dependsOn: r.dependsOn } : {}),
    patches: r.patches.map((p) => ({
      index: p.index,
      messageId: p.messageId,
      subject: p.subject,
      ...(p.carried ? { carriedFromPreviousRevision: true } : {}),
      ...(trailers ? trailerJson(trailers.get(p.messageId) ?? []) : {}),
    })),
    missing: r.missing,
  };
}

function trailerJson(list: TrailerRef[]) {
  const pick = (t: TrailerRef) => ({ name: t.name, value: t.value, givenIn: t.givenIn });
  return {
    trailers: list.filter((t) => t.status === 'own' || t.status === 'collected').map(pick),
    trailerMismatches: list.filter((t) => t.status === 'mismatch' || t.status === 'bot').map((t) => ({ ...pick(t), reason: t.status })),
  };
}

export function seriesJson(s: SeriesView, trailers?: Map<string, TrailerRef[]>) {
  return {
    id: s.id,
    title: s.title,
    author: { name: s.authorName, email: s.authorEmail },
    revisions: s.revisions.map((r) => revisionJson(r, trailers)),
    ...(s.dependents.length ? { dependents: s.dependents } : {}),
  };
}
