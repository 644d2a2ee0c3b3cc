// `mlreview revisions` for people: the series timeline, then per step the pairs with range-diff's marks
// (= unchanged, ! changed, < dropped, > new), the changelog checked line by line, changes it does not
// mention, trailer findings, and the review comments per reviewer with what became of each.
import type { RevisionsReport, RevisionStep } from '../revisions/assemble-revisions.js';
import type { CommentResolution } from '../revisions/comment-resolution.js';
import type { PatchPair } from '../revisions/compare-patches.js';
import { interdiffText } from '../revisions/interdiff.js';
import { revisionName } from '../../core/revision-name.js';
import type { Colors } from './colors.js';
import { shortDate } from './dates.js';
import { drawTimeline } from './series-text.js';

export interface RevisionsTextOptions {
  width: number;
  /** Show each changed pair's interdiff under it. */
  interdiffs: boolean;
}

const MARK: Record<PatchPair['status'], string> = { unchanged: '=', changed: '!', dropped: '<', new: '>' };
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function drawRevisions(report: RevisionsReport, c: Colors, options: RevisionsTextOptions): string {
  const s = report.series;
  const out = [c.bold(s.title), c.dim(`series ${s.id} by ${s.author.name} <${s.author.email}>`), ''];
  out.push(...timelineRows(report, c), '');
  if (!report.steps.length) out.push(c.dim(`Only one revision (${revisionName(report.timeline[0].revision)}): nothing to compare yet.`));
  for (const step of report.steps) out.push(...drawStep(step, c, options), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function timelineRows(report: RevisionsReport, c: Colors): string[] {
  const cells = report.timeline.map((t, i) => [
    revisionName(t.revision),
    shortDate(t.revision.date).slice(0, 10),
    `${t.revision.patches.length} patches`,
    `${t.revision.replies} replies`,
    i === 0 ? '' : `+${t.came} −${t.went} ~${t.changed}`,
    `${t.tagsGathered} tag${t.tagsGathered === 1 ? '' : 's'} given`,
  ]);
  return [...drawTimeline(cells, c), c.dim('(+ new, − dropped, ~ changed patches against the revision before; tags: Reviewed/Acked/Tested-by in replies)')];
}

function drawStep(step: RevisionStep, c: Colors, o: RevisionsTextOptions): string[] {
  const cmp = step.comparison;
  const count = (st: PatchPair['status']) => cmp.pairs.filter((p) => p.status === st).length;
  const head = `${revisionName(cmp.from)} → ${revisionName(cmp.to)}`;
  const out = [c.bold(`${head}   ${cmp.from.patches.length} → ${cmp.to.patches.length} patches: ${count('unchanged')} unchanged, ${count('changed')} changed, ${count('new')} new, ${count('dropped')} dropped`)];
  for (const p of cmp.pairs) out.push(...pairLines(step, p, c, o));
  out.push('', ...changelogLines(step, c, o.width), ...trailerLines(step, c), '', ...commentLines(step, c, o.width));
  return out;
}

function pairLines(step: RevisionStep, p: PatchPair, c: Colors, o: RevisionsTextOptions): string[] {
  const cmp = step.comparison;
  const side = (x: typeof p.from) => (x ? cmp.label(x).split(' ').pop()! : '-');
  const width = Math.max(String(cmp.from.total).length, String(cmp.to.total).length) * 2 + 1;
  const paint = { unchanged: c.green, changed: c.yellow, dropped: c.red, new: c.green }[p.status];
  const notes = [
    p.interdiff && p.status === 'changed' ? sizeNote(p) : '',
    p.status === 'unchanged' && p.interdiff?.messageLines ? 'message reworded' : '',
    p.splitFrom ? `split out of ${cmp.label(p.splitFrom)}` : '',
    p.mergedInto ? `merged into ${cmp.label(p.mergedInto)}` : '',
  ].filter(Boolean);
  const title = clip((p.to ?? p.from)!.title, o.width - 2 * width - 12 - (notes.join(', ').length + 3));
  const line = `  ${side(p.from).padStart(width)} ${paint(MARK[p.status])} ${side(p.to).padEnd(width)}  ${title}${notes.length ? c.dim(`  (${notes.join(', ')})`) : ''}`;
  if (!o.interdiffs || !p.interdiff || p.status !== 'changed') return [line];
  return [line, ...interdiffText(p.interdiff).map((l) => `        ${l.startsWith('@@') ? c.dim(l) : l[0] === '+' ? c.green(l) : l[0] === '-' ? c.red(l) : l}`)];
}

function sizeNote(p: PatchPair): string {
  const d = p.interdiff!;
  const parts = [d.codeLines ? `${d.codeLines} code line${d.codeLines === 1 ? '' : 's'}` : '', d.contextLines ? `${d.contextLines} context` : '', d.messageLines ? 'message' : ''].filter(Boolean);
  return parts.join(', ') || 'hunk headers only';
}

function changelogLines(step: RevisionStep, c: Colors, width: number): string[] {
  const checks = step.changelog;
  if (!checks.length) return [c.dim(`  No changelog for ${revisionName(step.comparison.to)} (no "Changes in vN" or "vN:" section in the cover letter or below ---).`), ...unmentioned(step, c)];
  const matched = checks.filter((k) => k.matched).length;
  const out = [`  Changelog: ${matched} of ${checks.length} lines match a change`];
  for (const k of checks) {
    const mark = k.matched ? c.green('✓') : k.checkable ? c.red('✗') : c.dim('?');
    out.push(`    ${mark} ${clip(oneLine(k.entry.text), width - 6)}`);
    const why = !k.checkable ? 'nothing in it to check against the code' : k.evidence.length ? k.evidence[0] : 'no change matches it';
    const unknown = k.unknownNames.map((u) => `${u.name} is in neither revision's code${u.closest ? ` (it has ${u.closest})` : ''}`);
    for (const note of [...unknown, why]) out.push(c.dim(`        ${clip(note, width - 8)}`));
  }
  return [...out, ...unmentioned(step, c)];
}

function unmentioned(step: RevisionStep, c: Colors): string[] {
  if (!step.unmentioned.length) return [];
  const cmp = step.comparison;
  return [`  Changed but no changelog line mentions it:`, ...step.unmentioned.map((p) => c.yellow(`    ${p.status === 'changed' ? `${cmp.label(p.from!)} → ${cmp.label(p.to!)} (${sizeNote(p)})` : `${p.status} ${cmp.label((p.to ?? p.from)!)}`}`))];
}

function trailerLines(step: RevisionStep, c: Colors): string[] {
  const cmp = step.comparison;
  return step.trailers.findings.map((f) =>
    c.red(
      f.kind === 'lost'
        ? `  ✗ ${f.trailer} given to ${cmp.label(f.pair.from!)} <${f.givenIn}> is missing from ${cmp.label(f.pair.to!)}, whose code did not change`
        : `  ✗ ${f.trailer} carried onto ${cmp.label(f.pair.to!)}, whose code changed by ${f.changedLines} lines since it was given <${f.givenIn}>${f.giverAskedForChanges ? ' (the changes include what they asked for)' : ''}`,
    ),
  );
}

function commentLines(step: RevisionStep, c: Colors, width: number): string[] {
  const cmp = step.comparison;
  if (!step.comments.length) return [c.dim(`  No review comments on ${revisionName(cmp.from)} asked for anything.`)];
  const byPerson = new Map<string, CommentResolution[]>();
  for (const r of step.comments) byPerson.set(r.by.name || r.by.email, [...(byPerson.get(r.by.name || r.by.email) ?? []), r]);
  const out = [`  Review comments on ${revisionName(cmp.from)}, as ${revisionName(cmp.to)} answers them:`];
  for (const [who, list] of [...byPerson].sort((a, b) => b[1].length - a[1].length)) {
    const n = (st: string) => list.filter((r) => r.status === st).length;
    out.push(`    ${c.bold(who)}: ${list.length} — ${n('addressed')} addressed, ${n('not-addressed')} not addressed, ${n('unknown')} cannot tell`);
    for (const r of list) {
      const mark = r.status === 'addressed' ? c.green('✓') : r.status === 'not-addressed' ? c.red('✗') : c.dim('?');
      const where = r.pair?.from ? cmp.label(r.pair.from).split(' ').pop() : 'cover';
      out.push(`      ${mark} ${where} ${r.point.kind}: "${clip(oneLine(r.point.text), width - 30)}"`);
      if (r.evidence.length) out.push(c.dim(`          ${clip(r.evidence.map((e) => e.text).join('; '), width - 10)}`));
    }
  }
  return out;
}
