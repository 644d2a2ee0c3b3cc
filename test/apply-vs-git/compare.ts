// Our simulator against git on one generated series, on the exact base and on each drifted one: per patch
// (applies or not), per file (file-level errors) and per hunk (clean, offset and where, or failed); the
// series against `git am`; and where git refuses a hunk, our fuzz rules against GNU patch on the same tree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../../ingest/parse/message.js';
import { parsePatchBody } from '../../ingest/parse/patch-body.js';
import { parseSubject } from '../../ingest/parse/subject.js';
import { applySeries } from '../../review/apply/apply-series.js';
import type { FileOutcome, HunkOutcome, SeriesPatch } from '../../review/apply/apply-types.js';
import { openDirectoryTree } from '../../review/apply/directory-tree.js';
import { GitObjects } from '../../review/apply/git-objects.js';
import { openGitTree } from '../../review/apply/git-tree.js';
import { git } from './git-cli.js';
import { gitAmCount, gitApplyReject, gnuPatchDryRun, type ToolFile, type ToolHunk, type ToolPatch } from './git-reference.js';
import type { BaseVariant, GeneratedSeries } from './make-series.js';
import { emptyTally, type Tally } from './tally.js';

export interface Disagreement {
  seed: number;
  variant: string;
  drifts: string[];
  patch: number;
  what: string;
}

export const FUZZ = 2;

export function readSeriesPatches(files: readonly string[]): SeriesPatch[] {
  return files.map((file, i) => {
    const msg = parseMessage(readFileSync(file), { source: file, offset: 0 });
    return { index: i + 1, total: files.length, subject: parseSubject(msg.subject).title, files: parsePatchBody(msg.body).files };
  });
}

export async function compareSeries(gen: GeneratedSeries, root: string, tally: Tally = emptyTally()): Promise<Disagreement[]> {
  const patches = readSeriesPatches(gen.patchFiles);
  const objects = new GitObjects(gen.repo);
  const out: Disagreement[] = [];
  try {
    for (const variant of gen.variants) out.push(...(await compareVariant(gen, variant, patches, objects, root, tally)));
  } finally {
    objects.close();
  }
  tally.series++;
  if (!out.length) tally.seriesAgree++;
  return out;
}

async function compareVariant(gen: GeneratedSeries, v: BaseVariant, patches: SeriesPatch[], objects: GitObjects, root: string, tally: Tally): Promise<Disagreement[]> {
  const ours = await applySeries(patches, openGitTree(gen.repo, v.commit, objects));
  const worktree = join(root, `wt-${gen.seed}-${v.name}`);
  git(gen.repo, 'worktree', 'add', '-q', '--detach', worktree, v.commit);
  const out: Disagreement[] = [];
  const say = (patch: number, what: string) => out.push({ seed: gen.seed, variant: v.name, drifts: v.drifts, patch, what });
  for (let k = 0; k < patches.length; k++) {
    const mine = ours.patches[k].outcome;
    // GNU patch runs where we expect git to refuse a hunk; should we be wrong, the git comparison says so.
    const fuzzWanted = mine.files.some((f) => f.operation === 'modify' && !f.reason && f.hunks.some((h) => h.result === 'failed'));
    const gnu = fuzzWanted ? gnuPatchDryRun(worktree, gen.patchFiles[k], FUZZ) : undefined;
    const fuzzOurs = fuzzWanted ? (await applySeries([patches[k]], openDirectoryTree(worktree), { kind: 'fuzz', maxFuzz: FUZZ })).patches[0].outcome : undefined;
    const theirs = gitApplyReject(worktree, gen.patchFiles[k]);
    tally.patches++;
    if (mine.applied === theirs.applied) tally.patchesAgree++;
    else say(k + 1, `git apply says ${theirs.applied ? 'applies' : 'does not apply'}, we say ${mine.applied ? 'applies' : 'does not apply'}\n${theirs.output}`);
    compareFiles(mine.files, theirs, tally.git, (what) => say(k + 1, what));
    if (gnu && fuzzOurs && refusedModifiedHunk(mine.files, theirs)) {
      tally.fuzzPatches++;
      compareFuzz(fuzzOurs.files, gnu, tally.fuzz, (what) => say(k + 1, `fuzz ${FUZZ}: ${what}`));
    }
  }
  const am = gitAmCount(gen.repo, `${worktree}-am`, v.commit, gen.patchFiles);
  const firstFailed = ours.patches.findIndex((p) => !p.outcome.applied);
  const oursAm = firstFailed < 0 ? patches.length : firstFailed;
  tally.amRuns++;
  if (am === oursAm) tally.amAgree++;
  else say(oursAm + 1, `git am applied ${am} patches, we would stop after ${oursAm}`);
  return out;
}

