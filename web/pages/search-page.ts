// Search, as on the command line: words and "phrases", from:, subject:, file:.
import { searchMessages } from '../../ingest/archive/search-queries.js';
import { parseSearchQuery } from '../../ingest/search-query.js';
import { shortDate } from '../../review/render/dates.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html } from '../html.js';
import { page } from '../layout.js';

export function searchPage(view: ArchiveView, query: string): string {
  const hits = query.trim() ? searchMessages(view.db, parseSearchQuery(query), 100) : [];
  const body = html`${query.trim() ? html`<p>${hits.length} ${hits.length === 1 ? 'message' : 'messages'}${hits.length === 100 ? ' (the first 100)' : ''}</p>` : html`<p class="dim">Words and "phrases" match subjects, authors and what people wrote; from:, subject: and file: narrow it.</p>`}
<table><tbody>${hits.map((h) => html`<tr><td><a href="${href`/thread/${h.messageId}`}#${h.messageId}">${h.subject}</a></td><td>${h.fromName}</td><td class="dim">${shortDate(h.date)}</td><td>${h.kind === 'patch' ? html`<a href="${href`/patch/${h.messageId}`}">patch</a>` : h.kind}</td></tr>`)}</tbody></table>`;
  return page(query.trim() ? `Search: ${query}` : 'Search', body, { query });
}
