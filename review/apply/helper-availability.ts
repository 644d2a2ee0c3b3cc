// Helper availability: catalogue APIs (knowledge/api-catalogue.ts) that a patch's added lines use and the
// tree does not have. Two witnesses: the release in the tree's Makefile against the catalogue's
// since-version, and the tree itself — whether the API's header (or a file the series touches) really
// defines it. A definition in the tree wins over the release number (a backport, or the series adds it).
import { apiItem, type ApiItem } from '../../knowledge/api-catalogue.js';
import { compareVersions, formatVersion, parseKernelVersion, type KernelVersion } from '../../knowledge/kernel-version.js';
import { isCatalogueUse } from '../../knowledge/matchers/helper-newer-than-target.js';
import type { ApplyFinding } from './apply-types.js';
import type { SymbolKind } from './c-symbols.js';
import { isC, scanned, type CheckContext } from './check-context.js';
import { addedLines } from './series-states.js';

export type Presence = { state: 'present' | 'absent'; where: string } | { state: 'unknown'; where: string };

export async function helperAvailability(ctx: CheckContext): Promise<ApplyFinding[]> {
  const findings: ApplyFinding[] = [];
  for (const [path, lines] of addedLines(ctx.patches[ctx.k])) {
    const text = isC(path) ? await ctx.states.textAfter(ctx.k, path) : null;
    if (text === null) continue;
    const seen = new Set<string>();
    const tokens = scanned(ctx, text).tokens;
    for (const [i, t] of tokens.entries()) {
      const item = t.kind === 'id' && lines.has(t.line + 1) && !seen.has(t.text) ? apiItem(t.text) : undefined;
      if (!item || !isCatalogueUse(item, tokens, i)) continue;
      seen.add(item.name);
      const message = await verdict(ctx, item);
      if (message) findings.push({ id: 'helper-not-in-tree', kind: 'helper', file: path, line: t.line + 1, message });
    }
  }
  return findings;
}

async function verdict(ctx: CheckContext, item: ApiItem): Promise<string | undefined> {
  const presence = await apiPresence(ctx, ctx.k, item);
  if (presence.state === 'present') return undefined;
  const tree = ctx.version ? `linux ${formatVersion(ctx.version.slice(0, 2))}` : 'this tree';
  const release = ctx.version ? releaseGap(item, ctx.version) : undefined;
  if (presence.state === 'absent') {
    const why = release ?? (item.since ? `it should be there (added in ${item.since})` : 'the catalogue has no release for it');
    return `${apiName(item)} is not in ${tree}: ${why}, and ${presence.where} does not define it`;
  }
  return release ? `${apiName(item)} is not in ${tree}: ${release} (${presence.where})` : undefined;
}

/** Why the tree's release lacks the API, or undefined when the release should have it. */
export function releaseGap(item: ApiItem, version: KernelVersion): string | undefined {
  if (item.proposedOnly) return 'it was only proposed on the list, never merged';
  if (item.since && compareVersions(version, parseKernelVersion(item.since)) < 0) return `it was added in ${item.since}`;
  if (item.removed && compareVersions(version, parseKernelVersion(item.removed)) >= 0) {
    return item.renamedTo ? `it was renamed to ${item.renamedTo} in ${item.removed}` : `it was removed in ${item.removed}`;
  }
  return undefined;
}

/** `f_op->mmap_prepare`, `struct vm_area_desc`, `vma_desc_size()`: how people write the API's name. */
export function apiName(item: ApiItem): string {
  if (item.kind === 'hook') return /file_operations/.test(item.header) ? `f_op->${item.name}` : /vm_operations/.test(item.header) ? `vm_ops->${item.name}` : `->${item.name}`;
  if (item.kind === 'field') return `->${item.name}`;
  if (item.kind === 'type') return item.name.endsWith('_t') ? item.name : `struct ${item.name}`;
  if (item.kind === 'function') return `${item.name}()`;
  return item.name;
}

const KINDS: Record<ApiItem['kind'], SymbolKind[]> = {
  function: ['function', 'prototype', 'macro'], macro: ['macro', 'function'], flag: ['macro', 'enumerator'],
  hook: ['member'], field: ['member'], type: ['type'],
};

/** Whether the tree after patch k defines the API: in a file the series touches, or in its header. */
export async function apiPresence(ctx: CheckContext, k: number, item: ApiItem): Promise<Presence> {
  const defines = (text: string | null) => text !== null && scanned(ctx, text).symbols.some((s) => s.name === item.name && KINDS[item.kind].includes(s.kind));
  for (const path of ctx.states.touched()) if (isC(path) && defines(await ctx.states.textAfter(k, path))) return { state: 'present', where: path };
  const header = /[\w./-]+\.h\b/.exec(item.header)?.[0];
  if (!header) return { state: 'unknown', where: `its definition (${item.header}) was not looked for` };
  const text = await ctx.states.textAfter(k, header);
  if (text === null) return { state: 'unknown', where: `${header} is not in this tree to confirm` };
  return defines(text) ? { state: 'present', where: header } : { state: 'absent', where: header };
}
