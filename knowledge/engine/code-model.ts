// Statements and calls of a run of code lines, built once per unit and side when a matcher asks.
import type { CodeLine } from './code-lines.js';
import { tokenize, type Token } from './c-tokens.js';
import { splitStatements, type Statement } from './c-statements.js';
import { findCalls, type Call } from './c-calls.js';

export interface CodeModel {
  lines: CodeLine[];
  statements: Statement[];
  calls: Call[];
  /** The code line a token came from. */
  lineOf(token: Token): CodeLine;
  /** Text between two tokens (inclusive), whitespace collapsed. */
  text(from: Token, to: Token): string;
  statementText(index: number): string;
  /** The code lines a statement spans. */
  statementLines(index: number): CodeLine[];
  /** The joined code with one line per code line (`null` gaps become empty lines), for a C parser. */
  source: string;
}

/**
 * `lineNumber` orders the lines and finds gaps: a jump in numbering between two lines means a part of
 * the file the diff did not show, and statements must not run across it.
 */
export function buildModel(lines: CodeLine[], lineNumber: (l: CodeLine) => number | null): CodeModel {
  const withGaps: (string | null)[] = [];
  const index: number[] = [];
  lines.forEach((l, i) => {
    const prev = i > 0 ? lineNumber(lines[i - 1]) : null;
    const n = lineNumber(l);
    if (prev !== null && n !== null && n !== prev + 1) withGaps.push(null), index.push(-1);
    withGaps.push(l.code);
    index.push(i);
  });
  const tokens = tokenize(withGaps);
  const lineOf = (t: Token) => lines[index[t.line]];
  const text = (from: Token, to: Token) => spanText(withGaps, from, to);
  const statements = splitStatements(tokens);
  // Every matcher asks for these; compute each once.
  const texts: string[] = [];
  const spans: CodeLine[][] = [];
  const statementText = (i: number) => (texts[i] ??= text(statements[i].tokens[0], statements[i].tokens[statements[i].tokens.length - 1]));
  const statementLines = (i: number) => (spans[i] ??= [...new Set(statements[i].tokens.map(lineOf))]);
  return {
    lines, statements, lineOf, text, statementText, statementLines,
    calls: findCalls(statements, text),
    source: withGaps.map((l) => l ?? '').join('\n'),
  };
}

function spanText(lines: readonly (string | null)[], from: Token, to: Token): string {
  if (from.line === to.line) return collapse(lines[from.line]!.slice(from.col, to.col + to.text.length));
  const parts = [lines[from.line]!.slice(from.col)];
  for (let i = from.line + 1; i < to.line; i++) parts.push(lines[i] ?? '');
  parts.push(lines[to.line]!.slice(0, to.col + to.text.length));
  return collapse(parts.join(' '));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
