// Statements and the control structure around them, from tokens alone. This works on any slice of C —
// a hunk that starts mid-function, a body split by a gap between hunks — where a parser would give up.
// Complete function bodies are also parsed with tree-sitter (tree-sitter-facts.ts), which then wins.
import type { Token } from './c-tokens.js';

export type BlockKind = 'loop' | 'if' | 'else' | 'switch' | 'case' | 'brace' | 'initializer';

export interface Block {
  kind: BlockKind;
  id: number;
  /** For an else block: the id of the if it belongs to; for a case: the id of the switch body. */
  pairedIf?: number;
  /** A braceless body: it ends with the next statement. */
  single: boolean;
  /** `else if`: the chain goes on, so a later else still pairs with the first if. */
  elseIf?: boolean;
}

export interface Statement {
  tokens: Token[];
  /** Control blocks around the statement, outermost first. */
  blocks: Block[];
  /** `return`, `goto`, `break` or `continue`: control does not reach the next statement. */
  exits: boolean;
  preprocessor: boolean;
}

const LOOP = new Set(['for', 'while', 'do']);

interface Walk {
  out: Statement[];
  stack: Block[];
  pending: Token[];
  nextId: number;
  lastClosedIf: number | undefined;
  parenDepth: number;
}

export function splitStatements(tokens: readonly Token[]): Statement[] {
  const w: Walk = { out: [], stack: [], pending: [], nextId: 1, lastClosedIf: undefined, parenDepth: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.afterGap) resetAtGap(w);
    if (t.preprocessor) {
      i = takePreprocessor(w, tokens, i);
      continue;
    }
    step(w, t, tokens[i + 1]);
  }
  flush(w);
  return w.out;
}

function step(w: Walk, t: Token, next: Token | undefined): void {
  if (t.text === '(' || t.text === '[') w.parenDepth++;
  if (t.text === ')' || t.text === ']') w.parenDepth = Math.max(0, w.parenDepth - 1);
  const top = w.stack[w.stack.length - 1];
  if (w.parenDepth > 0 || top?.kind === 'initializer' && t.text !== '{' && t.text !== '}') {
    w.pending.push(t);
    return;
  }
  if (t.text === '{') return openBrace(w, t);
  if (t.text === '}') return closeBrace(w, t);
  w.pending.push(t);
  if (t.text === ';') return flush(w);
  // `out:` and `case X:` labels stand alone, so `out: return err;` is a plain return.
  if (t.text === ':' && isLabel(w.pending)) {
    const startsCase = w.pending[0].text === 'case' || w.pending[0].text === 'default';
    flush(w, true);
    if (startsCase) openCase(w);
    return;
  }
  if (t.text === ')' && next?.text !== '{' && startsControlHeader(w.pending) && headerClosed(w.pending)) openSingle(w);
  else if (t.text === 'else' && next?.text !== '{' && next?.text !== 'if') openSingle(w);
  else if (t.text === 'do' && next?.text !== '{') openSingle(w);
}

function openBrace(w: Walk, t: Token): void {
  const last = w.pending[w.pending.length - 1];
  const inInitializer = w.stack[w.stack.length - 1]?.kind === 'initializer';
  if (inInitializer || last?.text === '=' || last?.text === ',' && w.pending.length > 0 && !startsControlHeader(w.pending)) {
    w.pending.push(t);
    w.stack.push({ kind: 'initializer', id: w.nextId++, single: false });
    return;
  }
  const block = newBlock(w, false);
  flush(w, true);
  w.stack.push(block);
}

function closeBrace(w: Walk, t: Token): void {
  const top = w.stack[w.stack.length - 1];
  if (top?.kind === 'initializer') {
    w.pending.push(t);
    w.stack.pop();
    return;
  }
  flush(w);
  // The switch body's last case ends with it.
  if (w.stack[w.stack.length - 1]?.kind === 'case') w.stack.pop();
  popBlock(w);
}

