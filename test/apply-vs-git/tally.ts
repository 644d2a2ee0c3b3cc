// Agreement counts of a differential run, and the report they make.

interface HunkTally {
  files: number;
  filesAgree: number;
  hunks: number;
  hunksAgree: number;
  /** Agreed hunks by result: how many were clean, offset, fuzzed, failed. */
  byResult: Record<string, number>;
}

export interface Tally {
  series: number;
  seriesAgree: number;
  patches: number;
  patchesAgree: number;
  amRuns: number;
  amAgree: number;
  git: HunkTally;
  fuzzPatches: number;
  fuzz: HunkTally;
}

const hunkTally = (): HunkTally => ({ files: 0, filesAgree: 0, hunks: 0, hunksAgree: 0, byResult: {} });

export const emptyTally = (): Tally => ({ series: 0, seriesAgree: 0, patches: 0, patchesAgree: 0, amRuns: 0, amAgree: 0, git: hunkTally(), fuzzPatches: 0, fuzz: hunkTally() });

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);

export function tallyReport(title: string, t: Tally, seeds: string, notes: string[] = []): string {
  const by = (h: HunkTally) => Object.entries(h.byResult).sort().map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `# ${title}`,
    '',
    `Seeds: ${seeds}. Each series is applied to its exact base and to two drifted bases.`,
    '',
    '| compared | items | agree | agreement |',
    '|---|---|---|---|',
    `| series (every patch, file and hunk on every base) | ${t.series} | ${t.seriesAgree} | ${pct(t.seriesAgree, t.series)} |`,
    `| patches: applies or not (git apply) | ${t.patches} | ${t.patchesAgree} | ${pct(t.patchesAgree, t.patches)} |`,
    `| series runs: where git am stops | ${t.amRuns} | ${t.amAgree} | ${pct(t.amAgree, t.amRuns)} |`,
    `| files: file-level result (git apply) | ${t.git.files} | ${t.git.filesAgree} | ${pct(t.git.filesAgree, t.git.files)} |`,
    `| hunks: result and line (git apply -v --reject) | ${t.git.hunks} | ${t.git.hunksAgree} | ${pct(t.git.hunksAgree, t.git.hunks)} |`,
    `| hunks with fuzz ${2}, where git refused (patch --dry-run -F2), in ${t.fuzzPatches} patches | ${t.fuzz.hunks} | ${t.fuzz.hunksAgree} | ${pct(t.fuzz.hunksAgree, t.fuzz.hunks)} |`,
    '',
    `Agreed git hunks by result: ${by(t.git) || 'none'}.`,
    `Agreed fuzz hunks by result: ${by(t.fuzz) || 'none'}.`,
    ...notes,
    '',
  ].join('\n');
}
