// Control facts from a real C parse (tree-sitter-c's grammar, run by tree-sitter's native binding) for
// functions that are whole in sight. Loaded on first use: a run over bare hunks never needs it. The native
// binding loads in ~10 ms; the WebAssembly build it replaced took ~80 ms to compile on every start.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type TreeSitterParser from 'tree-sitter';
import type { CallFacts } from './c-calls.js';

type Parser = TreeSitterParser;
type Node = TreeSitterParser.SyntaxNode;

let parser: Parser | undefined;

export function cParser(): Parser {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const TreeSitter = require('tree-sitter') as typeof TreeSitterParser;
    // The grammar's compiled module itself, not the package's index, which also reads its node-types.json
    // so that setLanguage can build a node class per type with a getter per field: 12 ms of every start,
    // for getters this file does not use (it asks childForFieldName).
    const loadAddon = require('node-gyp-build') as (dir: string) => TreeSitterParser.Language;
    parser = new TreeSitter();
    parser.setLanguage(loadAddon(dirname(require.resolve('tree-sitter-c/package.json'))));
  }
  return parser;
}

const LOOPS = new Set(['for_statement', 'while_statement', 'do_statement']);
const EXITS = ['return_statement', 'goto_statement', 'break_statement', 'continue_statement'];

/** Facts per call, keyed `row:column` of the called name in `source`; calls inside a parse error are left out. */
export function callFactsFromTree(p: Parser, source: string): Map<string, Omit<CallFacts, 'source'>> {
  const tree = p.parse(source);
  const out = new Map<string, Omit<CallFacts, 'source'>>();
  if (!tree) return out;
  for (const call of tree.rootNode.descendantsOfType('call_expression')) {
    if (!call) continue;
    const fn = call.childForFieldName('function');
    if (!fn || ancestors(call).some((a) => a.type === 'ERROR' || a.isMissing)) continue;
    const name = fn.type === 'field_expression' ? fn.childForFieldName('field') : fn;
    if (!name) continue;
    out.set(`${name.startPosition.row}:${name.startPosition.column}`, factsOf(call));
  }
  return out;
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

function factsOf(call: Node): Omit<CallFacts, 'source'> {
  const arms: Array<{ key: string; node: Node }> = [];
  const scopes: string[] = [];
  let inLoop = false;
  let child = call;
  for (const a of ancestors(call)) {
    if (a.type === 'function_definition' && !isMacroBlock(a)) break;
    const scope = scopeOf(a, child);
    if (scope) scopes.unshift(`ts${a.id}`);
    if (scope === 'loop') inLoop = true;
    const arm = armOf(a, child);
    // A case is its whole case_statement: what follows the call in it (a break, a return) is in the arm.
    if (arm) arms.unshift({ key: arm, node: a.type === 'case_statement' ? a : child });
    child = a;
  }
  const innermost = arms[arms.length - 1]?.node;
  const exit = innermost === undefined ? undefined : exitAfter(call, innermost);
  return { inLoop, arms: arms.map((a) => a.key), exitsArm: exit !== undefined, ...(exit?.scope ? { exitScope: exit.scope } : {}), scopes };
}

/** A loop or switch whose body `child` is (what a break or continue inside `child` ends), or undefined. */
function scopeOf(a: Node, child: Node): 'loop' | 'switch' | undefined {
  const body = () => a.childForFieldName('body')?.id === child.id;
  if (LOOPS.has(a.type) && body()) return 'loop';
  if (a.type === 'compound_statement' && isMacroLoopBody(a)) return 'loop';
  if (isMacroBlock(a) && /for_each/.test(a.childForFieldName('type')?.text ?? '') && body()) return 'loop';
  if (a.type === 'switch_statement' && body()) return 'switch';
  return undefined;
}

/**
 * The first statement after the call that leaves `arm`: a return or goto always does (the call may be part of
 * it: `return f();`); a break or continue does when the loop or switch it ends lies outside the arm, and
 * control then goes on after that loop or switch (its key is the scope).
 */
function exitAfter(call: Node, arm: Node): { scope?: string } | undefined {
  const candidates: Node[] = [];
  for (let n: Node | null = call.parent; n; n = n.parent) {
    if (EXITS.includes(n.type)) candidates.push(n);
    if (n.id === arm.id) break;
  }
  const later = EXITS.flatMap((t) => arm.descendantsOfType(t)).filter((e): e is Node => e !== null && e.startIndex > call.endIndex);
  candidates.push(...later.sort((x, y) => x.startIndex - y.startIndex));
  for (const exit of candidates) {
    if (exit.type === 'return_statement' || exit.type === 'goto_statement') return {};
    const target = targetOf(exit);
    if (!target) return {};
    if (target.id === arm.id || ancestors(target).some((n) => n.id === arm.id)) continue;
    return { scope: `ts${target.id}` };
  }
  return undefined;
}

/** The loop (for continue) or loop or switch (for break) that `exit` ends, within the function. */
function targetOf(exit: Node): Node | undefined {
  let child = exit;
  for (const a of ancestors(exit)) {
    if (a.type === 'function_definition' && !isMacroBlock(a)) return undefined;
    const scope = scopeOf(a, child);
    if (scope === 'loop' || (scope === 'switch' && exit.type === 'break_statement')) return a;
    child = a;
  }
  return undefined;
}

/**
 * `for_each_possible_cpu(cpu) { … }` inside a function: a one-argument macro before a block reads to the
 * grammar as a nested function definition (type, parenthesised declarator, body). C has no nested functions
 * in kernel code, so one inside a function body is such a macro.
 */
function isMacroBlock(node: Node): boolean {
  if (node.type !== 'function_definition') return false;
  for (let n = node.parent; n; n = n.parent) if (n.type === 'compound_statement') return true;
  return false;
}

/** `ifId:then` or `ifId:else:armId`, matching the token model's keys in shape. */
function armOf(parent: Node, child: Node): string | undefined {
  if (parent.type === 'if_statement') {
    if (parent.childForFieldName('consequence')?.id === child.id) return `ts${parent.id}:then`;
    if (parent.childForFieldName('alternative')?.id === child.id) return `ts${parent.id}:else:${child.id}`;
  }
  if (parent.type === 'case_statement' && parent.parent?.parent?.type === 'switch_statement') {
    return `ts${parent.parent.parent.id}:case:${parent.id}`;
  }
  return undefined;
}

// `list_for_each_entry(pos, head, member) { … }` parses as a call statement followed by a block.
function isMacroLoopBody(block: Node): boolean {
  const prev = block.previousNamedSibling;
  const callee = prev?.type === 'expression_statement' ? prev.firstNamedChild?.childForFieldName('function') : null;
  return callee?.type === 'identifier' && /for_each/.test(callee.text);
}
