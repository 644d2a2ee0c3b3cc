// Two revisions compared: the pairs, and what the checks of changelog, trailers and review comments look
// up again and again (every name in either revision's code, a patch's name as people write it).
import { comparePatches, preparePatch, type PatchPair } from './compare-patches.js';
import { namesOfPatch } from './interdiff.js';
import type { PairingOptions } from './pair-patches.js';
import { revisionName } from '../../core/revision-name.js';
import type { RevisionPatch, RevisionSnapshot } from './revision-input.js';

export interface Comparison {
  from: RevisionSnapshot;
  to: RevisionSnapshot;
  pairs: PatchPair[];
  /** Every name on any line (context too) of each revision's diffs. */
  oldNames: Set<string>;
  newNames: Set<string>;
  /** `v2 08/16` for a patch of either revision. */
  label: (patch: RevisionPatch) => string;
}

export function compareRevisions(from: RevisionSnapshot, to: RevisionSnapshot, options: PairingOptions = {}): Comparison {
  const pairs = comparePatches(from.patches.map(preparePatch), to.patches.map(preparePatch), options);
  const names = (r: RevisionSnapshot) => {
    const out = new Set<string>();
    for (const p of r.patches) for (const n of namesOfPatch(p.files, '+- ')) out.add(n);
    return out;
  };
  const owner = new Map<RevisionPatch, RevisionSnapshot>([...from.patches.map((p) => [p, from] as const), ...to.patches.map((p) => [p, to] as const)]);
  const label = (patch: RevisionPatch) => patchLabel(owner.get(patch) ?? to, patch);
  return { from, to, pairs, oldNames: names(from), newNames: names(to), label };
}

export function patchLabel(r: Pick<RevisionSnapshot, 'version' | 'label' | 'total'>, patch: Pick<RevisionPatch, 'index'>): string {
  const width = String(r.total).length;
  return `${revisionName(r)} ${String(patch.index).padStart(width, '0')}/${r.total}`;
}
