// Control facts from a real C parse (tree-sitter-c's grammar run by web-tree-sitter) for functions that
// are whole in sight. Loaded on first use: the WebAssembly start-up costs tens of milliseconds that a
// run over bare hunks never needs.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Node, Parser as ParserType } from 'web-tree-sitter';
import type { CallFacts } from './c-calls.js';

let parser: Promise<ParserType> | undefined;

export function loadCParser(): Promise<ParserType> {
  parser ??= (async () => {
    // Baseline (Liftoff) code only. Otherwise V8 also compiles the 830 KB of grammar and runtime with its
    // optimising tier on background threads, and a short command's exit waits for that: 0.13–0.2 s of a
    // cold review on two cores, for parses that take a few milliseconds either way. And compiled whole,
    // up front, on V8's background threads while a command started early (cli/main.ts) is still loading,
    // rather than function by function on this thread during the first parse (~25 ms).
    setFlagsFromString('--liftoff-only');
    setFlagsFromString('--no-wasm-lazy-compilation');
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-c/tree-sitter-c.wasm');
    const p = new Parser();
    p.setLanguage(await Language.load(wasm));
    return p;
  })();
  return parser;
}

const LOOPS = new Set(['for_statement', 'while_statement', 'do_statement']);
const EXITS = new Set(['return_statement', 'goto_statement']);

/** Facts per call, keyed `row:column` of the called name in `source`; calls inside a parse error are left out. */
export function callFactsFromTree(p: ParserType, source: string): Map<string, Omit<CallFacts, 'source'>> {
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
  tree.delete();
  return out;
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

function factsOf(call: Node): Omit<CallFacts, 'source'> {
  const arms: Array<{ key: string; node: Node }> = [];
  let inLoop = false;
  let child = call;
  for (const a of ancestors(call)) {
    if (a.type === 'function_definition' && !isMacroBlock(a)) break;
    if (LOOPS.has(a.type) && a.childForFieldName('body')?.equals(child)) inLoop = true;
    if (a.type === 'compound_statement' && isMacroLoopBody(a)) inLoop = true;
    if (isMacroBlock(a) && /for_each/.test(a.childForFieldName('type')?.text ?? '') && a.childForFieldName('body')?.equals(child)) inLoop = true;
    const arm = armOf(a, child);
    if (arm) arms.unshift({ key: arm, node: child });
    child = a;
  }
  const innermost = arms[arms.length - 1]?.node;
  return { inLoop, arms: arms.map((a) => a.key), exitsArm: innermost !== undefined && leavesArm(call, innermost) };
}

/**
 * Control leaves the arm after the call: the arm is a return or goto, the call is part of one (`return f();`),
 * or one follows the call inside the arm.
 */
function leavesArm(call: Node, arm: Node): boolean {
  if (EXITS.has(arm.type)) return true;
  for (let n = call.parent; n && !n.equals(arm); n = n.parent) if (EXITS.has(n.type)) return true;
  return [...EXITS].some((t) => arm.descendantsOfType(t).some((e) => e !== null && e.startIndex > call.endIndex));
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
    if (parent.childForFieldName('consequence')?.equals(child)) return `ts${parent.id}:then`;
    if (parent.childForFieldName('alternative')?.equals(child)) return `ts${parent.id}:else:${child.id}`;
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
