// Our pairing side by side with `git range-diff` on the corpus series. No tree we have takes these series
// (they were posted against mm-unstable/mm-new of 2025; the Debian 6.12 source is far older), so each
// revision is committed on a synthetic base built from its own hunks (bench/git-range-diff.js): git then
// sees exactly the posted diffs. With the subject weight at 0 we must pair exactly as git; with the default
// weight every pairing that differs must be one the INDEX confirms (a patch rewritten under its title).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with the benchmark
import { runRangeDiff, scratchRepo, synthesizeRevisions } from '../../bench/git-range-diff.js';
import { openDb } from '../../ingest/archive/db.js';
import { loadSeriesRevisions } from '../../ingest/archive/revision-queries.js';
import { ingest } from '../../ingest/ingest.js';
import { comparePatches, preparePatch } from '../../review/revisions/compare-patches.js';
import type { SeriesRevisions } from '../../review/revisions/revision-input.js';
import { seriesRevisions } from '../../review/revisions/series-revisions.js';
import { lkmlRoot, repoRoot } from './corpus-paths.js';
import { SERIES_1, SERIES_4, type SeriesExpectations, type Step } from './revisions-expected.js';

interface Row {
  slug: string;
  step: Step;
  patches: string;
  git: string[];
  ours: string[];
  oursUnweighted: string[];
  index: string[];
  gitMs: number;
  oursMs: number;
}

const rows: Row[] = [];
const byIndex = (pairs: Array<{ from: number | null; to: number | null }>, s: SeriesRevisions, i: number) =>
  pairs.map((p) => `${p.from === null ? '-' : s.revisions[i].patches[p.from].index}:${p.to === null ? '-' : s.revisions[i + 1].patches[p.to].index}`).sort();

function compare(s: SeriesRevisions, want: SeriesExpectations): void {
  const repo = scratchRepo();
  synthesizeRevisions(repo, s.revisions.map((r) => ({ name: `v${r.version}`, patches: r.patches.map((p) => ({ title: p.title, message: p.commitMessage, files: p.files })) })));
  for (let i = 0; i + 1 < s.revisions.length; i++) {
    const [a, b] = [s.revisions[i], s.revisions[i + 1]];
    const git = runRangeDiff(repo, `v${a.version}`, `v${b.version}`) as { pairs: Array<{ from: number | null; to: number | null }>; ms: number };
    const t0 = performance.now();
    const ours = comparePatches(a.patches.map(preparePatch), b.patches.map(preparePatch));
    const oursMs = performance.now() - t0;
    const unweighted = comparePatches(a.patches.map(preparePatch), b.patches.map(preparePatch), { subjectWeight: 0 });
    const key = (p: { from: { index: number } | null; to: { index: number } | null }) => `${p.from?.index ?? '-'}:${p.to?.index ?? '-'}`;
    const step = `v${a.version}→v${b.version}` as Step;
    rows.push({ slug: want.slug, step, patches: `${a.patches.length}→${b.patches.length}`, git: byIndex(git.pairs, s, i), ours: ours.map(key).sort(), oursUnweighted: unweighted.map(key).sort(), index: [...(want.pairing[step] ?? [])].sort(), gitMs: git.ms, oursMs });
  }
}

function writeTable(): string {
  const agree = (x: string[], y: string[]) => `${x.filter((k) => y.includes(k)).length}/${y.length}`;
  const lines = ['| series | step | patches | ours = git | ours (no subject weight) = git | git = INDEX | ours = INDEX | git range-diff ms | ours ms |', '|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.slug} | ${r.step} | ${r.patches} | ${agree(r.ours, r.git)} | ${agree(r.oursUnweighted, r.git)} | ${agree(r.git, r.index)} | ${agree(r.ours, r.index)} | ${r.gitMs.toFixed(0)} | ${r.oursMs.toFixed(0)} |`);
  const table = lines.join('\n');
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(join(repoRoot, 'test-results', 'revisions-git.md'), `# Pairing: ours and git range-diff on synthetic bases\n\n${table}\n`);
  return table;
}

beforeAll(async () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'mlreview-revisions-git-')), 'archive.db'));
  await ingest(db, [SERIES_1, SERIES_4].map((e) => join(lkmlRoot, `${e.slug}.mbox`)));
  for (const want of [SERIES_1, SERIES_4]) {
    const id = (db.prepare('SELECT DISTINCT r.series_id AS id FROM revisions r JOIN messages m ON m.message_id = r.anchor_message_id WHERE m.source LIKE ?').get(`%${want.slug}.mbox`) as { id: string }).id;
    compare(seriesRevisions(loadSeriesRevisions(db, id)!), want);
  }
  db.close();
  console.log(`Pairing against git range-diff (synthetic bases; times are wall clock, ours in-process):\n${writeTable()}`);
});

describe('pairing against git range-diff on the corpus series', () => {
  it('is git\'s own pairing when subjects carry no weight', () => {
    expect(rows.filter((r) => r.oursUnweighted.join() !== r.git.join()).map((r) => `${r.slug} ${r.step}`)).toEqual([]);
  });

  it('differs from git only where the INDEX maps the patches as we do', () => {
    const unconfirmed = rows.flatMap((r) => r.ours.filter((k) => !r.git.includes(k) && !r.index.includes(k)).map((k) => `${r.slug} ${r.step} ${k}`));
    expect(unconfirmed).toEqual([]);
    expect(rows.some((r) => r.ours.join() !== r.git.join())).toBe(true);
  });
});
