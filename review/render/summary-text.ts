// A summary for people on a terminal: the digest first, then per revision the people, the thread drawn as
// a tree (each reply marked with the points it makes), and per patch what was asked and how it ended.
import { ASKING_KINDS, type PointKind, type ReviewPoint } from '../../core/review-point.js';
import type { Participant } from '../summary/participants.js';
import { clip, patchLabel, revisionLabel, whereIs } from '../summary/digest.js';
import type { PatchSummary, RevisionSummary, Summary } from '../summary/summary.js';
import type { Colors } from './colors.js';
import { shortDate } from './dates.js';
import { drawThread } from './thread-tree.js';

export const KIND_WORD: Record<PointKind, string> = {
  'change-request': 'request',
  question: 'question',
  objection: 'objection',
  nit: 'nit',
  'bug-report': 'bug',
  agreement: 'agrees',
  commitment: 'will do',
  'test-report': 'tested',
  trailer: 'trailer',
};

const SHORT_TRAILER: Record<string, string> = { 'Reviewed-by': 'R-b', 'Acked-by': 'A-b', 'Tested-by': 'T-b', 'Reported-by': 'Rep-b', 'Suggested-by': 'S-b', 'Nacked-by': 'NAK' };

export function statusMark(p: ReviewPoint, c: Colors): string {
  if (p.status === 'resolved') return c.green('✓');
  if (p.status === 'disputed') return c.red('✗');
  if (p.status === 'open') return c.yellow('?');
  return c.dim('·');
}

function trailerWords(p: ReviewPoint): string[] {
  return [...p.text.matchAll(/\b([A-Z][a-z]+(?:-[a-z]+)*-by):/g)].map((m) => SHORT_TRAILER[m[1]] ?? m[1]);
}

/** What a tree line says about the reply: "request✓ nit? R-b". */
function treeNote(points: ReviewPoint[], c: Colors): string {
  const words = points.flatMap((p) => {
    if (p.kind === 'trailer') return trailerWords(p).map((w) => c.green(w));
    if (ASKING_KINDS.has(p.kind)) return [`${KIND_WORD[p.kind]}${statusMark(p, c)}`];
    return p.kind === 'agreement' ? [] : [c.dim(KIND_WORD[p.kind])];
  });
  return [...new Set(words)].slice(0, 5).join(' ');
}

function people(list: Participant[]): string {
  return list.map((p) => `${p.name} (${p.role === 'ai-review' ? 'AI review' : p.role}, ${p.messages})`).join(', ');
}

function where(p: ReviewPoint): string {
  const a = p.anchor;
  if (!a?.file) return '';
  return ` at ${a.file}${a.line ? `:${a.line}` : ''}`;
}

function pointLines(p: ReviewPoint, c: Colors, byId: Map<string, string>): string[] {
  const head = `${statusMark(p, c)} ${c.bold(KIND_WORD[p.kind])}  ${p.by.name}${where(p)}: "${clip(p.text, 110)}"`;
  const outcome = p.decidedBy
    ? ` → ${p.status} by ${byId.get(p.decidedBy) ?? '?'} <${p.decidedBy}>${p.confirmedBy ? `, confirmed <${p.confirmedBy}>` : ''}`
    : '';
  return [`      ${head}`, `        ${c.dim(`<${p.messageId}>${outcome}`)}`];
}

function trailerLine(patch: PatchSummary): string {
  return patch.trailers
    .filter((t) => t.status === 'collected')
    .map((t) => `${SHORT_TRAILER[t.name] ?? t.name}: ${t.value.replace(/\s*<[^>]*>/, '')}`)
    .filter((v, i, all) => all.indexOf(v) === i)
    .join('; ');
}

function patchSection(r: RevisionSummary, patch: PatchSummary, c: Colors, byId: Map<string, string>): string[] {
  const shown = patch.points.filter((p) => ASKING_KINDS.has(p.kind) || p.kind === 'test-report');
  const trailers = trailerLine(patch);
  if (shown.length === 0 && !trailers) return [];
  const title = patch.index === 0 ? 'cover letter' : patch.subject.replace(/^(?:\s*(?:re:\s*)?\[[^\]]*\])+\s*/i, '');
  const out = [`    ${c.bold(patchLabel(r, patch.index))} ${clip(title, 70)}`];
  if (trailers) out.push(`      ${c.green(trailers)}`);
  for (const p of shown) out.push(...pointLines(p, c, byId));
  return out;
}

function revisionSection(r: RevisionSummary, c: Colors, width: number, byId: Map<string, string>): string[] {
  const count = r.patches.filter((p) => p.index > 0).length;
  const head = `${c.bold(revisionLabel(r))}  ${shortDate(r.date)}${count ? `, ${count} patches` : ''}, ${r.replies} replies`;
  const tree = drawThread(r.messages, c, width - 4, (m) => treeNote(m.points, c)).trimEnd().split('\n').map((l) => `    ${l}`);
  const patches = r.patches.flatMap((p) => patchSection(r, p, c, byId));
  return [head, `  People: ${people(r.participants)}`, '  Thread:', ...tree, ...(patches.length ? ['  Points:', ...patches] : []), ''];
}

export function drawSummary(summary: Summary, c: Colors, width = 110): string {
  const byId = new Map(summary.revisions.flatMap((r) => r.messages.map((m) => [m.messageId, m.fromName || m.fromEmail] as [string, string])));
  const out = [c.bold(summary.title)];
  if (summary.series) out.push(c.dim(`series ${summary.series.id} by ${summary.series.author.name} <${summary.series.author.email}>`));
  out.push('', ...summary.digest.map((l) => `  • ${l}`), '');
  for (const r of summary.revisions) out.push(...revisionSection(r, c, width, byId));
  if (summary.open.length) {
    out.push(c.bold(`Open or disputed (${summary.open.length})`));
    for (const p of summary.open) out.push(`    ${c.bold(whereIs(summary, p))}`, ...pointLines(p, c, byId));
  }
  return `${out.join('\n')}\n`;
}
