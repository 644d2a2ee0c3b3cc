// Calls found in statements, one per `name(`, with the arguments split at top-level commas — so a call
// written over three lines is one call — and the control facts matchers ask about.
import type { Token } from './c-tokens.js';
import type { Block, Statement } from './c-statements.js';

export interface CallFacts {
  /** Inside a for/while/do or a for_each-style macro loop. */
  inLoop: boolean;
  /** The if/else arms and switch cases around the call, as `ifId:then`, `ifId:else:armId`, `switchId:case:caseId`. */
  arms: string[];
  /** Control leaves the call's innermost arm after it: a return, goto, break or continue follows in that arm. */
  exitsArm: boolean;
  /** Where that exit goes on: the key of the loop or switch a break or continue ends; absent for return and goto. */
  exitScope?: string;
  /** The loops and switches around the call, innermost last: what a break or continue can end. */
  scopes: string[];
  /** Which model decided the facts above. */
  source: 'tokens' | 'tree-sitter';
}

export interface Call {
  name: string;
  /** Called through a member (`ops->mmap(…)`, `action.hook(…)`). */
  member: boolean;
  args: string[];
  /** The call text, whitespace collapsed. */
  text: string;
  statementIndex: number;
  nameToken: Token;
  endToken: Token;
  /** A prototype or definition header rather than a call. */
  declarator: boolean;
  /** The whole statement is this call: its result is dropped. */
  expressionStatement: boolean;
  returned: boolean;
  facts: CallFacts;
}

const NOT_CALLS = new Set(['if', 'for', 'while', 'switch', 'return', 'sizeof', 'typeof', '__typeof__', 'defined', 'do', 'else', 'case', '__attribute__', 'alignof', '_Alignof', 'asm', '__asm__', 'offsetof']);
const TYPE_WORDS = /^(static|extern|inline|const|struct|union|enum|unsigned|signed|void|int|long|char|short|bool|u8|u16|u32|u64|size_t)$/;

export function findCalls(statements: readonly Statement[], text: (from: Token, to: Token) => string): Call[] {
  const calls: Call[] = [];
  statements.forEach((st, index) => {
    if (st.preprocessor && st.tokens[1]?.text === 'include') return;
    const toks = st.tokens;
    for (let i = 0; i < toks.length - 1; i++) {
      if (toks[i].kind !== 'id' || toks[i + 1].text !== '(' || NOT_CALLS.has(toks[i].text)) continue;
      const close = matchingParen(toks, i + 1);
      if (close < 0) continue;
      calls.push(makeCall(statements, index, i, close, text));
    }
  });
  return calls;
}

function makeCall(statements: readonly Statement[], index: number, i: number, close: number, text: (a: Token, b: Token) => string): Call {
  const st = statements[index];
  const toks = st.tokens;
  const prev = toks[i - 1];
  const member = prev?.text === '->' || prev?.text === '.';
  const last = toks[toks.length - 1];
  const bodyEnd = last?.text === ';' ? toks.length - 2 : toks.length - 1;
  return {
    name: toks[i].text,
    member,
    args: splitArgs(toks, i + 1, close, text),
    text: text(toks[i], toks[close]),
    statementIndex: index,
    nameToken: toks[i],
    endToken: toks[close],
    declarator: isDeclarator(toks, i),
    expressionStatement: i === 0 && close === bodyEnd && last?.text === ';',
    returned: prev?.text === 'return' && i === 1,
    facts: tokenFacts(statements, index),
  };
}

function isDeclarator(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.kind === 'id') return !['return', 'else', 'case', 'do', 'goto'].includes(prev.text);
  if (prev.text !== '*') return false;
  // `struct page **name(` at the start of a statement, before any `=`, is a declarator.
  const before = toks.slice(0, i);
  return before.length > 0 && TYPE_WORDS.test(before[0].text) && !before.some((t) => t.text === '=');
}

export function matchingParen(toks: readonly Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < toks.length; j++) {
    if (toks[j].text === '(') depth++;
    else if (toks[j].text === ')' && --depth === 0) return j;
  }
  return -1;
}

function splitArgs(toks: readonly Token[], open: number, close: number, text: (a: Token, b: Token) => string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let j = open + 1; j <= close; j++) {
    const t = toks[j].text;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if ((t === ')' || t === ']' || t === '}') && j !== close) depth--;
    if ((t === ',' && depth === 0) || j === close) {
      if (j > start) args.push(text(toks[start], toks[j - 1]));
      start = j + 1;
    }
  }
  return args;
}

const isArm = (b: Block) => b.kind === 'if' || b.kind === 'else' || b.kind === 'case';
export const armKey = (b: Block) =>
  b.kind === 'if' ? `${b.id}:then` : b.kind === 'case' ? `${b.pairedIf}:case:${b.id}` : `${b.pairedIf ?? `?${b.id}`}:else:${b.id}`;

const isScope = (b: Block) => b.kind === 'loop' || b.kind === 'switch';

/**
 * Whether statement `s`, inside `arm`, leaves it: a return or goto always does; a break or continue does when
 * the loop or switch it ends is outside the arm (or out of sight), and then control goes on after that.
 */
function exitFrom(s: Statement, arm: Block): { leaves: boolean; scope?: string } {
  const word = s.tokens[0]?.text;
  if (!s.exits) return { leaves: false };
  if (word === 'return' || word === 'goto') return { leaves: true };
  let target = s.blocks.length - 1;
  while (target >= 0 && !(word === 'continue' ? s.blocks[target].kind === 'loop' : isScope(s.blocks[target]))) target--;
  if (target > s.blocks.findIndex((b) => b.id === arm.id)) return { leaves: false };
  return { leaves: true, scope: target >= 0 ? String(s.blocks[target].id) : undefined };
}

function tokenFacts(statements: readonly Statement[], index: number): CallFacts {
  const blocks = statements[index].blocks;
  const arms = blocks.filter(isArm);
  const innermost = arms[arms.length - 1];
  const facts: CallFacts = { inLoop: blocks.some((b) => b.kind === 'loop'), arms: arms.map(armKey), exitsArm: false, scopes: blocks.filter(isScope).map((b) => String(b.id)), source: 'tokens' };
  for (let i = index; innermost !== undefined && i < statements.length; i++) {
    if (!statements[i].blocks.some((b) => b.id === innermost.id)) continue;
    const exit = exitFrom(statements[i], innermost);
    if (!exit.leaves) continue;
    facts.exitsArm = true;
    if (exit.scope !== undefined) facts.exitScope = exit.scope;
    break;
  }
  return facts;
}

/**
 * Whether two calls can both run on one path through the function. They cannot when they sit in
 * different arms of one if/else chain or switch, or when the earlier one's arm is left after it and the
 * later one is outside that arm: for good after a return or goto, and within the loop or switch that a
 * break or continue ends.
 */
export function onOnePath(a: Call, b: Call): boolean {
  const [first, second] = a.nameToken.line <= b.nameToken.line ? [a, b] : [b, a];
  const ifOf = (key: string) => key.split(':')[0];
  for (const x of first.facts.arms) {
    for (const y of second.facts.arms) if (ifOf(x) === ifOf(y) && x !== y) return false;
  }
  const innermost = first.facts.arms[first.facts.arms.length - 1];
  if (!first.facts.exitsArm || innermost === undefined || second.facts.arms.includes(innermost)) return true;
  const scope = first.facts.exitScope;
  return scope !== undefined && !second.facts.scopes.includes(scope);
}