/**
 * `case X:` or `default:` ends the case before it and opens the next, an arm of the switch: two calls in
 * different cases do not run on one path (fall-through aside). The body it sits in is the switch's, seen or not.
 */
function openCase(w: Walk): void {
  if (w.stack[w.stack.length - 1]?.kind === 'case') w.stack.pop();
  w.stack.push({ kind: 'case', id: w.nextId++, single: false, pairedIf: w.stack[w.stack.length - 1]?.id ?? 0 });
}

function openSingle(w: Walk): void {
  const block = newBlock(w, true);
  flush(w, true);
  w.stack.push(block);
}

function newBlock(w: Walk, single: boolean): Block {
  const kind = blockKind(w.pending);
  const block: Block = { kind, id: w.nextId++, single };
  if (kind === 'else') {
    block.pairedIf = w.lastClosedIf;
    block.elseIf = w.pending[1]?.text === 'if';
  }
  return block;
}

/** After an if (or an else-if) closes, an else may follow and pair with the chain's first if. */
const chainIf = (closed: Block | undefined) =>
  closed?.kind === 'if' ? closed.id : closed?.kind === 'else' && closed.elseIf ? closed.pairedIf : undefined;

function popBlock(w: Walk): void {
  const closed = w.stack.pop();
  w.lastClosedIf = chainIf(closed);
  // A braceless body ends with its one statement; so does the braceless if/loop around it.
  if (closed && !closed.single) closeSingles(w);
}

function closeSingles(w: Walk): void {
  while (w.stack.length && w.stack[w.stack.length - 1].single) {
    w.lastClosedIf = chainIf(w.stack.pop());
  }
}

function flush(w: Walk, header = false): void {
  if (w.pending.length) {
    const first = w.pending[0].text;
    const exits = first === 'return' || first === 'goto' || first === 'break' || first === 'continue';
    w.out.push({ tokens: w.pending, blocks: [...w.stack], exits, preprocessor: false });
    if (!header && first !== 'else') w.lastClosedIf = undefined;
  }
  w.pending = [];
  if (!header) closeSingles(w);
}

function blockKind(header: Token[]): BlockKind {
  const words = header.filter((t) => t.kind === 'id').map((t) => t.text);
  const first = header[0]?.text;
  if (first === 'else') return 'else';
  if (first === 'if') return 'if';
  if (first === 'switch') return 'switch';
  if (first && LOOP.has(first)) return 'loop';
  return words.length && header[0].kind === 'id' && /^(list_for_each|for_each|hlist_for_each|xa_for_each)/.test(first) ? 'loop' : 'brace';
}

const startsControlHeader = (pending: Token[]) =>
  ['if', 'for', 'while', 'switch'].includes(pending[0]?.text) || (pending[0]?.text === 'else' && pending[1]?.text === 'if') ||
  /^(list_for_each|for_each|hlist_for_each|xa_for_each)/.test(pending[0]?.text ?? '');

/** True when the parenthesised condition after the keyword has just closed. */
function headerClosed(pending: Token[]): boolean {
  let depth = 0;
  let opened = false;
  for (const t of pending) {
    if (t.text === '(') (depth++, (opened = true));
    if (t.text === ')') depth--;
  }
  return opened && depth === 0;
}

const isLabel = (p: Token[]) =>
  (p.length === 2 && p[0].kind === 'id' && p[0].text !== 'default' ? true : p[0]?.text === 'case' || (p[0]?.text === 'default' && p.length === 2));

function resetAtGap(w: Walk): void {
  flush(w);
  w.stack = [];
  w.parenDepth = 0;
  w.lastClosedIf = undefined;
}

function takePreprocessor(w: Walk, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].preprocessor && !tokens[j + 1].afterGap && (tokens[j + 1].line === tokens[j].line || continues(tokens, j))) j++;
  w.out.push({ tokens: tokens.slice(i, j + 1), blocks: [...w.stack], exits: false, preprocessor: true });
  return j;
}

const continues = (tokens: readonly Token[], j: number) => tokens[j + 1].text !== '#';
