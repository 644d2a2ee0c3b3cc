// Markdown (knowledge entries, anything a user or a mail may have written) → HTML that is safe to show:
// marked renders, then sanitize-html keeps an allowlist of tags and attributes. marked passes raw HTML
// through untouched, so the sanitising step is what stands between a mail and the page.
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'code', 'pre', 'em', 'strong', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br'],
  allowedAttributes: { a: ['href', 'rel'], code: ['class'] },
  // Links only to the web and to this page: never javascript:, data: or file:.
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noreferrer noopener' }) },
};

export function markdownToSafeHtml(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }) as string, ALLOWED);
}
