// Bisectability: a function, macro, variable, type or struct member that a patch removes (or renames away)
// while the tree after that patch still uses it. File-local names (static, or defined in a .c file) are
// looked for in that file; others in every file the series touches and, bounded, in the folders of the
// patch's files (git grep at the base commit, or a capped walk of a plain tree).
import type { ApplyFinding } from './apply-types.js';
import { usesOf, type CSymbol } from './c-symbols.js';
import { isC, scanned, searchDirs, symbolText, type CheckContext } from './check-context.js';

interface Use {
  path: string;
  line: number;
}

const REMOVABLE = new Set(['function', 'prototype', 'macro', 'type', 'enumerator', 'variable', 'member']);

export async function removedSymbolsStillUsed(ctx: CheckContext): Promise<ApplyFinding[]> {
  const patch = ctx.patches[ctx.k];
  const findings: ApplyFinding[] = [];
  const removed = await removedSymbols(ctx);
  for (const { symbol, path } of removed) {
    const uses = await usesAfter(ctx, symbol, path);
    if (!uses.length) continue;
    const where = uses.slice(0, 3).map((u) => `${u.path}:${u.line}`).join(', ');
    const more = uses.length > 3 ? ` and ${uses.length - 3} more` : '';
    findings.push({
      id: 'removed-symbol-still-used', kind: 'bisect', file: uses[0].path, line: uses[0].line,
      message: `${symbolText(symbol.name, symbol.kind, symbol.struct)} is removed from ${path} by this patch but still used at ${where}${more}: the tree does not build after patch ${patch.patch.index}/${patch.patch.total}`,
    });
  }
  return findings;
}

/** Names defined in a file before the patch and nowhere in the patch's files after it. */
async function removedSymbols(ctx: CheckContext): Promise<Array<{ symbol: CSymbol; path: string }>> {
  const patch = ctx.patches[ctx.k];
  const after = new Set<string>();
  const before: Array<{ symbol: CSymbol; path: string }> = [];
  for (const [path, image] of patch.images) {
    if (!isC(path)) continue;
    const pre = image.before === null ? null : await ctx.states.textAfter(ctx.k - 1, path);
    const post = await ctx.states.textAfter(ctx.k, path);
    if (post !== null) for (const s of scanned(ctx, post).symbols) after.add(key(s));
    if (pre !== null) for (const s of scanned(ctx, pre).symbols) if (REMOVABLE.has(s.kind)) before.push({ symbol: s, path });
  }
  const seen = new Set<string>();
  return before.filter(({ symbol }) => !after.has(key(symbol)) && !seen.has(key(symbol)) && (seen.add(key(symbol)), true));
}

/** Members are told apart by their struct; other names by name alone (a prototype and its definition are one). */
const key = (s: CSymbol) => (s.kind === 'member' ? `member:${s.struct}:${s.name}` : s.name);

const isFileLocal = (s: CSymbol, path: string) => s.isStatic || (path.endsWith('.c') && s.kind !== 'function' && s.kind !== 'prototype' && s.kind !== 'variable');

async function usesAfter(ctx: CheckContext, symbol: CSymbol, path: string): Promise<Use[]> {
  const local = isFileLocal(symbol, path);
  const uses: Use[] = [];
  for (const file of local ? [path] : ctx.states.touched()) {
    const found = await usesIn(ctx, symbol, file);
    if (found === 'defined') return [];
    uses.push(...found);
  }
  if (local) return uses;
  const elsewhere = await usesInTree(ctx, symbol);
  return elsewhere === 'defined' ? [] : [...uses, ...elsewhere];
}

/** Uses of the symbol in one file after patch k; 'defined' when that file (still) defines the name. */
async function usesIn(ctx: CheckContext, symbol: CSymbol, path: string): Promise<Use[] | 'defined'> {
  const text = isC(path) ? await ctx.states.textAfter(ctx.k, path) : null;
  if (text === null) return [];
  const member = symbol.kind === 'member';
  // A member name is common to many structs: only files that name this struct can be using this one.
  if (member && symbol.struct !== '(anonymous)' && !new RegExp(`\\bstruct\\s+${symbol.struct}\\b`).test(text)) return [];
  const c = scanned(ctx, text);
  if (!member && c.symbols.some((s) => s.name === symbol.name && s.kind !== 'member')) return 'defined';
  return usesOf(c, symbol.name, member).map((line) => ({ path, line }));
}

/** Uses in files no patch touches, within the patch's folders; 'defined' when one of them defines it. */
async function usesInTree(ctx: CheckContext, symbol: CSymbol): Promise<Use[] | 'defined'> {
  const touched = new Set(ctx.states.touched());
  const dirs = searchDirs([...ctx.patches[ctx.k].images.keys()]);
  const found = await ctx.states.base.search([symbol.name], dirs);
  const uses: Use[] = [];
  for (const path of [...new Set(found.hits.map((h) => h.path))].filter((p) => !touched.has(p)).slice(0, 40)) {
    const inFile = await usesIn(ctx, symbol, path);
    if (inFile === 'defined') return 'defined';
    uses.push(...inFile);
  }
  return uses;
}
