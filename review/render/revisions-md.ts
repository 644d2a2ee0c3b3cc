// `mlreview revisions -o md`: the same as the text view in Markdown, for a mail, an issue or a wiki — a
// timeline table, then per step the pairs as a table, the changelog as a checklist, trailer findings and the
// review comments per reviewer. Mail text is escaped (summary-md.ts).
import type { RevisionsReport, RevisionStep } from '../revisions/assemble-revisions.js';
import type { CommentResolution } from '../revisions/comment-resolution.js';
import type { PatchPair } from '../revisions/compare-patches.js';
import { interdiffText } from '../revisions/interdiff.js';
import { revisionName } from '../../core/revision-name.js';
import { shortDate } from './dates.js';
import { escapeMarkdown as esc } from './markdown-escape.js';

const STATUS_WORD: Record<PatchPair['status'], string> = { unchanged: '= unchanged', changed: '! changed', dropped: '< dropped', new: '> new' };
const COMMENT_MARK = { addressed: '✓', 'not-addressed': '✗', unknown: '?' } as const;

export function revisionsMarkdown(report: RevisionsReport, interdiffs: boolean): string {
  const out = [`# Revisions of ${esc(report.series.title)}`, '', `Series \`${report.series.id}\` by ${esc(report.series.author.name)}.`, ''];
  out.push('| revision | date | patches | replies | new | dropped | changed | tags given |', '|---|---|---|---|---|---|---|---|');
  report.timeline.forEach((t, i) => {
    const r = t.revision;
    out.push(`| ${revisionName(r)} | ${shortDate(r.date)} | ${r.patches.length} | ${r.replies} | ${i ? t.came : ''} | ${i ? t.went : ''} | ${i ? t.changed : ''} | ${t.tagsGathered} |`);
  });
  for (const step of report.steps) out.push('', ...stepMd(step, interdiffs));
  return `${out.join('\n')}\n`;
}

function stepMd(step: RevisionStep, interdiffs: boolean): string[] {
  const cmp = step.comparison;
  const label = (p: PatchPair['from']) => (p ? cmp.label(p) : '—');
  const out = [`## ${revisionName(cmp.from)} → ${revisionName(cmp.to)}`, '', '| old | | new | subject | change |', '|---|---|---|---|---|'];
  for (const p of cmp.pairs) {
    const size = p.interdiff && p.status === 'changed' ? `${p.interdiff.codeLines} code, ${p.interdiff.contextLines} context lines${p.interdiff.messageLines ? ', message' : ''}` : '';
    const note = [size, p.splitFrom ? `split out of ${cmp.label(p.splitFrom)}` : '', p.mergedInto ? `merged into ${cmp.label(p.mergedInto)}` : ''].filter(Boolean).join('; ');
    out.push(`| ${label(p.from)} | ${STATUS_WORD[p.status]} | ${label(p.to)} | ${esc((p.to ?? p.from)!.title)} | ${note} |`);
  }
  if (interdiffs) {
    for (const p of cmp.pairs.filter((x) => x.status === 'changed')) out.push('', `### ${cmp.label(p.from!)} → ${cmp.label(p.to!)}`, '', '```diff', ...interdiffText(p.interdiff!), '```');
  }
  out.push('', '### Changelog', '');
  if (!step.changelog.length) out.push(`No changelog for ${revisionName(cmp.to)}.`);
  for (const k of step.changelog) {
    const unknown = k.unknownNames.map((u) => `\`${u.name}\` is in neither revision's code${u.closest ? ` (it has \`${u.closest}\`)` : ''}`);
    const why = [...unknown, k.checkable ? (k.evidence[0] ? esc(k.evidence[0]) : 'no change matches it') : 'nothing to check it against'].join('; ');
    out.push(`- [${k.matched ? 'x' : ' '}] ${esc(k.entry.text)} — ${why}`);
  }
  for (const p of step.unmentioned) out.push(`- **not in the changelog:** ${p.status} ${label(p.to ?? p.from)}`);
  if (step.trailers.findings.length) {
    out.push('', '### Trailers', '');
    for (const f of step.trailers.findings) {
      out.push(f.kind === 'lost' ? `- ${esc(f.trailer)} given to ${label(f.pair.from)} is missing from ${label(f.pair.to)}, whose code did not change` : `- ${esc(f.trailer)} carried onto ${label(f.pair.to)}, whose code changed by ${f.changedLines} lines since it was given`);
    }
  }
  return [...out, '', `### Review comments on ${revisionName(cmp.from)}`, '', ...commentsMd(step)];
}

function commentsMd(step: RevisionStep): string[] {
  const byPerson = new Map<string, CommentResolution[]>();
  for (const r of step.comments) byPerson.set(r.by.name, [...(byPerson.get(r.by.name) ?? []), r]);
  if (!byPerson.size) return ['No review comment asked for anything.'];
  const out: string[] = [];
  for (const [who, list] of byPerson) {
    out.push(`- **${esc(who)}** (${list.filter((r) => r.status === 'addressed').length} of ${list.length} addressed)`);
    for (const r of list) {
      const where = r.pair?.from ? step.comparison.label(r.pair.from) : 'cover letter';
      out.push(`  - ${COMMENT_MARK[r.status]} ${where}, ${r.point.kind}: "${esc(r.point.text.replace(/\s+/g, ' ').slice(0, 160))}" (\`<${r.point.messageId}>\`)${r.evidence.length ? ` — ${esc(r.evidence.map((e) => e.text).join('; '))}` : ''}`);
    }
  }
  return out;
}
