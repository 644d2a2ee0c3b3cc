// A series: its revisions drawn as a timeline (date, patches, trailers gathered, findings, open points, what
// came and went since the one before), then each revision's patches.
import type { RevisionView, SeriesView } from '../../ingest/archive/series-queries.js';
import { normaliseTitle, parseSubject } from '../../ingest/parse/subject.js';
import { shortDate } from '../../review/render/dates.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { revisionName, revisionStatus } from './revision-status.js';

const titleOf = (subject: string) => normaliseTitle(parseSubject(subject).title);

/** Patches that came and went between two revisions, by their titles (reworded titles show as both). */
export function patchChanges(before: RevisionView | undefined, after: RevisionView): { came: string[]; went: string[] } {
  if (!before) return { came: [], went: [] };
  const posted = (r: RevisionView) => r.patches.filter((p) => !p.carried && p.index > 0);
  const old = new Map(posted(before).map((p) => [titleOf(p.subject), parseSubject(p.subject).title]));
  const now = new Map(posted(after).map((p) => [titleOf(p.subject), parseSubject(p.subject).title]));
  return { came: [...now].filter(([k]) => !old.has(k)).map(([, t]) => t), went: [...old].filter(([k]) => !now.has(k)).map(([, t]) => t) };
}

async function timelineCell(view: ArchiveView, s: SeriesView, r: RevisionView, before: RevisionView | undefined): Promise<SafeHtml> {
  const status = await revisionStatus(view, s.id, r.version);
  const { came, went } = patchChanges(before, r);
  return html`<div class="rev"><a href="${href`/series/${s.id}/v/${r.version}`}"><strong>${revisionName(r)}</strong></a>
    <div class="dim">${shortDate(r.date).slice(0, 10)}</div>
    <div>${r.patches.filter((p) => !p.carried && p.index > 0).length}/${r.total} patches</div>
    <div>${status.trailers} trailers</div>
    <div>${status.findings.length ? html`<span class="badge ${status.worst}">${status.findings.length} findings</span>` : '0 findings'}</div>
    <div>${status.open ? html`<span class="badge warning">${status.open} open</span>` : '0 open'}</div>
    ${came.length ? html`<div class="change" title="${came.join('\n')}">+${came.length} new</div>` : null}
    ${went.length ? html`<div class="change" title="${went.join('\n')}">−${went.length} dropped</div>` : null}
  </div>`;
}

function revisionSection(s: SeriesView, r: RevisionView, before: RevisionView | undefined): SafeHtml {
  const { came, went } = patchChanges(before, r);
  return html`<h2 id="v${r.version}"><a href="${href`/series/${s.id}/v/${r.version}`}">${revisionName(r)}</a> <span class="dim">${shortDate(r.date)}${r.link ? ` · linked: ${r.link.reason} (${r.link.confidence})` : ''}</span></h2>
<ul>${r.patches.map((p) => html`<li>${p.index === 0 ? 'cover' : `${p.index}/${r.total}`} <a href="${href`/patch/${p.messageId}`}">${parseSubject(p.subject).title}</a>${p.carried ? html` <span class="dim">(carried from the revision it rerolls)</span>` : null}</li>`)}</ul>
${came.length ? html`<p>New since ${revisionName(before!)}: ${came.join('; ')}</p>` : null}
${went.length ? html`<p>Dropped since ${revisionName(before!)}: ${went.join('; ')}</p>` : null}
${r.missing.length ? html`<p class="banner">Missing from the archive: ${r.missing.map((i) => `${i}/${r.total}`).join(', ')}</p>` : null}`;
}

export async function seriesPage(view: ArchiveView, seriesId: string): Promise<string | undefined> {
  const s = view.findSeries(seriesId);
  if (!s) return undefined;
  const cells: SafeHtml[] = [];
  for (const [i, r] of s.revisions.entries()) {
    if (i > 0) cells.push(html`<span class="arrow">→</span>`);
    cells.push(await timelineCell(view, s, r, s.revisions[i - 1]));
  }
  const digest = view.seriesModel(s.id)?.summary.digest ?? [];
  const body = html`<p class="dim">${s.authorName} &lt;${s.authorEmail}&gt; · series ${s.id}</p>
<div class="timeline">${cells}</div>
${digest.length ? html`<h2>What the review decided</h2><ul>${digest.map((d) => html`<li>${d}</li>`)}</ul>` : null}
${[...s.revisions].reverse().map((r) => revisionSection(s, r, s.revisions[s.revisions.indexOf(r) - 1]))}`;
  return page(s.title, body, { crumbs: [[s.title, href`/series/${s.id}`]] });
}
