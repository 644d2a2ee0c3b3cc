// A thread: drawn as a tree (one line per message, each a link to its text further down), the summary's
// digest and open points when it belongs to a series, then every message with its quotes set apart.
import { loadThreadForSummary, type ReviewMessage } from '../../ingest/archive/review-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { shortDate } from '../../review/render/dates.js';
import { KIND_WORD } from '../../review/render/summary-text.js';
import { treePrefixes } from '../../review/render/thread-tree.js';
import { assembleSummary } from '../../review/summary/assemble-summary.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

function treeLines(messages: ReviewMessage[]): SafeHtml {
  const prefixes = treePrefixes(messages);
  return html`<div class="tree">${messages.map((m, i) =>
    m.ghost
      ? html`${prefixes[i]}<span class="dim">(not in the archive: &lt;${m.messageId}&gt;)</span>\n`
      : html`${prefixes[i]}<a href="#${m.messageId}">${m.subject}</a>  <span class="dim">${m.fromName || m.fromEmail}, ${shortDate(m.date)}</span>\n`,
  )}</div>`;
}

/** Quoted lines dimmed, the rest as written: all of it escaped. */
function bodyHtml(body: string): SafeHtml {
  return html`<pre class="body">${body.split('\n').map((l) => (l.startsWith('>') ? html`<span class="quote">${l}</span>\n` : html`${l}\n`))}</pre>`;
}

export function threadPage(view: ArchiveView, messageId: string): string | undefined {
  const input = loadThreadForSummary(view.db, messageId);
  if (!input) return undefined;
  const seriesId = findSeriesId(view.db, messageId);
  const summary = seriesId ? view.revisionOf(seriesId, messageId)?.summary : assembleSummary(input);
  // Only this thread's points: a series summary holds every revision's.
  const here = new Set(input.messages.map((m) => m.messageId));
  const pointsOf = new Map<string, NonNullable<typeof summary>['points']>();
  for (const p of (summary?.points ?? []).filter((x) => here.has(x.messageId))) pointsOf.set(p.messageId, [...(pointsOf.get(p.messageId) ?? []), p]);
  const root = input.messages[0];
  const body = html`${summary ? html`<h2>Summary</h2><ul>${summary.digest.map((d) => html`<li>${d}</li>`)}</ul>` : null}
${seriesId ? html`<p><a href="${href`/series/${seriesId}`}">the series</a></p>` : null}
<h2>Thread</h2>
${treeLines(input.messages)}
<h2>Messages</h2>
${input.messages.filter((m) => !m.ghost).map((m) => html`<section id="${m.messageId}">
  <h3>${m.subject}</h3>
  <p class="dim">${m.fromName} &lt;${m.fromEmail}&gt; · ${shortDate(m.date)} · ${m.messageId}${m.kind === 'patch' || m.kind === 'cover' ? html` · <a href="${href`/patch/${m.messageId}`}">as a patch</a>` : null}</p>
  ${(pointsOf.get(m.messageId) ?? []).length ? html`<ul class="points">${pointsOf.get(m.messageId)!.map((p) => html`<li><span class="badge">${KIND_WORD[p.kind]}</span>${p.status !== 'noted' ? html`<span class="badge ${p.status === 'resolved' ? 'ok' : 'warning'}">${p.status}</span>` : null} ${p.text}</li>`)}</ul>` : null}
  ${bodyHtml(m.body)}
</section>`)}`;
  return page(root?.subject || messageId, body, { crumbs: seriesId ? [[summary?.title ?? seriesId, href`/series/${seriesId}`]] : [] });
}
