// A review as one standalone HTML page: the Markdown review rendered with marked and sanitised (the
// project's markdown-html, shared with the web view), inside a page whose Content-Security-Policy allows
// no script at all. Mail is untrusted three times over: its text is escaped in the Markdown, marked's
// output goes through sanitize-html (marked passes raw HTML through), and should anything slip past both,
// the browser still refuses to run it. This module (and with it the sanitiser) loads only for -o html.
import type { Review } from '../review-series.js';
import { markdownToSafeHtml } from './markdown-html.js';
import { reviewMarkdown } from './review-md.js';

// default-src 'none' forbids scripts (inline or not), frames, fetches and images; only the page's own
// style element is let in.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-top:1px solid #ccc;padding-top:.8rem;margin-top:2rem}h3{font-size:1rem;margin-bottom:.2rem}
pre{background:#f6f6f6;padding:.5rem .7rem;overflow-x:auto}code{font:13px/1.35 ui-monospace,monospace}
h3 code,p>code{background:#f0f0f0;padding:0 .2rem}em{color:#2a6a2a}`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function reviewHtml(reviews: readonly Review[]): string {
  const body = markdownToSafeHtml(reviewMarkdown(reviews));
  const title = reviews.map((r) => `v${r.series.version} ${r.series.title}`).join('; ') || 'review';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>mlreview: ${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body.trim(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
