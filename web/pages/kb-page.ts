// The knowledge base in the browser: every entry, and one entry as its document (Markdown, sanitised).
import { builtinEntries } from '../../knowledge/load-entries.js';
import { markdownToSafeHtml } from '../../review/render/markdown-html.js';
import { href, html, SafeHtml } from '../html.js';
import { page } from '../layout.js';

export async function kbListPage(): Promise<string> {
  const entries = await builtinEntries();
  const body = html`<table><thead><tr><th>entry</th><th>severity</th><th>since</th><th>title</th></tr></thead><tbody>${entries.map(
    (e) => html`<tr><td><a href="${href`/kb/${e.id}`}">${e.id}</a></td><td><span class="badge ${e.severity}">${e.severity}</span></td><td>${e.since ?? '-'}</td><td>${e.title}</td></tr>`,
  )}</tbody></table>`;
  return page(`Knowledge base: ${entries.length} entries`, body, { crumbs: [['knowledge base', '/kb']] });
}

/** `<message-id>` references become links to the thread, when this archive holds it. */
const linkMessageIds = (markdown: string) => markdown.replace(/<([^<>\s@]+@[^<>\s]+)>/g, (_, id: string) => `[${id}](${href`/thread/${id}`})`);

export async function kbEntryPage(id: string): Promise<string | undefined> {
  const entry = (await builtinEntries()).find((e) => e.id === id);
  if (!entry) return undefined;
  const body = html`<p><span class="badge ${entry.severity}">${entry.severity}</span> confidence ${entry.confidence}${entry.since ? ` · since ${entry.since}` : ''}${entry.rule ? ` · ${entry.rule}` : ''}</p>
<div class="entry">${new SafeHtml(markdownToSafeHtml(linkMessageIds(entry.body)))}</div>`;
  return page(entry.title, body, { crumbs: [['knowledge base', '/kb'], [entry.id, href`/kb/${entry.id}`]] });
}
