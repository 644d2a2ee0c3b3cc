// What a C file defines and declares, read from its tokens the way a reviewer skims it: functions (and
// whether they are static), prototypes, macros, typedefs, enum constants, file-scope variables, and struct
// and union members. Comments and literals are blanked first (knowledge/engine/strip-comments.ts). It is a
// scanner, not a compiler: of the macro-generated definitions only DEFINE_*(x) / DECLARE_*(x) are seen.
import { tokenize, type Token } from '../../knowledge/engine/c-tokens.js';
import { stripComments } from '../../knowledge/engine/strip-comments.js';

export type SymbolKind = 'function' | 'prototype' | 'macro' | 'type' | 'enumerator' | 'variable' | 'member';

export interface CSymbol {
  name: string;
  kind: SymbolKind;
  /** 1-based line of the name. */
  line: number;
  isStatic: boolean;
  /** For a member: its struct or union (the outermost named one). */
  struct?: string;
}

export interface CFile {
  symbols: CSymbol[];
  tokens: Token[];
}

export function scanC(text: string): CFile {
  const tokens = tokenize(stripComments(text.split('\n')));
  const symbols: CSymbol[] = [];
  const add = (t: Token, kind: SymbolKind, isStatic: boolean, struct?: string) =>
    symbols.push({ name: t.text, kind, line: t.line + 1, isStatic, ...(struct ? { struct } : {}) });
  const code = tokens.filter((t) => !t.preprocessor);
  tokens.forEach((t, i) => {
    if (t.text === '#' && tokens[i + 1]?.text === 'define' && tokens[i + 2]?.kind === 'id' && tokens[i + 2].line === t.line) add(tokens[i + 2], 'macro', false);
  });
  scanTopLevel(code, add);
  return { symbols, tokens };
}

type Add = (t: Token, kind: SymbolKind, isStatic: boolean, struct?: string) => void;

/** Statements at file scope, and the bodies of structs, unions and enums they open. */
function scanTopLevel(code: Token[], add: Add): void {
  let statement: Token[] = [];
  for (let i = 0; i < code.length; i++) {
    const t = code[i];
    if (t.text === ';') {
      declaration(statement, add);
      statement = [];
    } else if (t.text === '{') {
      const end = closingBrace(code, i);
      const kind = bodyKind(statement);
      if (kind === 'function') functionDefinition(statement, add);
      else if (kind === 'record' || kind === 'enum') {
        const tag = bodyTag(statement);
        if (tag) add(tag, 'type', false);
        if (kind === 'record') members(code.slice(i + 1, end), tag?.text ?? '(anonymous)', add);
        else enumerators(code.slice(i + 1, end), add);
      }
      // A record, enum or initializer goes on to name what it declares; a function body ends the statement.
      if (kind === 'record' || kind === 'enum' || statement.some((x) => x.text === '=')) statement.push(t, code[end] ?? t);
      else statement = [];
      i = end;
    } else statement.push(t);
  }
}

function closingBrace(code: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i].text === '{') depth++;
    else if (code[i].text === '}' && --depth === 0) return i;
  }
  return code.length;
}

function bodyKind(st: Token[]): 'function' | 'record' | 'enum' | 'other' {
  const texts = st.map((t) => t.text);
  if (texts.includes('=')) return 'other';
  const last = texts.length - 1;
  if (texts[last] === 'enum' || texts[last - 1] === 'enum') return 'enum';
  if (['struct', 'union'].includes(texts[last]) || ['struct', 'union'].includes(texts[last - 1])) return 'record';
  return functionName(st) ? 'function' : 'other';
}

/**
 * `static int foo(...)` → foo: an identifier before the first top-level `(`, with a type before it —
 * `static DEFINE_MUTEX(lock);` has only a storage class there, so it is a macro call.
 */
function functionName(st: Token[]): Token | undefined {
  const open = st.findIndex((t) => t.text === '(');
  if (open < 1 || st[open - 1].kind !== 'id') return undefined;
  return st.slice(0, open - 1).some((t) => !STORAGE.has(t.text)) ? st[open - 1] : undefined;
}

const STORAGE = new Set(['static', 'extern', 'inline', '__always_inline', '__init', '__exit']);

function functionDefinition(st: Token[], add: Add): void {
  const name = functionName(st);
  if (name) add(name, 'function', st.some((t) => t.text === 'static'));
}

/** The tag of `struct NAME {`, `union NAME {`, `enum NAME {`, or undefined for an anonymous body. */
const bodyTag = (st: Token[]): Token | undefined => {
  const last = st[st.length - 1];
  return last?.kind === 'id' && ['struct', 'union', 'enum'].includes(st[st.length - 2]?.text) ? last : undefined;
};

