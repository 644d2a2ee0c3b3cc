// Bisectability: a name this patch's added lines use that the tree after this patch does not define, and
// that a later patch of the series introduces — the patch builds only once that later one is applied.
import type { AppliedPatch } from './apply-patch.js';
import type { ApplyFinding } from './apply-types.js';
import type { CSymbol } from './c-symbols.js';
import { isC, patchRef, scanned, searchDirs, symbolText, type CheckContext } from './check-context.js';
import { addedLines } from './series-states.js';

interface Introduced {
  symbol: CSymbol;
  by: AppliedPatch;
}

export async function usedBeforeDefined(ctx: CheckContext): Promise<ApplyFinding[]> {
  const later = await introducedAfter(ctx);
  if (!later.size) return [];
  const findings: ApplyFinding[] = [];
  const reported = new Set<string>();
  for (const [path, lines] of addedLines(ctx.patches[ctx.k])) {
    const text = isC(path) ? await ctx.states.textAfter(ctx.k, path) : null;
    if (text === null) continue;
    const file = scanned(ctx, text);
    for (const [i, t] of file.tokens.entries()) {
      const intro = t.kind === 'id' && lines.has(t.line + 1) ? later.get(t.text) : undefined;
      if (!intro || reported.has(t.text) || !usedAs(intro.symbol, file.tokens, i)) continue;
      if (await definedAt(ctx, intro)) continue;
      reported.add(t.text);
      findings.push({
        id: 'used-before-defined', kind: 'bisect', file: path, line: t.line + 1,
        message: `${symbolText(t.text, intro.symbol.kind, intro.symbol.struct)} is used here but defined only by a later patch, ${patchRef(intro.by)}: this patch does not build on its own`,
      });
    }
  }
  return findings;
}

/** Names that patches after k define in their files and no patch up to k does, first introducer kept. */
async function introducedAfter(ctx: CheckContext): Promise<Map<string, Introduced>> {
  const early = new Set<string>();
  for (let j = 0; j <= ctx.k; j++) for (const s of await introducedBy(ctx, j)) early.add(s.name);
  const later = new Map<string, Introduced>();
  for (let j = ctx.k + 1; j < ctx.patches.length; j++) {
    for (const s of await introducedBy(ctx, j)) if (!early.has(s.name) && !later.has(s.name)) later.set(s.name, { symbol: s, by: ctx.patches[j] });
  }
  return later;
}

const introducedCache = new WeakMap<object, Map<number, Promise<CSymbol[]>>>();

/** What patch j introduces, computed once per series: every later check asks again. */
function introducedBy(ctx: CheckContext, j: number): Promise<CSymbol[]> {
  let cache = introducedCache.get(ctx.states);
  if (!cache) introducedCache.set(ctx.states, (cache = new Map()));
  let found = cache.get(j);
  if (!found) cache.set(j, (found = introducedByPatch(ctx, j)));
  return found;
}

async function introducedByPatch(ctx: CheckContext, j: number): Promise<CSymbol[]> {
  const out: CSymbol[] = [];
  for (const [path, image] of ctx.patches[j].images) {
    if (!isC(path) || image.after === null) continue;
    const before = image.before === null ? [] : scanned(ctx, (await ctx.states.textAfter(j - 1, path))!).symbols;
    const had = new Set(before.map((s) => `${s.kind === 'member' ? 'm' : 's'}:${s.name}`));
    for (const s of scanned(ctx, (await ctx.states.textAfter(j, path))!).symbols) {
      if (!had.has(`${s.kind === 'member' ? 'm' : 's'}:${s.name}`)) out.push(s);
    }
  }
  return out;
}

/** A member is only a use after `.`/`->`; anything else is a use unless it is that access. */
function usedAs(symbol: CSymbol, tokens: readonly { text: string }[], i: number): boolean {
  const access = tokens[i - 1]?.text === '.' || tokens[i - 1]?.text === '->';
  return symbol.kind === 'member' ? access : !access;
}

/** Defined after patch k anywhere the series touches, or (for global names) in the searched folders. */
async function definedAt(ctx: CheckContext, intro: Introduced): Promise<boolean> {
  const member = intro.symbol.kind === 'member';
  const defines = (text: string | null) => text !== null && scanned(ctx, text).symbols.some((s) => s.name === intro.symbol.name && (s.kind === 'member') === member);
  for (const path of ctx.states.touched()) if (isC(path) && defines(await ctx.states.textAfter(ctx.k, path))) return true;
  if (intro.symbol.isStatic || member) return false;
  const dirs = searchDirs([...ctx.patches[ctx.k].images.keys(), ...intro.by.images.keys()]);
  const found = await ctx.states.base.search([intro.symbol.name], dirs);
  const touched = new Set(ctx.states.touched());
  for (const path of [...new Set(found.hits.map((h) => h.path))].filter((p) => !touched.has(p)).slice(0, 40)) {
    if (defines(await ctx.states.textAfter(ctx.k, path))) return true;
  }
  return false;
}
