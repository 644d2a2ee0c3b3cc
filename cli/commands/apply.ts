// mlreview apply SERIES|MSGID|MBOX… --tree DIR: the series applied in memory to a tree that is never
// written (git am's rules, or GNU patch's with --fuzz N), with bisectability, helper availability and the
// knowledge base checked after each patch. Exit 0 when every patch applies, 1 when one does not, 2 for a
// bad tree, an escaping path or an unknown series.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDiff } from '../../ingest/parse/diff.js';
import type { ApplyRules, SeriesPatch } from '../../review/apply/apply-types.js';
import { openTree } from '../../review/apply/open-tree.js';
import { seriesFromMail } from '../../review/apply/series-from-mail.js';
import type { SeriesInput } from '../../review/apply/series-input.js';
import { simulate } from '../../review/apply/simulate.js';
import { writeResultTree } from '../../review/apply/write-tree.js';
import { applyJson } from '../../review/render/apply-json.js';
import { drawApply } from '../../review/render/apply-text.js';
import { colors } from '../../review/render/colors.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { revisionName } from '../../core/revision-name.js';

export interface ApplyArgs {
  sources: string[];
  tree: string;
  base?: string;
  fuzz?: number;
  /** A revision name: `v2`, `RFC`, `RFC v2`, `RESEND v1`. */
  revision?: string;
  out?: string;
  checks: boolean;
  db: string;
  output?: string;
  color: boolean;
}

interface LoadedSeries {
  patches: SeriesPatch[];
  notes: string[];
}

export async function runApply(args: ApplyArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const rules: ApplyRules = args.fuzz === undefined ? { kind: 'git' } : { kind: 'fuzz', maxFuzz: args.fuzz };
  const loaded = await loadSeries(args);
  if (!loaded.patches.length) throw new UsageError(`${args.sources.join(' ')}: no patches to apply`);
  const opened = openTree(args.tree, loaded.patches, args.base);
  try {
    const { outcome, tree } = await simulate(loaded.patches, opened.reader, { rules, base: opened.base, checks: args.checks });
    const notes = [...loaded.notes];
    if (args.out) {
      const w = writeResultTree(tree, { dir: args.tree, repo: opened.repo, commit: opened.base.commit }, args.out);
      notes.push(`wrote the resulting tree to ${args.out} (${w.written} files written, ${w.removed} removed${w.skipped.length ? `, ${w.skipped.length} binary files left as in the base` : ''})`);
    }
    const exitCode = outcome.patches.every((p) => p.applied) ? 0 : 1;
    const stdout = format === 'json' ? json(applyJson(outcome)) : drawApply(outcome, colors(args.color));
    return { exitCode, stdout, ...(notes.length ? { stderr: notes.map((n) => `mlreview apply: ${n}\n`).join('') } : {}) };
  } finally {
    opened.reader.close();
  }
}

/**
 * Files on disk (mail, or bare diffs), or one series id / message-id in the archive. Mail that is one plain
 * revision is read directly; anything else goes through a scratch archive, which links revisions. The
 * archive modules load only then.
 */
async function loadSeries(args: ApplyArgs): Promise<LoadedSeries> {
  if (args.sources.every((s) => existsSync(s))) {
    const diffs = args.sources.filter(isBareDiff);
    if (diffs.length === args.sources.length) return { patches: diffs.map((file, i) => bareDiffPatch(file, i, diffs.length)), notes: [] };
    const plain = await seriesFromMail(args.sources, args.revision);
    return plain ? { patches: plain, notes: [] } : fromScratchArchive(args);
  }
  if (args.sources.length !== 1) throw new UsageError(`expected one series id or message-id, or files of mail; these are not files: ${args.sources.filter((s) => !existsSync(s)).join(', ')}`);
  const [{ openArchiveForReading }, { seriesInput }] = await Promise.all([import('../open-archive.js'), import('../../review/apply/series-input.js')]);
  const db = await openArchiveForReading(args.db);
  try {
    return fromInput(seriesInput(db, args.sources[0], args.revision));
  } finally {
    db.close();
  }
}

async function fromScratchArchive(args: ApplyArgs): Promise<LoadedSeries> {
  const [{ openDb }, { ingest }, { onlySeries }] = await Promise.all([
    import('../../ingest/archive/db.js'), import('../../ingest/ingest.js'), import('../../review/apply/series-input.js'),
  ]);
  const db = openDb(':memory:');
  try {
    const report = await ingest(db, args.sources);
    if (report.failed.length) throw new UsageError(report.failed.map((f) => `${f.source}: ${f.reason}`).join('\n'));
    return fromInput(onlySeries(db, args.sources.join(' '), args.revision));
  } finally {
    db.close();
  }
}

function fromInput(input: SeriesInput): LoadedSeries {
  const notes = input.missing.length ? [`"${input.series.title}" ${revisionName(input.revision)}: patches ${input.missing.join(', ')} of ${input.revision.total} are not in the archive; applying the others`] : [];
  return { patches: input.patches, notes };
}

/** A file that starts with a diff rather than mail headers (`git diff` output, a quilt patch). */
function isBareDiff(file: string): boolean {
  const head = readFileSync(file, 'utf8').slice(0, 4096).split('\n').find((l) => l.trim() !== '') ?? '';
  return /^(diff --git |diff -|--- |Index: )/.test(head);
}

function bareDiffPatch(file: string, i: number, total: number): SeriesPatch {
  return { index: i + 1, total, subject: basename(file), files: parseDiff(readFileSync(file, 'utf8')) };
}
