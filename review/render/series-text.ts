// Series for people: a one-line-per-revision list, and a drawn timeline with patches and trailers.
import type { RevisionView, SeriesView, TrailerRef } from '../../ingest/archive/series-queries.js';
import type { Colors } from './colors.js';
import { shortDate } from './dates.js';
import { revisionName } from '../../core/revision-name.js';

export { revisionName };

function counts(r: RevisionView): string {
  const posted = new Set(r.patches.map((p) => p.index)).size;
  return `${posted}/${r.total}`;
}

export function drawSeriesList(list: SeriesView[], c: Colors): string {
  const out: string[] = [];
  for (const s of list) {
    out.push(`${c.yellow(s.id)}  ${c.bold(s.title)}  ${c.dim(`${s.authorName} <${s.authorEmail}>`)}`);
    for (const r of s.revisions) {
      const missing = r.missing.length ? c.red(`  missing ${r.missing.join(',')}`) : '';
      const link = r.link ? c.dim(`  ← ${r.link.reason} (${r.link.confidence})`) : '';
      out.push(`  ${revisionName(r).padEnd(12)} ${shortDate(r.date)}  ${counts(r).padStart(5)}${r.coverMessageId ? '' : c.dim('  no cover')}${missing}${link}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * v1 ────▶ v2 ────▶ v3, with further rows (dates, patch counts, …) aligned under each revision: one cell
 * list per revision, the name first.
 */
export function drawTimeline(cells: string[][], c: Colors): string[] {
  const width = Math.max(...cells.flat().map((x) => x.length)) + 4;
  const arrows = cells.map(([name], i) => (i === cells.length - 1 ? name : `${name} ${'─'.repeat(width - name.length - 3)}▶ `));
  const row = (i: number) => cells.map((cell) => (cell[i] ?? '').padEnd(width)).join('').trimEnd();
  return [c.bold(arrows.join('')), ...Array.from({ length: Math.max(...cells.map((x) => x.length)) - 1 }, (_x, i) => c.dim(row(i + 1)))];
}

function timeline(s: SeriesView, c: Colors): string[] {
  return drawTimeline(s.revisions.map((r) => [revisionName(r), shortDate(r.date).slice(0, 10), `${counts(r)} patches`]), c);
}

const SHORT: Record<string, string> = { 'Reviewed-by': 'R-b', 'Acked-by': 'A-b', 'Tested-by': 'T-b', 'Signed-off-by': 'S-o-b' };

function trailerLine(list: TrailerRef[], c: Colors): string {
  const given = list.filter((t) => t.status !== 'mismatch' && t.status !== 'bot' && t.name !== 'Signed-off-by');
  const people = given.map((t) => `${SHORT[t.name] ?? t.name}: ${t.value.replace(/\s*<[^>]*>/, '')}`);
  const bad = list.filter((t) => t.status === 'mismatch' || t.status === 'bot').map((t) => c.red(`${t.name}: ${t.value} (${t.status})`));
  return [...people, ...bad].join('; ');
}

export function drawSeries(s: SeriesView, trailers: Map<string, TrailerRef[]>, c: Colors): string {
  const out = [`${c.bold(s.title)}`, c.dim(`series ${s.id} by ${s.authorName} <${s.authorEmail}>`), '', ...timeline(s, c), ''];
  for (const r of s.revisions) {
    const how = r.link ? c.dim(` — follows the previous revision: ${r.link.reason} (${r.link.confidence} confidence)`) : '';
    out.push(`${c.bold(revisionName(r))}  ${shortDate(r.date)}  ${r.coverMessageId ? `<${r.coverMessageId}>` : c.dim('(no cover letter)')}${how}`);
    for (const p of r.patches) {
      const num = `${String(p.index).padStart(String(r.total).length, '0')}/${r.total}`;
      const t = trailerLine(trailers.get(p.messageId) ?? [], c);
      out.push(`  ${num} ${p.subject.replace(/^(\s*\[[^\]]*\])+\s*/, '')}${p.carried ? c.dim(' (carried from the previous revision)') : ''}`);
      if (t) out.push(`        ${c.green(t)}`);
    }
    if (r.missing.length) out.push(c.red(`  missing: ${r.missing.join(', ')}`));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
