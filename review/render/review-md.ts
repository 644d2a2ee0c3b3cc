// A review as Markdown, for an issue, a wiki or the HTML page: per patch, each finding with its place, the
// quoted line in a code block, the explanation and who already raised it. Mail text is untrusted: prose is
// escaped, code goes into fences and spans longer than any backtick run inside it.
import type { ReviewFinding } from '../../core/review-finding.js';
import type { Review } from '../review-series.js';
import { escapeMarkdown } from './markdown-escape.js';
import { byPosting, expandTabs, headline, markerUnder, placeOf, reviewTitle } from './review-view.js';

/** Inline code that no backtick in `text` can close early. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** A fenced block that no line of `lines` can close early. */
export function codeBlock(lines: string[], info = 'text'): string[] {
  const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${info}`, ...lines, fence];
}

function quoteBlock(f: ReviewFinding): string[] {
  if (f.quote === null) return [];
  const gutter = f.part === 'diff' && f.line !== null ? `${f.line} | ` : '';
  const blank = ' '.repeat(gutter.length);
  return ['', ...codeBlock([`${gutter}${expandTabs(f.quote)}`, `${blank}${markerUnder(f.quote, f.column)}`])];
}

function findingMd(f: ReviewFinding): string[] {
  const hunk = f.hunk ? ` in ${codeSpan(f.hunk.header)}` : '';
  const raised = f.raisedBy ? ['', `*Raised by ${escapeMarkdown(f.raisedBy.by.name || f.raisedBy.by.email)} in ${codeSpan(`<${f.raisedBy.messageId}>`)}.*`] : [];
  return [
    `### ${f.severity}: ${escapeMarkdown(f.title)} (${codeSpan(f.entry)})`,
    '',
    `${codeSpan(placeOf(f))}${hunk}`,
    ...quoteBlock(f),
    '',
    escapeMarkdown(f.message),
    ...raised,
    '',
  ];
}

export function reviewMarkdown(reviews: readonly Review[]): string {
  const out: string[] = [];
  for (const r of reviews) {
    out.push(`# Review of ${escapeMarkdown(reviewTitle(r))}`, '', escapeMarkdown(headline(r)), '');
    for (const g of byPosting(r)) {
      out.push(`## ${escapeMarkdown(g.label)} ${escapeMarkdown(g.posting.info.title)}`, '', codeSpan(`<${g.posting.messageId}>`), '');
      for (const f of g.findings) out.push(...findingMd(f));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
