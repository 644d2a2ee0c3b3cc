// The interdiff of a pair: the diff between the two patches as range-diff shows it — every line carries two
// markers, the outer one saying what changed between the revisions, the inner one what the patch does
// (`-+foo` is a line the old patch added and the new one no longer adds). From it come the names the new
// revision added or took away, which changelog lines and review requests are checked against.

import type { FileDiff } from '../../core/patch.js';
import { namesInCodeLine } from './code-names.js';
import { diffLines, type DiffLine, type LineInterner, type LineOp } from './line-diff.js';
import type { PatchText } from './patch-text.js';
import { unifiedHunks } from './unified-hunks.js';

export interface InterdiffHunk {
  /** What the hunk is in: `Commit message`, or the file and function of the inner hunk. */
  where: string;
  lines: Array<{ op: LineOp; text: string }>;
}

export interface Interdiff {
  hunks: InterdiffHunk[];
  /** Changed lines that the patches add or remove (inner + or -): a change to the code itself. */
  codeLines: number;
  /** Changed lines that are only context of the patches: the code around moved or was rebased. */
  contextLines: number;
  /** Changed lines of the commit message. */
  messageLines: number;
  /** Changed code lines that are comments (`/*`, `*`, `//`). */
  commentLines: number;
  /** Changed code lines that change only white space: a line back with other spacing, or a blank line. */
  whitespaceLines: number;
  /** Functions (from the hunk headers) whose code changed. */
  functions: string[];
  /** Names the code after the new patch has more of than the code after the old one, and fewer of. */
  gained: string[];
  lost: string[];
}

export function interdiff(old: PatchText, next: PatchText, interner: LineInterner): Interdiff {
  const message = hunksOf(old.message, next.message, interner);
  const script = diffLines(interner.intern(old.diff), interner.intern(next.diff))!;
  const diff = hunksFrom(script, old.diff, next.diff);
  const functions = changedFunctions(script, old.diff, next.diff);
  const changed = diff.flatMap((h) => h.lines.filter((l) => l.op !== ' '));
  const innerChange = (t: string) => t[0] === '+' || t[0] === '-';
  const code = changed.filter((l) => innerChange(l.text));
  const names = nameBalance(diff);
  return {
    hunks: [...message, ...diff],
    codeLines: code.length,
    contextLines: changed.length - code.length,
    messageLines: message.reduce((n, h) => n + h.lines.filter((l) => l.op !== ' ').length, 0),
    commentLines: code.filter((l) => /^[-+]\s*(\/\*|\*|\/\/)/.test(l.text)).length,
    whitespaceLines: diff.reduce((n, h) => n + whitespaceOnly(h), 0),
    functions: [...functions].sort(),
    gained: [...names].filter(([, n]) => n > 0).map(([name]) => name).sort(),
    lost: [...names].filter(([, n]) => n < 0).map(([name]) => name).sort(),
  };
}

function hunksOf(a: string[], b: string[], interner: LineInterner): InterdiffHunk[] {
  return hunksFrom(diffLines(interner.intern(a), interner.intern(b))!, a, b);
}

function hunksFrom(script: DiffLine[], a: string[], b: string[]): InterdiffHunk[] {
  return unifiedHunks(script).map((h) => ({
    where: whereIs(a, h.oldStart),
    lines: h.lines.map((l) => ({ op: l.op, text: l.op === '+' ? b[l.index] : a[l.index] })),
  }));
}

function whitespaceOnly(h: InterdiffHunk): number {
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  const code = h.lines.filter((l) => l.op !== ' ' && /^[-+]/.test(l.text));
  const count = (op: LineOp) => {
    const m = new Map<string, number>();
    for (const l of code) if (l.op === op) m.set(squeeze(l.text), (m.get(squeeze(l.text)) ?? 0) + 1);
    return m;
  };
  const removed = count('-');
  const added = count('+');
  return code.filter((l) => {
    const key = squeeze(l.text);
    return key.length <= 1 || ((l.op === '-' ? added : removed).get(key) ?? 0) > 0;
  }).length;
}