/** A file-scope statement ending in `;`: a prototype, a typedef, a variable — or a macro call, skipped. */
function declaration(st: Token[], add: Add): void {
  if (st.length < 2) return;
  const isStatic = st.some((t) => t.text === 'static');
  // A macro call: `DEFINE_MUTEX(x);` and friends define x; `EXPORT_SYMBOL(x);`, `module_init(x);` define nothing.
  const call = st.findIndex((t) => t.text === '(');
  if (call > 0 && st.slice(0, call - 1).every((t) => STORAGE.has(t.text))) {
    if (/^(DEFINE|DECLARE)_/.test(st[call - 1].text) && st[call + 1]?.kind === 'id') add(st[call + 1], 'variable', isStatic);
    return;
  }
  if (st[0].text === 'typedef') {
    const pointer = st.findIndex((t, i) => t.text === '(' && st[i + 1]?.text === '*' && st[i + 2]?.kind === 'id');
    const name = pointer >= 0 ? st[pointer + 2] : lastName(st);
    if (name) add(name, 'type', false);
    return;
  }
  const close = st.map((t) => t.text).lastIndexOf('}');
  if (close >= 0 && st.slice(0, close).every((t) => t.text !== '=')) {
    // `struct x { … } a;` declares a; `struct x { … };` only the tag.
    const name = lastName(st.slice(close + 1));
    if (name) add(name, 'variable', isStatic);
    return;
  }
  const fn = functionName(st);
  const assign = st.findIndex((t) => t.text === '=');
  if (fn && (assign < 0 || st.indexOf(fn) < assign)) return add(fn, 'prototype', isStatic);
  const name = lastName(assign < 0 ? st : st.slice(0, assign));
  const onlyTag = st.length <= 3 && ['struct', 'union', 'enum'].includes(st[0].text);
  if (name && !onlyTag) add(name, 'variable', isStatic);
}

/** The declared name: the last identifier before any `[…]`, `:` width, or `__attribute__`-like tail. */
function lastName(st: Token[]): Token | undefined {
  const stop = st.findIndex((t) => t.text === '[' || t.text === ':' || (t.kind === 'id' && /^__(attribute__|aligned|packed|maybe_unused)/.test(t.text)));
  const head = stop < 0 ? st : st.slice(0, stop);
  return [...head].reverse().find((t) => t.kind === 'id' && !KEYWORDS.has(t.text) && !t.text.startsWith('__'));
}

const KEYWORDS = new Set(['struct', 'union', 'enum', 'const', 'volatile', 'static', 'extern', 'inline', 'unsigned', 'signed', 'int', 'long', 'short', 'char', 'void', 'typedef']);

/** Members of a struct or union body; those of nested anonymous records belong to the outer one. */
function members(body: Token[], struct: string, add: Add): void {
  let statement: Token[] = [];
  let depth = 0;
  for (const t of body) {
    if (t.text === '{') depth++;
    else if (t.text === '}') depth--;
    else if (t.text === ';') {
      const pointer = statement.findIndex((s, i) => s.text === '(' && statement[i + 1]?.text === '*' && statement[i + 2]?.kind === 'id');
      const name = pointer >= 0 ? statement[pointer + 2] : lastName(statement);
      if (name) add(name, 'member', false, struct);
      statement = [];
    } else if (depth >= 0) statement.push(t);
  }
}

function enumerators(body: Token[], add: Add): void {
  body.forEach((t, i) => {
    const before = body[i - 1]?.text;
    const after = body[i + 1]?.text;
    if (t.kind === 'id' && (i === 0 || before === ',') && (after === ',' || after === '=' || after === undefined)) add(t, 'enumerator', false);
  });
}

/**
 * 1-based lines where `name` is used as code: a member after `.` or `->`; any other name anywhere except
 * where it is defined, and except preprocessor tests (`#ifdef NAME` builds either way).
 */
export function usesOf(file: CFile, name: string, member: boolean): number[] {
  const lines = new Set<number>();
  let directive = '';
  file.tokens.forEach((t, i) => {
    const prev = file.tokens[i - 1];
    if (t.preprocessor && prev?.text === '#' && (!file.tokens[i - 2] || file.tokens[i - 2].line !== t.line)) directive = t.text;
    if (t.text !== name) return;
    if (t.preprocessor && (directive !== 'define' || prev?.text === 'define')) return;
    const afterAccess = prev?.text === '.' || prev?.text === '->';
    if (member !== afterAccess) return;
    if (!member && file.symbols.some((s) => s.name === name && s.line === t.line + 1 && s.kind !== 'member')) return;
    lines.add(t.line + 1);
  });
  return [...lines].sort((a, b) => a - b);
}
