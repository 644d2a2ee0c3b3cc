// A review as one standalone HTML page: the Markdown review rendered with marked, then sanitised, inside a
// page whose Content-Security-Policy allows no script at all. Mail is untrusted three times over: its text
// is escaped in the Markdown, marked's output goes through sanitize-html (marked passes raw HTML through),
// and should anything slip past both, the browser still refuses to run it.
//
// sanitize-html rather than DOMPurify: it needs no DOM (DOMPurify on Node needs jsdom, which takes
// longer to load than the whole review), and its allowlist is explicit about tags, attributes and schemes.
import { marked } from 'marked';
import type { Review } from '../review-series.js';
import { reviewMarkdown } from './review-md.js';

const ALLOWED_TAGS = ['h1', 'h2', 'h3', 'h4', 'p', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr', 'a', 'span'];

// default-src 'none' forbids scripts (inline or not), frames, fetches and images; only the page's own
// style element is let in.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-top:1px solid #ccc;padding-top:.8rem;margin-top:2rem}h3{font-size:1rem;margin-bottom:.2rem}
pre{background:#f6f6f6;padding:.5rem .7rem;overflow-x:auto}code{font:13px/1.35 ui-monospace,monospace}
h3 code,p>code{background:#f0f0f0;padding:0 .2rem}em{color:#2a6a2a}`;

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Markdown → HTML through marked, then only the tags a review uses, links only to http(s) and mail. */
export async function markdownToSafeHtml(markdown: string): Promise<string> {
  // Loaded here: only -o html pays for the sanitiser.
  const { default: sanitizeHtml } = await import('sanitize-html');
  const html = await marked.parse(markdown, { async: true, gfm: true });
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'], code: ['class'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    disallowedTagsMode: 'escape',
  });
}

export async function reviewHtml(reviews: readonly Review[]): Promise<string> {
  const body = await markdownToSafeHtml(reviewMarkdown(reviews));
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