/** Functions with code changed between the patches; blank lines and re-spaced lines do not count. */
function changedFunctions(script: DiffLine[], a: string[], b: string[]): Set<string> {
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  const sideOf = (l: DiffLine) => (l.op === '+' ? b : a);
  const changed = script.filter((l) => l.op !== ' ' && /^[-+]/.test(sideOf(l)[l.index]));
  const removed = new Set(changed.filter((l) => l.op === '-').map((l) => squeeze(a[l.index])));
  const added = new Set(changed.filter((l) => l.op === '+').map((l) => squeeze(b[l.index])));
  const out = new Set<string>();
  for (const l of changed) {
    const key = squeeze(sideOf(l)[l.index]);
    if (key.length <= 1 || (l.op === '-' ? added : removed).has(key)) continue;
    enclosingFunction(sideOf(l), l.index).forEach((f) => out.add(f));
  }
  return out;
}

/**
 * The function a changed line of a patch text is in: the nearest definition line above it (starting in
 * column one, with a parenthesis, no semicolon: git's default funcname idea), else its hunk's function.
 */
function enclosingFunction(text: string[], at: number): string[] {
  for (let i = at; i >= 0; i--) {
    const line = text[i];
    if (line.startsWith('@@ ')) return functionOf(line.slice(3));
    if (line.startsWith(' ## ')) return [];
    const body = line.slice(1);
    if (/^[A-Za-z_]/.test(body) && body.includes('(') && !/;\s*$/.test(body)) {
      const m = /([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(body);
      if (m && /[a-z]/.test(m[1])) return [m[1]];
    }
  }
  return [];
}

/** The function a hunk title names: `mm/util.c: int mmap_action_complete(struct …)` gives mmap_action_complete. */
function functionOf(where: string): string[] {
  const section = /^[^:]+: (.*)$/.exec(where)?.[1] ?? '';
  const m = /([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(section);
  // EXPORT_SYMBOL(…) and other macros in capitals name no function.
  return m && /[a-z]/.test(m[1]) ? [m[1]] : [];
}

/** The nearest file or hunk title at or above line `at` of a patch text. */
function whereIs(text: string[], at: number): string {
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) {
    const line = text[i];
    if (line.startsWith(' ## ')) return line.slice(4).replace(/ ##$/, '');
    if (line.startsWith('@@ ')) return line.slice(3);
  }
  return '';
}

/**
 * For each name on the changed code lines: how many more times the code after the new patch has it than
 * the code after the old one. A line the new patch adds counts up, one it removes counts down; a line only
 * the old patch added or removed counts the other way.
 */
function nameBalance(hunks: InterdiffHunk[]): Map<string, number> {
  const balance = new Map<string, number>();
  for (const h of hunks) {
    const path = h.where.replace(/:.*$/, '').replace(/ \((new|deleted)\)$/, '').replace(/^.* => /, '');
    for (const l of h.lines) {
      if (l.op === ' ' || (l.text[0] !== '+' && l.text[0] !== '-')) continue;
      const sign = (l.op === '+' ? 1 : -1) * (l.text[0] === '+' ? 1 : -1);
      for (const name of namesInCodeLine(l.text.slice(1), path)) balance.set(name, (balance.get(name) ?? 0) + sign);
    }
  }
  for (const [name, n] of balance) if (n === 0) balance.delete(name);
  return balance;
}

/** Names on the lines a patch adds or removes (a new or dropped patch is all change). */
export function namesOfPatch(files: FileDiff[], marks: string = '+-'): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const path = f.newPath ?? f.oldPath ?? '';
    for (const h of f.hunks) for (const l of h.lines) if (marks.includes(l[0])) for (const n of namesInCodeLine(l.slice(1), path)) out.add(n);
  }
  return out;
}

/** The interdiff as text, range-diff style: `@@ where` then the doubly marked lines. */
export function interdiffText(d: Interdiff): string[] {
  return d.hunks.flatMap((h) => [`@@ ${h.where}`, ...h.lines.map((l) => `${l.op}${l.text}`)]);
}
