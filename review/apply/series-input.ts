// The patches of one revision of a series, read from the archive in n/N order: the revision a message-id
// belongs to, or the latest (or the one --revision names) when a series id is given. Diffs are parsed from
// what the archive stored; the base-commit comes from the cover letter or any patch.
import { findRevision, revisionName } from '../../core/revision-name.js';
import { getPatch } from '../../ingest/archive/message-queries.js';
import { findSeriesId, listSeries, type RevisionView, type SeriesView } from '../../ingest/archive/series-queries.js';
import type { Db } from '../../ingest/archive/db.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { normaliseMessageId } from '../../ingest/parse/msgid.js';
import type { SeriesPatch } from './apply-types.js';

export interface SeriesInput {
  series: SeriesView;
  revision: RevisionView;
  patches: SeriesPatch[];
  /** n of n/N that the archive does not hold. */
  missing: number[];
}

export class SeriesInputError extends Error {
  readonly code = 'APPLY_UNKNOWN_SERIES';
}

export function seriesInput(db: Db, idOrMessageId: string, revision?: string): SeriesInput {
  const messageId = normaliseMessageId(idOrMessageId);
  const id = findSeriesId(db, idOrMessageId) ?? findSeriesId(db, messageId);
  if (!id) throw new SeriesInputError(`${idOrMessageId}: no series with that id, and no message of a series with that message-id`);
  const [series] = listSeries(db, [id]);
  const chosen = pickRevision(series, messageId, revision, idOrMessageId);
  return { series, revision: chosen, patches: revisionPatches(db, chosen), missing: chosen.missing };
}

/** Every series in the archive, for an input that must hold exactly one. */
export function onlySeries(db: Db, source: string, revision?: string): SeriesInput {
  const all = listSeries(db);
  if (all.length !== 1) {
    const list = all.map((s) => `  ${s.id}  ${s.title}`).join('\n');
    throw new SeriesInputError(`${source}: expected one patch series, found ${all.length}${all.length ? `:\n${list}\ningest it with "mlreview ingest" and name the series` : ''}`);
  }
  const chosen = pickRevision(all[0], undefined, revision, source);
  return { series: all[0], revision: chosen, patches: revisionPatches(db, chosen), missing: chosen.missing };
}

function pickRevision(s: SeriesView, messageId: string | undefined, name: string | undefined, input: string): RevisionView {
  if (name !== undefined) {
    const r = s.revisions[findRevision(s.revisions, name)];
    if (!r) throw new SeriesInputError(`${input}: series "${s.title}" has no revision "${name}" (it has ${s.revisions.map(revisionName).join(', ')})`);
    return r;
  }
  const holding = messageId && s.revisions.find((r) => r.coverMessageId === messageId || r.patches.some((p) => p.messageId === messageId));
  const chosen = holding || s.revisions[s.revisions.length - 1];
  if (!chosen) throw new SeriesInputError(`${input}: series "${s.title}" has no revision with patches`);
  return chosen;
}

function revisionPatches(db: Db, r: RevisionView): SeriesPatch[] {
  const byIndex = new Map<number, RevisionView['patches'][number]>();
  for (const p of r.patches) if (p.index > 0 && !byIndex.has(p.index)) byIndex.set(p.index, p);
  const cover = r.coverMessageId ? getPatch(db, r.coverMessageId) : undefined;
  const ordered = [...byIndex.values()].sort((a, b) => a.index - b.index);
  return ordered.map((p) => {
    const stored = getPatch(db, p.messageId);
    const baseCommit = stored?.baseCommit ?? cover?.baseCommit ?? undefined;
    return {
      index: p.index, total: Math.max(r.total, p.index), subject: p.subject.replace(/^(\s*\[[^\]]*\])+\s*/, ''), messageId: p.messageId,
      files: stored ? parseDiff(stored.diff) : [], ...(baseCommit ? { baseCommit } : {}),
    };
  });
}
