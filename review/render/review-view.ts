// What every review renderer shows, worked out once: findings grouped by posting in series order, the
// headline counts, and how a finding names its place.
import type { FindingPart, ReviewFinding } from '../../core/review-finding.js';
import { postingLabel, postingsOf, type Posting } from '../posting.js';
import type { Review } from '../review-series.js';

export interface PostingFindings {
  posting: Posting;
  /** `v2 08/16`. */
  label: string;
  findings: ReviewFinding[];
}

export function byPosting(r: Review): PostingFindings[] {
  return postingsOf(r.series)
    .map((posting) => ({ posting, label: postingLabel(r.series, posting), findings: r.findings.filter((f) => f.patch === posting.messageId) }))
    .filter((g) => g.findings.length > 0);
}

export function counts(findings: readonly ReviewFinding[]): { error: number; warning: number; info: number; raised: number } {
  const c = { error: 0, warning: 0, info: 0, raised: 0 };
  for (const f of findings) {
    c[f.severity]++;
    if (f.raisedBy) c.raised++;
  }
  return c;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `30 findings (2 errors, 20 warnings, 8 info); 12 already raised in the thread`. */
export function headline(r: Review): string {
  const c = counts(r.findings);
  if (r.findings.length === 0) return 'no findings';
  const raised = c.raised ? `; ${c.raised} already raised in the thread` : '';
  return `${plural(r.findings.length, 'finding')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)${raised}`;
}

export function reviewTitle(r: Review): string {
  const s = r.series;
  const label = s.label ? `${s.label} ` : '';
  const id = s.seriesId ? `, series ${s.seriesId}` : '';
  return `${label}v${s.version} "${s.title}" (${s.patches.length} patch${s.patches.length === 1 ? '' : 'es'}${s.cover ? ' and a cover letter' : ''}${id})`;
}

const PART_NAME: Record<FindingPart, string> = {
  series: 'the series', subject: 'subject', 'commit-message': 'commit message', trailers: 'trailers', notes: 'below ---', diff: 'diff',
};

/** `include/linux/mm.h:3612` for code, `commit message` or `trailers` for the mail parts. */
export function placeOf(f: ReviewFinding): string {
  if (f.file) return `${f.file}${f.line !== null ? `:${f.line}${f.side === 'old' ? ' (removed line)' : ''}` : ''}`;
  return PART_NAME[f.part];
}

/** `raised by Jason Gunthorpe in <msgid>`. */
export const raisedText = (f: ReviewFinding): string => (f.raisedBy ? `raised by ${f.raisedBy.by.name || f.raisedBy.by.email} in <${f.raisedBy.messageId}>` : '');

/** Tabs expanded to 8 columns, so that a marker under the line lines up on any terminal. */
export function expandTabs(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** A marker line under `text`: a caret at `column` (1-based), else a tilde line under its non-blank part. */
export function markerUnder(text: string, column?: number): string {
  if (column !== undefined) return `${' '.repeat(expandTabs(text.slice(0, column - 1)).length)}^`;
  const shown = expandTabs(text);
  const start = shown.length - shown.trimStart().length;
  const width = Math.max(1, shown.trim().length);
  return `${' '.repeat(start)}^${'~'.repeat(Math.max(0, width - 1))}`;
}
