// A summary as Markdown, for pasting into a mail, an issue or a wiki: the digest, then per revision the
// people, the thread tree (as a text block) and per patch the points with their outcome.
import { ASKING_KINDS, type ReviewPoint } from '../../core/review-point.js';
import { patchLabel, revisionLabel } from '../summary/digest.js';
import type { RevisionSummary, Summary } from '../summary/summary.js';
import { colors } from './colors.js';
import { shortDate } from './dates.js';
import { KIND_WORD } from './summary-text.js';
import { drawThread } from './thread-tree.js';
import { escapeMarkdown } from './markdown-escape.js';

const MARK: Record<ReviewPoint['status'], string> = { resolved: '✓', disputed: '✗', open: '?', noted: '·' };

function pointItem(p: ReviewPoint, names: Map<string, string>): string {
  const at = p.anchor?.file ? ` at \`${p.anchor.file}${p.anchor.line ? `:${p.anchor.line}` : ''}\`` : '';
  const decided = p.decidedBy ? ` by ${escapeMarkdown(names.get(p.decidedBy) ?? '?')} (\`<${p.decidedBy}>\`)` : '';
  const outcome = p.status === 'noted' ? '' : ` → ${p.status}${decided}`;
  return `- ${MARK[p.status]} **${KIND_WORD[p.kind]}** — ${escapeMarkdown(p.by.name)}${at}: "${escapeMarkdown(p.text)}" (\`<${p.messageId}>\`)${outcome}`;
}

function revisionMd(r: RevisionSummary, names: Map<string, string>): string[] {
  const out = [`## ${revisionLabel(r)} (${shortDate(r.date)}, ${r.replies} replies)`, ''];
  out.push(`People: ${r.participants.map((p) => `${escapeMarkdown(p.name)} (${p.role})`).join(', ')}`, '');
  out.push('```text', drawThread(r.messages, colors(false), 100).trimEnd(), '```', '');
  for (const patch of r.patches) {
    const shown = patch.points.filter((p) => ASKING_KINDS.has(p.kind) || p.kind === 'test-report' || p.kind === 'trailer');
    if (shown.length === 0) continue;
    out.push(`### ${patchLabel(r, patch.index)} ${escapeMarkdown(patch.subject)}`, '', ...shown.map((p) => pointItem(p, names)), '');
  }
  return out;
}

export function summaryMarkdown(s: Summary): string {
  const names = new Map(s.revisions.flatMap((r) => r.messages.map((m) => [m.messageId, m.fromName || m.fromEmail] as [string, string])));
  const out = [`# ${escapeMarkdown(s.title)}`, ''];
  if (s.series) out.push(`Series \`${s.series.id}\` by ${escapeMarkdown(s.series.author.name)}`, '');
  out.push('## Digest', '', ...s.digest.map((l) => `- ${escapeMarkdown(l)}`), '');
  for (const r of s.revisions) out.push(...revisionMd(r, names));
  if (s.open.length) out.push('## Open or disputed', '', ...s.open.map((p) => pointItem(p, names)), '');
  const decided = s.decisions;
  if (decided.length) {
    out.push('## Decisions', '');
    for (const d of decided) out.push(`- ${shortDate(d.date)} ${escapeMarkdown(d.by.name)} — ${d.kind}: "${escapeMarkdown(d.text.slice(0, 160))}" (\`<${d.messageId}>\`)`);
    out.push('');
  }
  return out.join('\n');
}
