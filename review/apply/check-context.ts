// What every per-patch check gets: the series as applied, the tree at each step, the tree reader for the
// bounded search, and small shared questions (which files are C, what a file defines at step k).
import type { KernelVersion } from '../../knowledge/kernel-version.js';
import type { AppliedPatch } from './apply-patch.js';
import type { ApplyFinding } from './apply-types.js';
import { scanC, type CFile } from './c-symbols.js';
import type { SeriesStates } from './series-states.js';

export interface CheckContext {
  states: SeriesStates;
  /** 0-based index of the patch being checked. */
  k: number;
  patches: readonly AppliedPatch[];
  version?: KernelVersion;
}

export type Check = (ctx: CheckContext) => Promise<ApplyFinding[]>;

export const isC = (path: string) => /\.(c|h)$/.test(path);

const scans = new WeakMap<object, Map<string, CFile>>();

/** scanC of a text, cached per series so that the checks share the work. */
export function scanned(ctx: CheckContext, text: string): CFile {
  let cache = scans.get(ctx.states);
  if (!cache) scans.set(ctx.states, (cache = new Map()));
  let file = cache.get(text);
  if (!file) cache.set(text, (file = scanC(text)));
  return file;
}

/** `3/5 ("subject")` for messages that point at another patch of the series. */
export const patchRef = (p: AppliedPatch) => `${p.patch.index}/${p.patch.total} ("${p.patch.subject}")`;

/** The folders a bounded tree search covers for a patch: those of the C files it touches. */
export function searchDirs(paths: readonly string[]): string[] {
  const dirs = paths.filter(isC).map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''));
  return [...new Set(dirs)].filter((d) => d !== '').sort();
}

/** How a symbol is written in a message: `foo()`, `FOO`, `struct s`, `->member`. */
export function symbolText(name: string, kind: string, struct?: string): string {
  if (kind === 'function' || kind === 'prototype') return `${name}()`;
  if (kind === 'member') return `${struct && struct !== '(anonymous)' ? `struct ${struct}` : ''}->${name}`;
  return name;
}
