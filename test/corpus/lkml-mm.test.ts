// The five real mm series of ../shared/corpus/lkml-mm: ingest all, then check revisions, lineage and
// collected trailers against the hand-written INDEX tables (series 1 and 4 in full, the summary for all).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../ingest/archive/db.js';
import { ingest, type IngestReport } from '../../ingest/ingest.js';
import { lkmlRoot } from './corpus-paths.js';
import { readIndexTables, type MessageRow, type SeriesTables } from './index-tables.js';

const SLUGS = readdirSync(lkmlRoot).filter((f) => f.endsWith('.mbox')).map((f) => f.replace(/\.mbox$/, '')).sort();

let db: Db;
let report: IngestReport;
const tables = readIndexTables();

beforeAll(async () => {
  db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-corpus-')), 'archive.db'));
  report = await ingest(db, SLUGS.map((s) => join(lkmlRoot, `${s}.mbox`)));
});

interface RevisionRecord {
  id: number;
  series_id: string;
  version: number;
  label: string;
  cover_message_id: string | null;
  total: number;
  posted: number;
}

function revisionByCover(messageId: string): RevisionRecord | undefined {
  return db
    .prepare(`SELECT r.id, r.series_id, r.version, r.label, r.cover_message_id, r.total,
        (SELECT COUNT(*) FROM revision_patches rp WHERE rp.revision_id = r.id AND rp.carried = 0) AS posted
      FROM revisions r WHERE r.cover_message_id = ? OR r.anchor_message_id = ?`)
    .get(messageId, messageId) as RevisionRecord | undefined;
}

/** "v1" → {1, ''}, "rfc" → {1, 'RFC'}, "rfc-v2" → {2, 'RFC'}, "v1-resend" → {1, 'RESEND'}. */
function parseVersionLabel(label: string): { version: number; label: string } {
  const parts = label.split('-');
  const v = parts.find((p) => /^v\d+$/.test(p));
  const labels = parts.filter((p) => !/^v\d+$/.test(p)).map((p) => p.toUpperCase());
  return { version: v ? Number(v.slice(1)) : 1, label: labels.join(' ') };
}

describe('lkml-mm corpus: ingest', () => {
  it('stores all 689 messages without skipping any', () => {
    expect(report.skipped).toEqual([]);
    expect(report.added).toBe(689);
  });

  it('re-ingesting the same files adds nothing', async () => {
    const again = await ingest(db, SLUGS.map((s) => join(lkmlRoot, `${s}.mbox`)));
    expect(again.added).toBe(0);
    expect(again.unchanged).toHaveLength(SLUGS.length);
  });

  it('parses every raw .eml into the same message as its mbox copy (no lost messages)', () => {
    for (const slug of SLUGS) {
      const files = readdirSync(join(lkmlRoot, 'raw', slug)).filter((f) => f.endsWith('.eml'));
      const ids = files.map((f) => /^Message-I[dD]:\s*<([^>]+)>/im.exec(readFileSync(join(lkmlRoot, 'raw', slug, f), 'latin1'))?.[1]);
      const missing = ids.filter((id) => id && !db.prepare('SELECT 1 FROM messages WHERE message_id = ?').get(id));
      expect(missing, slug).toEqual([]);
    }
  });
});

describe('lkml-mm corpus: inline fix-up patches', () => {
  // INDEX: between v2 and v3 Lorenzo posted fix-patches inline as replies (103, 107, 110, 132).
  it.each(['103', '107', '110', '132'])('%s is a reply carrying a proposed fix-up, not a new series patch', (n) => {
    const dir = join(lkmlRoot, 'raw', 'lorenzo-mmap-prepare-expand-2025');
    const file = readdirSync(dir).find((f) => f.startsWith(`${n}-`))!;
    const id = /^Message-I[dD]:\s*<([^>]+)>/im.exec(readFileSync(join(dir, file), 'latin1'))![1];
    const row = db.prepare(`SELECT m.kind, (SELECT COUNT(*) FROM fixups f WHERE f.message_id = m.message_id) AS fixups,
        (SELECT COUNT(*) FROM revision_patches rp WHERE rp.message_id = m.message_id) AS inSeries
      FROM messages m WHERE m.message_id = ?`).get(id);
    expect(row).toEqual({ kind: 'reply', fixups: 1, inSeries: 0 });
  });
});

describe('lkml-mm corpus: revisions of every series (INDEX summary)', () => {
  const summary = readFileSync(join(lkmlRoot, 'INDEX.md'), 'utf8')
    .split('\n')
    .filter((l) => SLUGS.some((s) => l.startsWith(`| ${s} |`)))
    .map((l) => {
      const c = l.split('|').map((x) => x.trim());
      const perVersion = c[6].split(', ').map((v) => {
        const m = /^(\S+): (\d+)\+(\d+)$/.exec(v)!;
        return { name: m[1], postings: Number(m[2]) };
      });
      return { slug: c[1], perVersion };
    });

  for (const row of summary) {
    it(`${row.slug}: ${row.perVersion.map((v) => v.name).join(', ')} are revisions of one series`, () => {
      const revs = db
        .prepare(`SELECT r.series_id, r.version, r.label, r.cover_message_id,
            (SELECT COUNT(*) FROM revision_patches rp WHERE rp.revision_id = r.id AND rp.carried = 0) AS posted
          FROM revisions r JOIN messages m ON m.message_id = r.anchor_message_id WHERE m.source LIKE ?
          ORDER BY r.date`)
        .all(`%${row.slug}.mbox`) as Array<{ series_id: string; version: number; label: string; cover_message_id: string | null; posted: number }>;
      const got = revs.map((r) => ({ ...parseVersionLabelBack(r.version, r.label), postings: r.posted + (r.cover_message_id ? 1 : 0) }));
      expect(got).toEqual(row.perVersion.map((v) => ({ name: v.name, postings: v.postings })));
      expect(new Set(revs.map((r) => r.series_id)).size).toBe(1);
    });
  }
});

