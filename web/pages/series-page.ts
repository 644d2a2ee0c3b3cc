// A series: its revisions drawn as a timeline (date, patches, trailers gathered, findings, open points, and
// what changed since the one before, paired as git range-diff pairs), what the review decided, and per
// revision its patches with their status against the revision before and what became of the comments.
import type { RevisionView, SeriesView } from '../../ingest/archive/series-queries.js';
import { parseSubject } from '../../ingest/parse/subject.js';
import { shortDate } from '../../review/render/dates.js';
import type { RevisionStep, RevisionsReport } from '../../review/revisions/assemble-revisions.js';
import type { ArchiveView } from '../archive-view.js';
import { href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { revisionName, revisionSlug } from '../../core/revision-name.js';
import { revisionStatus } from './revision-status.js';

const STATUS_BADGE = { unchanged: 'ok', changed: 'warning', new: 'info', dropped: 'error' } as const;

/** The comparison with the revision before `r`, when the series has one. */
function stepInto(report: RevisionsReport | undefined, r: RevisionView): RevisionStep | undefined {
  return report?.steps.find((st) => st.comparison.to.version === r.version && st.comparison.to.label === r.label);
}

async function timelineCell(view: ArchiveView, s: SeriesView, r: RevisionView, step: RevisionStep | undefined): Promise<SafeHtml> {
  const status = await revisionStatus(view, s.id, revisionSlug(r));
  const count = (st: string) => step?.comparison.pairs.filter((p) => p.status === st).length ?? 0;
  return html`<div class="rev"><a href="${href`/series/${s.id}/v/${revisionSlug(r)}`}"><strong>${revisionName(r)}</strong></a>
    <div class="dim">${shortDate(r.date).slice(0, 10)}</div>
    <div>${r.patches.filter((p) => !p.carried && p.index > 0).length}/${r.total} patches</div>
    <div>${status.trailers} trailers</div>
    <div>${status.findings.length ? html`<span class="badge ${status.worst}">${status.findings.length} findings</span>` : '0 findings'}</div>
    <div>${status.open ? html`<span class="badge warning">${status.open} open</span>` : '0 open'}</div>
    ${step ? html`<div class="change">${count('changed')} changed, ${count('unchanged')} same</div>` : null}
    ${count('new') ? html`<div class="change">+${count('new')} new</div>` : null}
    ${count('dropped') ? html`<div class="change">−${count('dropped')} dropped</div>` : null}
  </div>`;
}

function pairsTable(step: RevisionStep): SafeHtml {
  const label = step.comparison.label;
  return html`<table><thead><tr><th>${revisionName(step.comparison.from)}</th><th></th><th>${revisionName(step.comparison.to)}</th></tr></thead><tbody>${step.comparison.pairs.map(
    (p) => html`<tr><td>${p.from ? html`${label(p.from)} ${p.from.title}` : ''}</td><td><span class="badge ${STATUS_BADGE[p.status]}">${p.status}</span></td>
      <td>${p.to ? html`<a href="${href`/patch/${p.to.messageId}`}">${label(p.to)}</a> ${p.to.title}` : ''}</td></tr>`,
  )}</tbody></table>`;
}

function commentsList(step: RevisionStep): SafeHtml {
  if (step.comments.length === 0) return html``;
  const tally = (st: string) => step.comments.filter((c) => c.status === st).length;
  return html`<p>Review comments on ${revisionName(step.comparison.from)}: <span class="badge ok">${tally('addressed')} addressed</span><span class="badge error">${tally('not-addressed')} not addressed</span><span class="badge">${tally('unknown')} cannot tell</span></p>
<ul class="points">${step.comments.map((c) => html`<li><strong>${c.by.name}</strong> <span class="badge ${c.status === 'addressed' ? 'ok' : c.status === 'not-addressed' ? 'error' : ''}">${c.status}</span> ${c.point.text}
  <a class="dim" href="${href`/thread/${c.point.messageId}`}#${c.point.messageId}">in the thread</a></li>`)}</ul>`;
}

function revisionSection(s: SeriesView, r: RevisionView, step: RevisionStep | undefined): SafeHtml {
  const mismatched = step?.changelog.filter((c) => c.checkable && !c.matched) ?? [];
  return html`<h2 id="v${revisionSlug(r)}"><a href="${href`/series/${s.id}/v/${revisionSlug(r)}`}">${revisionName(r)}</a> <span class="dim">${shortDate(r.date)}${r.link ? ` · linked: ${r.link.reason} (${r.link.confidence})` : ''}</span></h2>
${step
  ? html`${pairsTable(step)}${commentsList(step)}${mismatched.length ? html`<p class="banner">Changelog lines that match no change: ${mismatched.map((c) => c.entry.text).join(' · ')}</p>` : null}`
  : html`<ul>${r.patches.map((p) => html`<li>${p.index === 0 ? 'cover' : `${p.index}/${r.total}`} <a href="${href`/patch/${p.messageId}`}">${parseSubject(p.subject).title}</a></li>`)}</ul>`}
${r.missing.length ? html`<p class="banner">Missing from the archive: ${r.missing.map((i) => `${i}/${r.total}`).join(', ')}</p>` : null}`;
}

export async function seriesPage(view: ArchiveView, seriesId: string): Promise<string | undefined> {
  const s = view.findSeries(seriesId);
  if (!s) return undefined;
  const report = view.revisionsReport(seriesId);
  const cells: SafeHtml[] = [];
  for (const [i, r] of s.revisions.entries()) {
    if (i > 0) cells.push(html`<span class="arrow">→</span>`);
    cells.push(await timelineCell(view, s, r, stepInto(report, r)));
  }
  const digest = view.seriesModel(s.id)?.summary.digest ?? [];
  const body = html`<p class="dim">${s.authorName} &lt;${s.authorEmail}&gt; · series ${s.id}</p>
<div class="timeline">${cells}</div>
${digest.length ? html`<h2>What the review decided</h2><ul>${digest.map((d) => html`<li>${d}</li>`)}</ul>` : null}
${[...s.revisions].reverse().map((r) => revisionSection(s, r, stepInto(report, r)))}`;
  return page(s.title, body, { crumbs: [[s.title, href`/series/${s.id}`]] });
}
