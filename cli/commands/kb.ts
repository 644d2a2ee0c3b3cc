// mlreview kb list / kb show ID / kb test: the knowledge base of mm API patterns, with --kb DIR adding a
// user's own entries.
import type { Entry } from '../../knowledge/entry.js';
import { loadEntries } from '../../knowledge/load-entries.js';
import { compileEntry } from '../../knowledge/match-patch.js';
import { entryPassed, testEntries, type EntryTestResult } from '../../knowledge/entry-tester.js';
import { drawEntry } from '../../review/render/kb-entry-text.js';
import { colors } from '../../review/render/colors.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';

export interface KbArgs {
  output?: string;
  kbDirs: string[];
  color: boolean;
}

export async function runKbList(args: KbArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const entries = await loadEntries(args.kbDirs);
  if (format === 'json') {
    return { exitCode: 0, stdout: json({ schema: 1, entries: entries.map((e) => ({ id: e.id, title: e.title, severity: e.severity, since: e.since ?? null, references: e.references })) }) };
  }
  const c = colors(args.color);
  const width = Math.max(...entries.map((e) => e.id.length));
  const lines = entries.map((e) => `${e.id.padEnd(width)}  ${e.severity.padEnd(7)}  ${(e.since ?? '-').padEnd(5)}  ${e.title}`);
  return { exitCode: 0, stdout: `${c.dim(`${'id'.padEnd(width)}  severity since  title`)}\n${lines.join('\n')}\n${c.dim(`${entries.length} entries`)}\n` };
}

export async function runKbShow(id: string, args: KbArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const entries = await loadEntries(args.kbDirs);
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new UsageError(`${id}: no knowledge entry with that id (run "mlreview kb list" to see the ${entries.length} there are)`);
  if (format === 'json') return { exitCode: 0, stdout: json({ schema: 1, entry: entryJson(entry) }) };
  return { exitCode: 0, stdout: drawEntry(entry, colors(args.color), Math.min(process.stdout.columns || 100, 100)) };
}

function entryJson(e: Entry) {
  return {
    id: e.id, title: e.title, severity: e.severity, confidence: e.confidence, since: e.since ?? null, until: e.until ?? null,
    rule: e.rule ?? null, tags: e.tags, keys: e.keys, message: e.message, rationale: e.rationale, references: e.references,
    falsePositives: e.falsePositives,
    matcher: e.matcher.kind === 'named' ? { kind: 'named', name: e.matcher.name } : { kind: 'pattern', pattern: e.matcher.text },
    examples: e.examples.map((x) => ({ kind: x.kind, title: x.title, target: x.target?.join('.') ?? null, diff: x.diff })),
    file: e.file,
  };
}

export async function runKbTest(args: KbArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const results = await testEntries((await loadEntries(args.kbDirs)).map(compileEntry));
  const failed = results.filter((r) => !entryPassed(r));
  const exitCode = failed.length ? 1 : 0;
  if (format === 'json') {
    return { exitCode, stdout: json({ schema: 1, passed: results.length - failed.length, failed: failed.length, entries: results.map((r) => ({ ...r, passed: entryPassed(r) })) }) };
  }
  const c = colors(args.color);
  const lines = results.map((r) => drawResult(r, c));
  const summary = `${results.length - failed.length} entries passed, ${failed.length} failed (${results.reduce((n, r) => n + r.examples.length, 0)} examples)`;
  return { exitCode, stdout: `${lines.join('\n')}\n${failed.length ? c.red(summary) : c.green(summary)}\n` };
}

function drawResult(r: EntryTestResult, c: ReturnType<typeof colors>): string {
  if (entryPassed(r)) return `${c.green('ok')}    ${r.id} (${r.examples.length} examples)`;
  const problems = [
    ...r.problems,
    ...r.examples.filter((e) => e.status !== 'pass').map((e) => `${e.status} ${e.kind} example "${e.title}"${e.findings.length ? `: fired at ${e.findings.map((f) => `${f.file}:${f.line}`).join(', ')}` : ''}`),
  ];
  return `${c.red('FAIL')}  ${r.id} (${r.file})\n${problems.map((p) => `      ${p}`).join('\n')}`;
}