function parseVersionLabelBack(version: number, label: string): { name: string } {
  const parts = label ? label.toLowerCase().split(' ') : [];
  if (parts.includes('rfc')) return { name: version === 1 ? 'rfc' : `rfc-v${version}` };
  return { name: [`v${version}`, ...parts].join('-') };
}

function targetPatches(series: SeriesTables, reply: MessageRow): string[] {
  const m = /^reply to (\S+) (cover|(\d+)\/(\d+))$/.exec(reply.kind);
  if (!m) return [];
  const [, version, what, n, total] = m;
  const postings = series.messages.filter((r) => r.kind.startsWith(`${version} patch `));
  if (what === 'cover') return postings.map((p) => p.messageId);
  return postings.filter((p) => p.kind === `${version} patch ${n}/${total}`).map((p) => p.messageId);
}

/** "Reviewed-by: A <a@x>, Tested-by: B <b@y>" → [[name, email]]. */
function givenTrailers(cell: string): Array<{ name: string; email: string }> {
  return [...cell.matchAll(/([A-Z][A-Za-z-]+-by|Fixes|Link|Closes): [^<]*<([^>]+)>/g)].map((m) => ({ name: m[1], email: m[2].toLowerCase() }));
}

const ABBREV: Record<string, string> = { 'R-b': 'Reviewed-by', 'A-b': 'Acked-by', 'T-b': 'Tested-by', 'S-b': 'Suggested-by' };

for (const slug of ['lorenzo-mmap-prepare-expand-2025', 'david-vmf-insert-folio-fixes-2025']) {
  describe(`lkml-mm corpus: ${slug} against its INDEX tables`, () => {
    const series = tables.find((t) => t.slug === slug)!;

    it('has its INDEX tables', () => {
      expect(series.versions.length).toBeGreaterThan(0);
      expect(series.messages.length).toBeGreaterThan(0);
    });

    for (const v of series.versions) {
      it(`${v.version}: cover <${v.messageId}>, ${v.patchesFound}/${v.total} patches`, () => {
        const rev = revisionByCover(v.messageId);
        expect(rev, `no revision for cover ${v.messageId}`).toBeDefined();
        const expected = parseVersionLabel(v.version);
        expect({ version: rev!.version, label: rev!.label, cover: rev!.cover_message_id, total: rev!.total, posted: rev!.posted }).toEqual({
          version: expected.version,
          label: expected.label,
          cover: v.messageId,
          total: v.total,
          posted: v.patchesFound,
        });
      });
    }

    it('links all versions into one series', () => {
      const ids = series.versions.map((v) => revisionByCover(v.messageId)?.series_id);
      expect(new Set(ids).size).toBe(1);
    });

    it('collects every trailer a reply gives onto the patch (or, for a cover, every patch) it answers', () => {
      const problems: string[] = [];
      const stmt = db.prepare('SELECT name, value, status FROM patch_trailers WHERE patch_id = ? AND given_in = ?');
      const later = db.prepare(`SELECT 1 FROM patch_trailers t JOIN messages g ON g.message_id = t.given_in
        JOIN messages r ON r.message_id = ? WHERE t.patch_id = ? AND t.name = ? AND lower(t.value) LIKE ?
        AND t.status = 'collected' AND g.from_email = r.from_email AND g.date > r.date`);
      for (const reply of series.messages.filter((r) => r.kind.startsWith('reply') && r.trailers)) {
        for (const patch of targetPatches(series, reply)) {
          const got = stmt.all(patch, reply.messageId) as Array<{ name: string; value: string; status: string }>;
          for (const t of givenTrailers(reply.trailers)) {
            const hit = got.find((g) => g.name === t.name && g.value.toLowerCase().includes(t.email) && g.status === 'collected');
            // A later reply by the same person may have corrected it (a typo'd name re-sent).
            const corrected = later.all(reply.messageId, patch, t.name, `%${t.email}%`) as unknown[];
            if (!hit && corrected.length === 0) problems.push(`${reply.file}: ${t.name} ${t.email} not collected on <${patch}> (got ${JSON.stringify(got)})`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('reads the trailers each posted patch carries', () => {
      const problems: string[] = [];
      const stmt = db.prepare("SELECT name, value FROM patch_trailers WHERE patch_id = ? AND status = 'own'");
      for (const p of series.messages.filter((r) => r.kind.includes(' patch ') && r.trailers.startsWith('carries:'))) {
        const own = stmt.all(p.messageId) as Array<{ name: string; value: string }>;
        for (const item of p.trailers.replace('carries:', '').split(',').map((s) => s.trim()).filter(Boolean)) {
          const [abbrev, ...who] = item.split(' ');
          const name = ABBREV[abbrev] ?? abbrev;
          const person = who.join(' ').toLowerCase();
          if (!own.some((t) => t.name === name && t.value.toLowerCase().includes(person))) problems.push(`${p.file}: ${name} ${person} missing`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
