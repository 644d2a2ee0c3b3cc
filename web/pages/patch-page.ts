// A patch: its commit message and trailers, then the diff with the knowledge base's findings and the
// reviewers' points shown inline at the lines they concern; what has no line is listed after the diff.
import type { Finding } from '../../core/finding.js';
import type { ReviewPoint } from '../../core/review-point.js';
import { getPatch } from '../../ingest/archive/message-queries.js';
import { revisionVersionOf } from '../../ingest/archive/review-queries.js';
import { findSeriesId } from '../../ingest/archive/series-queries.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { parseSubject } from '../../ingest/parse/subject.js';
import { KIND_WORD } from '../../review/render/summary-text.js';
import type { ArchiveView } from '../archive-view.js';
import { diffView, type LineNote } from '../diff-view.js';
import { href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { revisionName } from './revision-status.js';

const STATUS_WORD = { resolved: 'resolved', disputed: 'disputed', open: 'open', noted: '' } as const;

function findingNote(f: Finding, i: number): SafeHtml {
  return html`<div class="note finding ${f.severity}" id="finding-${i + 1}"><span class="badge ${f.severity}">${f.severity}</span>
    <a href="${href`/kb/${f.entry}`}">${f.entry}</a>: ${f.message}${f.function ? html` <span class="dim">in ${f.function}()</span>` : null}</div>`;
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
  const version = seriesId ? revisionVersionOf(view.db, seriesId, messageId) : undefined;
  const model = seriesId ? view.revision(seriesId, version) : undefined;
  const summary = model?.revision.patches.find((p) => p.messageId === messageId);
  const subject = summary?.subject ?? model?.input.messages.find((m) => m.messageId === messageId)?.subject ?? messageId;
  const files = parseDiff(stored.diff);
  const findings = await view.patchFindings(messageId, stored.diff);
  const points = (summary?.points ?? []).filter((p) => p.kind !== 'trailer');
  const notes: LineNote[] = [
    ...findings.map((f, i) => ({ file: f.file, line: f.line, side: f.side, html: findingNote(f, i) })),
    ...points.flatMap((p, i) => (p.anchor?.file && p.anchor.line ? [{ file: p.anchor.file, line: p.anchor.line, side: 'new' as const, html: pointNote(p, i) }] : [])),
  ];
  const diff = diffView(files, notes);
  const lineless = points.filter((p) => !p.anchor?.file || !p.anchor.line);
  const crumbs: Array<[string, string]> = model
    ? [[model.series.title, href`/series/${model.series.id}`], [revisionName(model.revision), href`/series/${model.series.id}/v/${model.version}`]]
    : [];
  const body = html`<p class="dim">${messageId} · <a href="${href`/thread/${messageId}`}">thread</a></p>
<pre class="body">${stored.commitMessage}</pre>
${summary?.trailers.length ? html`<h2>Trailers</h2><ul>${summary.trailers.map((t) => html`<li>${t.name}: ${t.value} <span class="dim">${t.status === 'own' ? '' : `${t.status}, in ${t.givenIn}`}</span></li>`)}</ul>` : null}
<h2>Findings <span class="dim">${findings.length}</span> · review points <span class="dim">${points.length}</span></h2>
${findings.length ? html`<ol>${findings.map((f, i) => html`<li><a href="#finding-${i + 1}">${f.file}:${f.line}</a> ${f.entry}</li>`)}</ol>` : null}
${diff.html}
${diff.unplaced.length || lineless.length ? html`<h2>Not at a line of this diff</h2>${diff.unplaced.map((n) => n.html)}${lineless.map((p) => pointNote(p, points.indexOf(p)))}` : null}`;
  return page(parseSubject(subject).title, body, { crumbs });
}
