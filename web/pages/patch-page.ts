// A patch: its commit message and trailers, then the diff with the knowledge base's findings and the
// reviewers' points shown inline at the lines they concern; what has no line is listed after the diff.
import type { ReviewFinding } from '../../core/review-finding.js';
import type { ReviewPoint } from '../../core/review-point.js';
import { getPatch } from '../../ingest/archive/message-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { parseSubject } from '../../ingest/parse/subject.js';
import { KIND_WORD } from '../../review/render/summary-text.js';
import { archiveTarget } from '../../review/review-target.js';
import { reviewSeries } from '../../review/review-series.js';
import type { ArchiveView } from '../archive-view.js';
import { diffView, type LineNote } from '../diff-view.js';
import { href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { revisionName } from '../../core/revision-name.js';

const STATUS_WORD = { resolved: 'resolved', disputed: 'disputed', open: 'open', noted: '' } as const;

function findingNote(f: ReviewFinding, i: number): SafeHtml {
  const entry = f.source === 'knowledge' ? html`<a href="${href`/kb/${f.entry}`}">${f.entry}</a>` : html`<strong>${f.entry}</strong>`;
  return html`<div class="note finding ${f.severity}" id="finding-${i + 1}"><span class="badge ${f.severity}">${f.severity}</span>
    ${entry}: ${f.message}${f.function ? html` <span class="dim">in ${f.function}()</span>` : null}
    ${f.raisedBy ? html`<div class="dim">raised by ${f.raisedBy.by.name || f.raisedBy.by.email} in <a href="${href`/thread/${f.raisedBy.messageId}`}#${f.raisedBy.messageId}">${f.raisedBy.messageId}</a></div>` : null}</div>`;
}

/** The findings of a posting: from its revision's review, or from a review of it alone outside any series. */
async function findingsOf(view: ArchiveView, messageId: string, seriesId: string | undefined, slug: string | undefined): Promise<ReviewFinding[]> {
  if (seriesId && slug !== undefined) return (await view.reviewFindings(seriesId, slug)).filter((f) => f.patch === messageId);
  return (await reviewSeries(archiveTarget(view.db, messageId).series)).findings;
}

function pointNote(p: ReviewPoint, i: number): SafeHtml {
  const status = STATUS_WORD[p.status];
  return html`<div class="note point" id="point-${i + 1}"><strong>${p.by.name}</strong> <span class="badge">${KIND_WORD[p.kind]}</span>${status ? html`<span class="badge ${p.status === 'resolved' ? 'ok' : 'warning'}">${status}</span>` : null}
    ${p.text} <a class="dim" href="${href`/thread/${p.messageId}`}#${p.messageId}">in the thread</a></div>`;
}

export async function patchPage(view: ArchiveView, messageId: string): Promise<string | undefined> {
  const stored = getPatch(view.db, messageId);
  if (!stored) return undefined;
  const seriesId = findSeriesId(view.db, messageId);
  const model = seriesId ? view.revisionOf(seriesId, messageId) : undefined;
  const summary = model?.revision.patches.find((p) => p.messageId === messageId);
  const subject = summary?.subject ?? model?.input.messages.find((m) => m.messageId === messageId)?.subject ?? messageId;
  const files = parseDiff(stored.diff);
  const findings = await findingsOf(view, messageId, seriesId, model?.slug);
  const points = (summary?.points ?? []).filter((p) => p.kind !== 'trailer');
  const notes: LineNote[] = [
    ...findings.flatMap((f, i) => (f.part === 'diff' && f.file && f.line !== null ? [{ file: f.file, line: f.line, side: f.side ?? ('new' as const), html: findingNote(f, i) }] : [])),
    ...points.flatMap((p, i) => (p.anchor?.file && p.anchor.line ? [{ file: p.anchor.file, line: p.anchor.line, side: 'new' as const, html: pointNote(p, i) }] : [])),
  ];
  const diff = diffView(files, notes);
  const mailFindings = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.part !== 'diff');
  const lineless = points.filter((p) => !p.anchor?.file || !p.anchor.line);
  const crumbs: Array<[string, string]> = model
    ? [[model.series.title, href`/series/${model.series.id}`], [revisionName(model.revision), href`/series/${model.series.id}/v/${model.slug}`]]
    : [];
  const body = html`<p class="dim">${messageId} · <a href="${href`/thread/${messageId}`}">thread</a></p>
<pre class="body">${stored.commitMessage}</pre>
${summary?.trailers.length ? html`<h2>Trailers</h2><ul>${summary.trailers.map((t) => html`<li>${t.name}: ${t.value} <span class="dim">${t.status === 'own' ? '' : `${t.status}, in ${t.givenIn}`}</span></li>`)}</ul>` : null}
<h2>Findings <span class="dim">${findings.length}</span> · review points <span class="dim">${points.length}</span></h2>
${findings.length ? html`<ol>${findings.map((f, i) => html`<li><a href="#finding-${i + 1}">${f.file ? `${f.file}:${f.line}` : f.part}</a> ${f.entry}${f.raisedBy ? html` <span class="dim">(raised in the thread)</span>` : null}</li>`)}</ol>` : null}
${mailFindings.length ? html`<h2>About the mail</h2>${mailFindings.map(({ f, i }) => findingNote(f, i))}` : null}
${diff.html}
${diff.unplaced.length || lineless.length ? html`<h2>Not at a line of this diff</h2>${diff.unplaced.map((n) => n.html)}${lineless.map((p) => pointNote(p, points.indexOf(p)))}` : null}`;
  return page(parseSubject(subject).title, body, { crumbs });
}
