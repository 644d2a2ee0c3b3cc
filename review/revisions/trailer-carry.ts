// Trailers across a reroll. Documentation/process/submitting-patches.rst: a Reviewed-by or Acked-by may be
// carried to the next revision only while the patch stays what was reviewed; once it changes substantially
// the tag should go. So: a tag carried onto a patch whose code changed substantially since it was given is
// flagged, and so is a tag given to the old revision of a patch whose code did not change but which the new
// revision no longer carries.

import type { TrailerRef } from '../../ingest/archive/series-queries.js';
import type { PatchPair } from './compare-patches.js';
import type { Comparison } from './comparison.js';

export const GIVEN_TRAILERS = new Set(['Reviewed-by', 'Acked-by', 'Tested-by']);
/** Interdiff code lines from which a change is substantial whatever the patch's size. */
export const SUBSTANTIAL_LINES = 10;
/** …or this share of the lines the old patch itself adds and removes (for small patches). */
export const SUBSTANTIAL_SHARE = 0.3;

export interface TrailerFinding {
  kind: 'carried-onto-changed' | 'lost';
  /** `Reviewed-by: Name <address>` */
  trailer: string;
  pair: PatchPair;
  /** The message that gave the tag on the old revision (a reply, or the old patch when it carried it already). */
  givenIn: string;
  /** Interdiff code lines of the pair. */
  changedLines: number;
  /** The tag's giver asked for changes to the old patch that the new one addresses (set by the assembler). */
  giverAskedForChanges?: boolean;
}

export interface TrailerCarry {
  findings: TrailerFinding[];
  /** Pairs whose own tags changed, or that left behind tags given to the old revision (what "collected
   * tags" and "dropped tags" claim). */
  retagged: PatchPair[];
}

const keyOf = (t: TrailerRef) => `${t.name}\n${(/<([^>]+)>/.exec(t.value)?.[1] ?? t.value).trim().toLowerCase()}`;
const given = (list: TrailerRef[], statuses: string[]) => list.filter((t) => GIVEN_TRAILERS.has(t.name) && statuses.includes(t.status));

export function checkTrailers(c: Comparison): TrailerCarry {
  const findings: TrailerFinding[] = [];
  const retagged: PatchPair[] = [];
  for (const pair of c.pairs) {
    if (!pair.from || !pair.to || !pair.interdiff) continue;
    const before = new Map(given(pair.from.trailers, ['own', 'collected']).map((t) => [keyOf(t), t]));
    const carried = given(pair.to.trailers, ['own']);
    const regiven = new Set(given(pair.to.trailers, ['collected']).map(keyOf));
    const oldOwn = new Set(given(pair.from.trailers, ['own']).map(keyOf));
    const carriedKeys = new Set(carried.map(keyOf));
    const left = [...before.keys()].some((k) => !carriedKeys.has(k));
    if (left || carried.length !== oldOwn.size || carried.some((t) => !oldOwn.has(keyOf(t)))) retagged.push(pair);
    const lines = pair.interdiff.codeLines;
    if (isSubstantial(pair)) {
      for (const t of carried) {
        const earlier = before.get(keyOf(t));
        if (earlier && !regiven.has(keyOf(t))) findings.push({ kind: 'carried-onto-changed', trailer: `${t.name}: ${t.value}`, pair, givenIn: earlier.givenIn, changedLines: lines });
      }
    }
    if (lines === 0) {
      const now = new Set([...carried.map(keyOf), ...regiven]);
      for (const [key, t] of before) if (!now.has(key)) findings.push({ kind: 'lost', trailer: `${t.name}: ${t.value}`, pair, givenIn: t.givenIn, changedLines: 0 });
    }
  }
  return { findings, retagged };
}

/** The pair's code changed by at least SUBSTANTIAL_LINES lines, or by SUBSTANTIAL_SHARE of a small patch. */
export function isSubstantial(pair: PatchPair): boolean {
  const lines = pair.interdiff?.codeLines ?? 0;
  if (lines === 0 || !pair.from) return false;
  const own = pair.from.files.reduce((n, f) => n + f.added + f.removed, 0);
  return lines >= SUBSTANTIAL_LINES || (lines >= 3 && lines >= SUBSTANTIAL_SHARE * own);
}
