// MM30 (and MM10, MM35's reverse). A helper, flag, hook or field the patch uses must exist in the tree it
// targets: checked against the API catalogue (knowledge/api-catalogue.ts) — added in a later release,
// removed or renamed by then, or only ever proposed on the list.
import type { Token } from '../engine/c-tokens.js';
import type { FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { isIntroduced } from '../engine/match-helpers.js';
import { apiItem, type ApiItem } from '../api-catalogue.js';
import { compareVersions, formatVersion, parseKernelVersion, type KernelVersion } from '../kernel-version.js';

export const helperNewerThanTarget: Matcher = (file, context) => {
  const target = context.targetVersion;
  if (!target) return [];
  const defined = definedHere(file);
  const hits: Hit[] = [];
  for (const unit of file.units) {
    const model = unit.post();
    model.statements.forEach((st, i) => {
      if (!isIntroduced(file, unit, i)) return;
      st.tokens.forEach((t, k) => {
        const item = t.kind === 'id' ? apiItem(t.text) : undefined;
        if (!item || defined.has(item.name) || !isCatalogueUse(item, st.tokens, k)) return;
        const problem = availability(item, target);
        if (problem) hits.push({ line: model.lineOf(t), matched: t.text, message: problem, function: unit.name ?? undefined });
      });
    });
  }
  return hits;
};

export function availability(item: ApiItem, target: KernelVersion): string | undefined {
  const t = formatVersion(target);
  if (item.proposedOnly) return `${item.name} was only proposed on the list (${item.note}); no kernel release has it.`;
  if (item.since && compareVersions(target, parseKernelVersion(item.since)) < 0) return `${item.name} is not available in ${t} (added in ${item.since}).`;
  if (item.removed && compareVersions(target, parseKernelVersion(item.removed)) >= 0) {
    return `${item.name} is gone in ${t} (${item.renamedTo ? `renamed to ${item.renamedTo}` : 'removed'} in ${item.removed}).`;
  }
  return undefined;
}

/**
 * A function or macro is called, a field is a member, a type follows `struct`. A hook counts only where
 * an ops table is filled in (`.mapped = fn` in an initializer): other structs have members named
 * `mapped` or `mmap` too (net/packet/af_packet.c, drivers/dma-buf/heaps/cma_heap.c).
 */
export function isCatalogueUse(item: ApiItem, toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1]?.text;
  if (item.kind === 'hook') return prev === '.' && toks[k + 1]?.text === '=' && (k === 1 || [',', '{'].includes(toks[k - 2]?.text));
  if (item.kind === 'field') return prev === '.' || prev === '->';
  if (item.kind === 'type') return prev === 'struct' || item.name.endsWith('_t');
  if (item.kind === 'flag') return true;
  return toks[k + 1]?.text === '(' && prev !== '.' && prev !== '->';
}

/** Names this patch itself declares: its definitions, prototypes, macros, enum constants, hook fields. */
function definedHere(file: FileView): Set<string> {
  const names = new Set<string>();
  for (const unit of file.units) {
    for (const c of unit.post().calls) if (c.declarator) names.add(c.name);
    if (unit.kind === 'function' && unit.headerAdded && unit.name) names.add(unit.name);
    for (const l of unit.lines) {
      if (l.kind !== '+') continue;
      for (const m of l.code.matchAll(/^\s*#\s*define\s+(\w+)|\(\s*\*\s*(\w+)\s*\)\s*\(|^\s*([A-Z][A-Z0-9_]+)\s*[,=]/g)) names.add(m[1] ?? m[2] ?? m[3]);
    }
  }
  return names;
}
