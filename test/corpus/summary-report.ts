// Writes the label scores to test-results/ (gitignored) as JSON and as a short Markdown table, and
// returns the table for printing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evaluation } from './summary-eval.js';
import { repoRoot } from './corpus-paths.js';

export interface SeriesScore {
  slug: string;
  evaluation: Evaluation;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function writeSummaryReport(scores: SeriesScore[], file = 'summary-labels'): string {
  const rows = scores.map(({ slug, evaluation: { metrics: m } }) =>
    `| ${slug} | ${m.replies} | ${m.labelled} | ${m.predicted} | ${m.matched} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.kindAccuracy)} | ${pct(m.statusAccuracy)} | ${pct(m.decidedByAccuracy)} |`);
  const table = [
    '| series | replies | labelled points | predicted points | matched | precision | recall | kind accuracy | status accuracy | deciding message |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${file}.md`), `# Summary points against our labels\n\n${table}\n`);
  const detail = scores.map(({ slug, evaluation: e }) => ({
    slug,
    metrics: e.metrics,
    missed: e.missed.map(({ id, label }) => ({ id, ...label })),
    extra: e.extra.map((p) => ({ id: p.messageId, line: p.lines.start, kind: p.kind, rule: p.rule, text: p.text.slice(0, 120) })),
    wrongKind: e.wrongKind.map(({ label, point }) => ({ id: point.messageId, line: label.line, labelled: label.kind, predicted: point.kind, rule: point.rule, note: label.note })),
    wrongStatus: e.wrongStatus.map(({ label, point }) => ({ id: point.messageId, line: label.line, kind: label.kind, labelled: label.status, predicted: point.status, note: label.note })),
  }));
  writeFileSync(join(dir, `${file}.json`), `${JSON.stringify(detail, null, 2)}\n`);
  return table;
}
