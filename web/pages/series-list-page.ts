// The front page: every series with where it stands — revisions, trailers gathered on the latest one, what
// the knowledge base finds in it, and the review points still open.
import { shortDate } from '../../review/render/dates.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html } from '../html.js';
import { page } from '../layout.js';
import { revisionName, revisionSlug } from '../../core/revision-name.js';
import { revisionStatus } from './revision-status.js';

const PAGE_SIZE = 50;

export async function seriesListPage(view: ArchiveView, pageNumber: number): Promise<string> {
  const all = view.allSeries();
  const shown = all.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE);
  const rows = [];
  for (const s of shown) {
    const latest = s.revisions[s.revisions.length - 1];
    const status = await revisionStatus(view, s.id, latest && revisionSlug(latest));
    rows.push(html`<tr>
      <td><a href="${href`/series/${s.id}`}">${s.title}</a><div class="dim">${s.authorName} &lt;${s.authorEmail}&gt;</div></td>
      <td>${s.revisions.map((r) => html`<a class="badge" href="${href`/series/${s.id}/v/${revisionSlug(r)}`}">${revisionName(r)}</a>`)}</td>
      <td>${shortDate(latest?.date ?? null)}</td>
      <td>${status.trailers}</td>
      <td>${status.findings.length ? html`<span class="badge ${status.worst}">${status.findings.length}</span>` : html`<span class="dim">0</span>`}</td>
      <td>${status.open ? html`<span class="badge warning">${status.open}</span>` : html`<span class="dim">0</span>`}</td>
    </tr>`);
  }
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const body = html`${view.stale() ? html`<p class="banner">An ingest is storing mail: threads and series show what was there before it started.</p>` : null}
<table class="series">
<thead><tr><th>series</th><th>revisions</th><th>latest</th><th>trailers gathered</th><th>findings</th><th>open points</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${pages > 1 ? html`<p>${Array.from({ length: pages }, (_, i) => html`<a class="badge" href="/?page=${i + 1}">${i + 1}</a>`)}</p>` : null}
${all.length === 0 ? html`<p>No series in the archive yet: <code>mlreview ingest SOURCE</code> first.</p>` : null}`;
  return page(`${all.length} series`, body);
}
