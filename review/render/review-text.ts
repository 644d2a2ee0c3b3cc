// A review for people on a terminal: per patch, each finding with its place, the offending line quoted
// with a marker under it, the explanation, and who already raised it. Colour only when asked (a TTY).
import type { ReviewFinding } from '../../core/review-finding.js';
import type { Review } from '../review-series.js';
import type { Colors } from './colors.js';
import { byPosting, expandTabs, headline, markerUnder, placeOf, raisedText, reviewTitle } from './review-view.js';

function severityWord(f: ReviewFinding, c: Colors): string {
  const word = f.severity.padEnd(7);
  return f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.cyan(word);
}

/** The offending line with its post-image number in a gutter, and the marker line under it. */
function quoteLines(f: ReviewFinding, c: Colors): string[] {
  if (f.quote === null) return [];
  const gutter = f.line !== null && f.part === 'diff' ? String(f.line) : '';
  const width = Math.max(4, gutter.length);
  const bar = c.dim(`${gutter.padStart(width)} | `);
  const blank = c.dim(`${' '.repeat(width)} | `);
  return [`${bar}${expandTabs(f.quote)}`, `${blank}${c.red(markerUnder(f.quote, f.column))}`];
}

function findingLines(f: ReviewFinding, c: Colors): string[] {
  const head = `  ${c.bold(placeOf(f))}${f.hunk ? c.dim(`  ${f.hunk.header}`) : ''}`;
  const what = `    ${severityWord(f, c)} ${c.bold(f.entry)} — ${f.title}${f.confidence !== 'high' ? c.dim(` (confidence ${f.confidence})`) : ''}`;
  const raised = f.raisedBy ? [`      ${c.green(raisedText(f))}`] : [];
  return [head, what, ...quoteLines(f, c).map((l) => `      ${l}`), `      ${f.message}`, ...raised];
}

export function drawReview(r: Review, c: Colors): string {
  const out = [`${c.bold('Review of')} ${reviewTitle(r)}: ${headline(r)}`, ''];
  for (const g of byPosting(r)) {
    out.push(`${c.bold(g.label)} ${g.posting.info.title}  ${c.dim(`<${g.posting.messageId}>`)}`);
    for (const f of g.findings) out.push(...findingLines(f, c));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
