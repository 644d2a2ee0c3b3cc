// `mlreview apply` for people: where the series went, then per patch one line (✓ or ✗), its files with
// their hunks drawn compactly (clean hunks counted, moved, fuzzed and failed ones named, a failed one with
// the place it almost matched), its findings; the diffstat; a summary. On a wrong base the verdict comes
// first and the failures are folded into counts.
import type { FileOutcome, HunkOutcome, PatchOutcome, SeriesOutcome } from '../apply/apply-types.js';
import type { Colors } from './colors.js';

export function drawApply(s: SeriesOutcome, c: Colors): string {
  const out = [header(s, c), ''];
  if (s.wrongBase) {
    out.push(c.red(c.bold(s.wrongBase.verdict.replace(/^./, (x) => x.toUpperCase()))));
    out.push(c.dim(`${s.wrongBase.failedHunks} of ${s.wrongBase.totalHunks} hunks failed; per patch below (every hunk and finding: -o json)`), '');
  }
  for (const p of s.patches) out.push(...(s.wrongBase ? foldedPatch(p, c) : drawPatch(p, c)));
  out.push('', ...drawDiffstat(s, c), '', summary(s, c));
  return `${out.join('\n')}\n`;
}

function header(s: SeriesOutcome, c: Colors): string {
  const release = s.version ? `linux ${s.version}` : 'no kernel Makefile';
  const how = {
    directory: 'a plain directory, read as it is',
    given: `at the commit --base names`,
    'base-commit': 'at the base-commit the series names',
    'blob-ids': 'at the commit whose blobs match the index lines',
    head: 'at HEAD',
  }[s.base.how];
  const rules = s.rules.kind === 'git' ? "git am's rules (exact context)" : `GNU patch's rules, fuzz up to ${s.rules.maxFuzz}`;
  const note = s.base.note && s.base.how !== 'directory' ? c.dim(`\n  base: ${s.base.note}`) : '';
  return `${c.bold(`Simulated application onto ${s.tree}`)} (${release}; ${how}; ${rules})${note}`;
}

const num = (p: PatchOutcome) => `${String(p.index).padStart(String(p.total).length)}/${p.total}`;

function drawPatch(p: PatchOutcome, c: Colors): string[] {
  const out = [`${num(p)} ${p.applied ? c.green('✓') : c.red('✗')} ${p.subject}`];
  const indent = ' '.repeat(num(p).length + 3);
  for (const f of p.files) out.push(...drawFile(f, c).map((l) => indent + l));
  for (const f of p.findings) out.push(`${indent}${kindLabel(f.kind, c)} ${f.file}:${f.line}  ${f.kind === 'kb' ? `${c.dim(f.id)}: ` : ''}${f.message}`);
  return out;
}

const kindLabel = (kind: string, c: Colors) => ({ bisect: c.red('bisect'), helper: c.red('helper'), kb: c.yellow('kb    ') })[kind] ?? kind;

function drawFile(f: FileOutcome, c: Colors): string[] {
  const name = f.oldPath ? `${f.oldPath} => ${f.path}` : f.path;
  const op = f.operation === 'modify' ? '' : c.dim(` (${f.operation})`);
  if (f.status === 'not-simulated') return [`${name}${op}  ${c.yellow(f.reason ?? 'not simulated')}`];
  if (f.reason) return [`${name}${op}  ${c.red(`FAILED: ${f.reason}`)}`];
  const clean = f.hunks.filter((h) => h.result === 'clean').length;
  const notable = f.hunks.filter((h) => h.result !== 'clean');
  const hunks = `${f.hunks.length} hunk${f.hunks.length === 1 ? '' : 's'}`;
  const parts = notable.length ? [hunks, ...(clean ? [`${clean} clean`] : []), ...notable.map((h) => hunkShort(h, c))] : [`${hunks} clean`];
  const out = [`${name}${op}  ${f.hunks.length ? parts.join(', ') : c.dim('no hunks')}`];
  for (const h of notable.filter((x) => x.result === 'failed')) out.push(...nearMiss(h, c));
  return out;
}

function hunkShort(h: HunkOutcome, c: Colors): string {
  const offset = h.offset ? ` offset ${h.offset > 0 ? '+' : ''}${h.offset}` : '';
  if (h.result === 'failed') return c.red(`#${h.number} FAILED at ${h.line}`);
  if (h.result === 'fuzz') return c.yellow(`#${h.number} fuzz ${h.fuzz}${offset} at ${h.line}`);
  return c.yellow(`#${h.number}${offset} at ${h.line}`);
}

function nearMiss(h: HunkOutcome, c: Colors): string[] {
  const m = h.nearMiss;
  if (!m) return [];
  const out = [c.dim(`  #${h.number}: ${m.reason}${m.matching ? ` (nearest: line ${m.line}, ${m.matching} of ${m.total} lines equal)` : ''}`)];
  for (const d of m.differing) {
    out.push(c.dim(`     hunk line ${d.hunkLine}: `) + c.red(`- ${d.expected}`));
    out.push(c.dim(`     ${' '.repeat(String(d.hunkLine).length + 11)}`) + c.green(`+ ${d.found ?? '(end of file)'}`));
  }
  return out;
}

function foldedPatch(p: PatchOutcome, c: Colors): string[] {
  const hunks = p.files.flatMap((f) => f.hunks);
  const failed = hunks.filter((h) => h.result === 'failed').length;
  const files = p.files.filter((f) => f.status === 'failed').length;
  const counts = failed || files ? `${failed} of ${hunks.length} hunks failed in ${files} of ${p.files.length} files` : `${hunks.length} hunks applied`;
  const findings = p.findings.length ? c.dim(`; ${p.findings.length} finding${p.findings.length === 1 ? '' : 's'}`) : '';
  return [`${num(p)} ${p.applied ? c.green('✓') : c.red('✗')} ${p.subject}  ${c.dim(counts)}${findings}`];
}

function drawDiffstat(s: SeriesOutcome, c: Colors): string[] {
  if (!s.diffstat.length) return [c.dim('nothing changes in the tree')];
  const width = Math.max(...s.diffstat.map((d) => d.path.length));
  const lines = s.diffstat.map((d) => {
    const bar = `${c.green('+'.repeat(Math.min(d.added, 40)))}${c.red('-'.repeat(Math.min(d.removed, 40)))}`;
    return ` ${d.path.padEnd(width)} | ${String(d.added + d.removed).padStart(4)} ${bar}${d.note ? c.dim(` (${d.note})`) : ''}`;
  });
  const added = s.diffstat.reduce((n, d) => n + d.added, 0);
  const removed = s.diffstat.reduce((n, d) => n + d.removed, 0);
  return [c.bold('diffstat of the resulting tree'), ...lines, ` ${s.diffstat.length} file${s.diffstat.length === 1 ? '' : 's'} changed, ${added} insertions(+), ${removed} deletions(-)`];
}

function summary(s: SeriesOutcome, c: Colors): string {
  const failed = s.patches.filter((p) => !p.applied).length;
  const findings = s.patches.flatMap((p) => p.findings);
  const byKind = ['bisect', 'helper', 'kb'].map((k) => [k, findings.filter((f) => f.kind === k).length] as const).filter(([, n]) => n);
  const what = findings.length ? `; ${findings.length} finding${findings.length === 1 ? '' : 's'} (${byKind.map(([k, n]) => `${n} ${k}`).join(', ')})` : '; no findings';
  const applied = `${s.patches.length - failed} of ${s.patches.length} patches apply`;
  return `${failed ? c.red(applied) : c.green(applied)}${what}`;
}
