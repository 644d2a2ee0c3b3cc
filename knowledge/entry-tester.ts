// Runs every entry's examples as tests, the way ast-grep's rule tests do: a bad example must draw a
// finding from its entry ("missing" when it does not), a good one must draw none ("noisy" when it does).
import type { Finding } from '../core/finding.js';
import { parseDiff } from '../ingest/parse/diff.js';
import { matchPatch, type CompiledEntry } from './match-patch.js';

export type ExampleStatus = 'pass' | 'missing' | 'noisy' | 'no-diff';

export interface ExampleResult {
  kind: 'bad' | 'good';
  title: string;
  status: ExampleStatus;
  findings: Finding[];
}

export interface EntryTestResult {
  id: string;
  file: string;
  examples: ExampleResult[];
  /** Entry-level problems, e.g. no good example. */
  problems: string[];
}

export const entryPassed = (r: EntryTestResult) => r.problems.length === 0 && r.examples.every((e) => e.status === 'pass');

export async function testEntry(compiled: CompiledEntry): Promise<EntryTestResult> {
  const { entry } = compiled;
  const examples: ExampleResult[] = [];
  for (const ex of entry.examples) {
    const files = parseDiff(ex.diff);
    const findings = files.length ? (await matchPatch(files, { entries: [compiled], targetVersion: ex.target })).filter((f) => f.entry === entry.id) : [];
    const status: ExampleStatus = !files.length ? 'no-diff' : ex.kind === 'bad' ? (findings.length ? 'pass' : 'missing') : findings.length ? 'noisy' : 'pass';
    examples.push({ kind: ex.kind, title: ex.title, status, findings });
  }
  const problems = (['bad', 'good'] as const).filter((k) => !entry.examples.some((e) => e.kind === k)).map((k) => `no ${k} example`);
  return { id: entry.id, file: entry.file, examples, problems };
}

export async function testEntries(entries: readonly CompiledEntry[]): Promise<EntryTestResult[]> {
  const out: EntryTestResult[] = [];
  for (const e of entries) out.push(await testEntry(e));
  return out;
}
