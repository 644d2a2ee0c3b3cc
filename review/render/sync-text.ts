// What a sync brought, for people: each source's outcome, then new series, new revisions of followed
// series, new replies by thread, and the trailers reviewers gave.
import type { SyncReport } from '../../ingest/sync.js';
import type { Colors } from './colors.js';
import { shortDate } from './dates.js';

function sourceLines(r: SyncReport, c: Colors): string[] {
  return r.sources.map((s) => {
    const label = s.name === s.url ? s.url : `${s.name} ${c.dim(`(${s.url})`)}`;
    if (s.failed) return `  ${c.red('✗')} ${label}: ${c.red(s.failed)}`;
    if (s.added === 0 && s.duplicates === 0 && s.skipped.length === 0) return `  ${c.dim('=')} ${label}: nothing new`;
    const skipped = s.skipped.length ? c.yellow(`, ${s.skipped.length} skipped`) : '';
    return `  ${c.green('✓')} ${label}: ${s.added} new, ${s.duplicates} already stored${skipped}`;
  });
}

/** A trailer given to a cover letter lands on every patch: one line per trailer given, not per patch. */
function trailerLines(r: SyncReport, c: Colors): string[] {
  const given = new Map<string, { name: string; value: string; givenIn: string; patches: string[] }>();
  for (const t of r.newTrailers) {
    const key = `${t.givenIn}\u0000${t.name}\u0000${t.value}`;
    const g = given.get(key) ?? { name: t.name, value: t.value, givenIn: t.givenIn, patches: [] };
    g.patches.push(t.patchSubject);
    given.set(key, g);
  }
  return [...given.values()].map((g) => {
    const on = g.patches.length === 1 ? g.patches[0] : `${g.patches.length} patches (${g.patches[0]} …)`;
    return `  ${c.green(`${g.name}: ${g.value}`)} on ${on} ${c.dim(`<${g.givenIn}>`)}`;
  });
}

export function drawSyncReport(r: SyncReport, c: Colors): string {
  const out = [c.bold('sources'), ...sourceLines(r, c)];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', c.bold(title), ...lines);
  };
  section('new series', r.newSeries.map((s) => `  ${c.yellow(s.id)}  ${c.bold(s.title)}  ${c.dim(`${s.author.name} <${s.author.email}>`)}  ${s.versions.join(', ')}`));
  section('new revisions', r.newRevisions.map((v) => `  ${c.yellow(v.seriesId)}  ${c.bold(v.seriesTitle)}  ${[v.label, `v${v.version}`].filter(Boolean).join(' ')}  ${shortDate(v.date)}  ${v.patches} patches  ${c.dim(`<${v.messageId}>`)}`));
  section('new replies', r.newReplies.map((t) => `  ${t.threadSubject}  ${c.dim(`${t.count} ${t.count === 1 ? 'reply' : 'replies'} from ${t.from.join(', ')}`)}`));
  section('new trailers', trailerLines(r, c));
  if (r.unknownTracked.length) out.push('', c.yellow(`followed but not in the archive: ${r.unknownTracked.join(', ')}`));
  if (!r.newSeries.length && !r.newRevisions.length && !r.newReplies.length && !r.newTrailers.length) out.push('', 'nothing new');
  out.push('', c.dim(`archive: ${r.threads} threads, ${r.series} series`));
  return `${out.join('\n')}\n`;
}
