// The whole simulated application, assembled: apply the series (git's or GNU patch's rules), then after each
// patch run the bisectability checks, helper availability and the knowledge base on the post-image, and
// close with the diffstat and, when the series plainly belongs on another tree, that verdict.
import { formatVersion, versionFromMakefile, type KernelVersion } from '../../knowledge/kernel-version.js';
import { applySeries } from './apply-series.js';
import type { ApplyFinding, ApplyRules, BaseInfo, SeriesOutcome, SeriesPatch } from './apply-types.js';
import type { CheckContext } from './check-context.js';
import { diffstat } from './diffstat.js';
import { SeriesStates } from './series-states.js';
import type { TreeReader } from './tree-reader.js';
import type { WorkingTree } from './working-tree.js';

export interface SimulateOptions {
  rules?: ApplyRules;
  base: BaseInfo;
  /** Run the checks after each patch (default true); off, only the application is simulated. */
  checks?: boolean;
  /** The tree's release, when the caller knows better than its Makefile. */
  version?: KernelVersion;
}

export interface Simulation {
  outcome: SeriesOutcome;
  /** The tree as the series leaves it (for --out). */
  tree: WorkingTree;
}

export async function simulate(patches: readonly SeriesPatch[], reader: TreeReader, opts: SimulateOptions): Promise<Simulation> {
  const rules = opts.rules ?? { kind: 'git' };
  const applied = await applySeries(patches, reader, rules);
  const version = opts.version ?? (await treeVersion(reader));
  const states = new SeriesStates(applied.patches, reader);
  const outcomes = applied.patches.map((p) => p.outcome);
  if (opts.checks !== false) {
    // Loaded only when wanted: the knowledge base and its C parser are most of the start-up cost.
    const { CHECKS } = await import('./checks.js');
    for (let k = 0; k < applied.patches.length; k++) {
      const ctx: CheckContext = { states, k, patches: applied.patches, ...(version ? { version } : {}) };
      for (const [, check] of CHECKS) outcomes[k].findings.push(...(await check(ctx)));
      outcomes[k].findings = dedupe(outcomes[k].findings);
    }
  }
  const outcome: SeriesOutcome = { tree: reader.label, base: opts.base, rules, patches: outcomes, diffstat: diffstat(applied.tree.changed(), outcomes) };
  if (version) outcome.version = formatVersion(version);
  if (outcomes.some((p) => !p.applied)) {
    const { treeName, wrongBase } = await import('./wrong-base.js');
    const ctx: CheckContext = { states, k: -1, patches: applied.patches, ...(version ? { version } : {}) };
    const verdict = await wrongBase(ctx, outcomes, opts.base, treeName(version, reader.label));
    if (verdict) outcome.wrongBase = verdict;
  }
  return { outcome, tree: applied.tree };
}

/** VERSION.PATCHLEVEL.SUBLEVEL of the tree's top-level Makefile, if it has one. */
export async function treeVersion(reader: TreeReader): Promise<KernelVersion | undefined> {
  const entry = await reader.entry('Makefile');
  if (entry?.kind !== 'file') return undefined;
  const text = (await reader.read('Makefile'))?.toString('utf8');
  return text ? versionFromMakefile(text) : undefined;
}

function dedupe(findings: ApplyFinding[]): ApplyFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

