// Read side of series: revisions with their patches, missing numbers, lineage links and trailers.
import type { Db } from './db.js';

export interface PatchRef {
  index: number;
  messageId: string;
  subject: string;
  carried: boolean;
}

export interface TrailerRef {
  name: string;
  value: string;
  givenIn: string;
  status: 'own' | 'collected' | 'mismatch' | 'bot';
}

export interface RevisionView {
  id: number;
  version: number;
  label: string;
  coverMessageId: string | null;
  anchorMessageId: string;
  title: string;
  date: number | null;
  total: number;
  missing: number[];
  partialOf: number | null;
  link: { confidence: string; reason: string } | null;
  /** Series this revision says it depends on (Depends-on:), in the order given. */
  dependsOn: string[];
  patches: PatchRef[];
}

export interface SeriesView {
  id: string;
  title: string;
  authorName: string;
  authorEmail: string;
  firstDate: number | null;
  revisions: RevisionView[];
  /** Series whose revisions depend on this one. */
  dependents: string[];
}

interface RevisionRow {
  id: number;
  series_id: string;
  version: number;
  label: string;
  cover_message_id: string | null;
  anchor_message_id: string;
  title: string;
  date: number | null;
  total: number;
  missing_json: string;
  partial_of: number | null;
  link_confidence: string | null;
  link_reason: string | null;
  depends_on_json: string;
}

function revisionsOf(db: Db, seriesIds: string[] | undefined): Map<string, RevisionView[]> {
  const rows = db
    .prepare(`SELECT * FROM revisions ${seriesIds ? `WHERE series_id IN (${seriesIds.map(() => '?').join(',')})` : ''}
      ORDER BY series_id, position`)
    .all(...(seriesIds ?? [])) as RevisionRow[];
  const patches = db
    .prepare(`SELECT rp.revision_id AS revisionId, rp.idx AS "index", rp.message_id AS messageId, rp.carried, m.subject
      FROM revision_patches rp JOIN messages m ON m.message_id = rp.message_id ORDER BY rp.revision_id, rp.idx, m.date`)
    .all() as Array<Omit<PatchRef, 'carried'> & { revisionId: number; carried: number }>;
  const byRevision = new Map<number, PatchRef[]>();
  for (const p of patches) {
    const list = byRevision.get(p.revisionId) ?? [];
    list.push({ index: p.index, messageId: p.messageId, subject: p.subject, carried: p.carried === 1 });
    byRevision.set(p.revisionId, list);
  }
  const out = new Map<string, RevisionView[]>();
  for (const r of rows) {
    const list = out.get(r.series_id) ?? [];
    list.push({
      id: r.id,
      version: r.version,
      label: r.label,
      coverMessageId: r.cover_message_id,
      anchorMessageId: r.anchor_message_id,
      title: r.title,
      date: r.date,
      total: r.total,
      missing: JSON.parse(r.missing_json),
      partialOf: r.partial_of,
      link: r.link_confidence ? { confidence: r.link_confidence, reason: r.link_reason ?? '' } : null,
      dependsOn: JSON.parse(r.depends_on_json),
      patches: byRevision.get(r.id) ?? [],
    });
    out.set(r.series_id, list);
  }
  return out;
}

export function listSeries(db: Db, ids?: string[]): SeriesView[] {
  const series = db
    .prepare(`SELECT id, title, author_name AS authorName, author_email AS authorEmail, first_date AS firstDate FROM series
      ${ids ? `WHERE id IN (${ids.map(() => '?').join(',')})` : ''} ORDER BY first_date, id`)
    .all(...(ids ?? [])) as Omit<SeriesView, 'revisions' | 'dependents'>[];
  const revisions = revisionsOf(db, ids);
  const dependents = new Map<string, string[]>();
  const all = db.prepare("SELECT DISTINCT r.series_id AS id, j.value AS target FROM revisions r, json_each(r.depends_on_json) j").all() as Array<{ id: string; target: string }>;
  for (const d of all) dependents.set(d.target, [...(dependents.get(d.target) ?? []), d.id]);
  return series.map((s) => ({ ...s, revisions: revisions.get(s.id) ?? [], dependents: dependents.get(s.id) ?? [] }));
}

/** A series by its id (or a unique prefix of it), or by the message-id of any message in one of its threads. */
export function findSeriesId(db: Db, idOrMessageId: string): string | undefined {
  const direct = db.prepare('SELECT id FROM series WHERE id LIKE ? ORDER BY id LIMIT 2').all(`${idOrMessageId}%`) as Array<{ id: string }>;
  if (direct.length === 1) return direct[0].id;
  const member = db
    .prepare(`SELECT r.series_id AS id FROM revision_patches rp JOIN revisions r ON r.id = rp.revision_id WHERE rp.message_id = ?
      UNION SELECT series_id FROM revisions WHERE cover_message_id = ? OR anchor_message_id = ? LIMIT 1`)
    .get(idOrMessageId, idOrMessageId, idOrMessageId) as { id: string } | undefined;
  if (member) return member.id;
  // A reply: walk up its thread to the nearest posting.
  const ancestors = db
    .prepare(`WITH RECURSIVE up(id) AS (SELECT parent_id FROM thread_nodes WHERE message_id = ?
        UNION ALL SELECT n.parent_id FROM thread_nodes n JOIN up ON n.message_id = up.id WHERE n.parent_id IS NOT NULL)
      SELECT id FROM up`)
    .all(idOrMessageId) as Array<{ id: string }>;
  for (const a of ancestors) {
    const hit = findSeriesId(db, a.id);
    if (hit) return hit;
  }
  return undefined;
}

/** Trailers per patch message: own first, then collected in the order they were given. */
export function trailersOf(db: Db, patchIds: string[]): Map<string, TrailerRef[]> {
  const out = new Map<string, TrailerRef[]>();
  const stmt = db.prepare('SELECT name, value, given_in AS givenIn, status FROM patch_trailers WHERE patch_id = ? ORDER BY position');
  for (const id of patchIds) out.set(id, stmt.all(id) as TrailerRef[]);
  return out;
}