const nameOf = (f: FileOutcome) => (f.oldPath ? `${f.oldPath} => ${f.path}` : f.path);

function refusedModifiedHunk(mine: FileOutcome[], theirs: ToolPatch): boolean {
  return mine.some((f) => f.operation === 'modify' && !f.reason && theirs.files.find((t) => t.name === nameOf(f))?.hunks.size && [...theirs.files.find((t) => t.name === nameOf(f))!.hunks.values()].some((h) => h.result === 'failed'));
}

function compareFiles(mine: FileOutcome[], theirs: ToolPatch, tally: Tally['git'], say: (what: string) => void): void {
  for (const f of mine) {
    const t = theirs.files.find((x) => x.name === nameOf(f));
    if (!t) {
      say(`${nameOf(f)}: git did not check this file\n${theirs.output}`);
      continue;
    }
    tally.files++;
    const fileLevel = Boolean(f.reason) && f.status === 'failed';
    if (fileLevel !== Boolean(t.error)) {
      say(`${nameOf(f)}: git says ${t.error ?? 'no file error'}, we say ${f.reason ?? 'no file error'}`);
      continue;
    }
    tally.filesAgree++;
    if (fileLevel) continue;
    f.hunks.forEach((h) => compareHunk(h, t.hunks.get(h.number) ?? { number: h.number, result: 'clean', offset: 0, fuzz: 0 }, tally, (what) => say(`${nameOf(f)} hunk #${h.number}: ${what}\n${theirs.output}`)));
  }
}

function compareFuzz(mine: FileOutcome[], gnu: ToolPatch, tally: Tally['fuzz'], say: (what: string) => void): void {
  for (const f of mine) {
    if (f.operation !== 'modify' || f.reason) continue;
    const t = gnu.files.find((x) => x.name === f.path);
    if (!t) continue;
    f.hunks.forEach((h) => compareHunk(h, t.hunks.get(h.number), tally, (what) => say(`${f.path} hunk #${h.number}: ${what}\n${gnu.output}`)));
  }
}

function compareHunk(mine: HunkOutcome, theirs: ToolHunk | undefined, tally: { hunks: number; hunksAgree: number; byResult: Record<string, number> }, say: (what: string) => void): void {
  tally.hunks++;
  const same = theirs !== undefined && mine.result === theirs.result && mine.offset === theirs.offset && mine.fuzz === theirs.fuzz &&
    (mine.result === 'failed' || theirs.line === undefined || mine.line === theirs.line);
  if (!same) return say(`ours ${describe(mine)}, theirs ${theirs ? describe(theirs) : 'not reported'}`);
  tally.hunksAgree++;
  tally.byResult[mine.result] = (tally.byResult[mine.result] ?? 0) + 1;
}

const describe = (h: { result: string; line?: number; offset: number; fuzz: number }) =>
  `${h.result}${h.line !== undefined ? ` at ${h.line}` : ''}${h.offset ? ` offset ${h.offset}` : ''}${h.fuzz ? ` fuzz ${h.fuzz}` : ''}`;

export type { ToolFile };
