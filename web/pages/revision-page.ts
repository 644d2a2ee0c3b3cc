// One revision: what the review decided (the summary's digest), who took part, and its patches with their
// trailers, findings and open points — each patch a link to the page with its diff.
import { parseSubject } from '../../ingest/parse/subject.js';
import { shortDate } from '../../review/render/dates.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html, type SafeHtml } from '../html.js';
import type { RevisionModel } from '../archive-view.js';
import { page } from '../layout.js';
import { revisionName } from '../../core/revision-name.js';

/** What reviewers asked on this revision that is still open or disputed, with a link to where it was said. */
function openPoints(model: RevisionModel): SafeHtml {
  const open = model.revision.patches.flatMap((p) => p.points.filter((x) => x.status === 'open' || x.status === 'disputed').map((x) => ({ p, x })));
  if (open.length === 0) return html``;
  return html`<h2>Still open</h2><ul>${open.map(({ p, x }) => html`<li><a href="${href`/patch/${p.messageId}`}">${p.index === 0 ? 'cover' : `${p.index}/${model.revision.patches.length - 1}`}</a> <strong>${x.by.name}</strong> <span class="badge">${x.status}</span> ${x.text}</li>`)}</ul>`;
}

export async function revisionPage(view: ArchiveView, seriesId: string, name: string): Promise<string | undefined> {
  const model = view.revision(seriesId, name);
  if (!model) return undefined;
  const revision = model.view;
  const summary = model.revision;
  const rows = [];
  const all = await view.reviewFindings(seriesId, model.slug);
  for (const p of summary?.patches ?? []) {
    const findings = all.filter((f) => f.patch === p.messageId);
    const open = p.points.filter((x) => x.status === 'open' || x.status === 'disputed').length;
    const collected = p.trailers.filter((t) => t.status === 'collected');
    rows.push(html`<tr>
      <td>${p.index === 0 ? 'cover' : `${p.index}/${revision.total}`}</td>
      <td><a href="${href`/patch/${p.messageId}`}">${parseSubject(p.subject).title}</a></td>
      <td>${collected.map((t) => html`<div>${t.name}: ${t.value}</div>`)}</td>
      <td>${findings.length ? html`<a class="badge ${findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}" href="${href`/patch/${p.messageId}`}#finding-1">${findings.length}</a>` : html`<span class="dim">0</span>`}</td>
      <td>${p.points.length} ${open ? html`<span class="badge warning">${open} open</span>` : null}</td>
    </tr>`);
  }
  const body = html`<p class="dim">${shortDate(revision.date)} · ${summary?.replies ?? 0} replies · <a href="${href`/thread/${revision.coverMessageId ?? revision.anchorMessageId}`}">thread</a></p>
<h2>People</h2>
<p>${(summary?.participants ?? []).map((p) => html`<span class="badge">${p.name} · ${p.role}</span>`)}</p>
<h2>Patches</h2>
<table><thead><tr><th></th><th>patch</th><th>trailers gathered</th><th>findings</th><th>review points</th></tr></thead><tbody>${rows}</tbody></table>
${openPoints(model)}`;
  return page(`${model.series.title} ${revisionName(revision)}`, body, { crumbs: [[model.series.title, href`/series/${seriesId}`]] });
}
