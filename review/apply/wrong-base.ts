// When a series was written for another tree: most hunks fail, and the code it changes already uses
// catalogue APIs this tree lacks (or its base-commit is not here). Then one plain sentence says so, with the
// APIs and their releases, instead of a wall of failed hunks.
import type { Hunk } from '../../core/patch.js';
import { apiItem, type ApiItem } from '../../knowledge/api-catalogue.js';
import { tokenize } from '../../knowledge/engine/c-tokens.js';
import { stripComments } from '../../knowledge/engine/strip-comments.js';
import { compareVersions, formatVersion, parseKernelVersion } from '../../knowledge/kernel-version.js';
import { isCatalogueUse } from '../../knowledge/matchers/helper-newer-than-target.js';
import type { BaseInfo, PatchOutcome, WrongBase } from './apply-types.js';
import { isC, type CheckContext } from './check-context.js';
import { apiName, apiPresence, releaseGap } from './helper-availability.js';

/** Share of hunks that must fail before the series is called misplaced rather than in conflict. */
const MOSTLY_FAILED = 0.5;

export async function wrongBase(ctx: CheckContext, outcomes: readonly PatchOutcome[], base: BaseInfo, treeName: string): Promise<WrongBase | undefined> {
  const hunks = outcomes.flatMap((p) => p.files.flatMap((f) => f.hunks));
  const failed = hunks.filter((h) => h.result === 'failed').length;
  if (hunks.length === 0 || failed / hunks.length < MOSTLY_FAILED) return undefined;
  const missing: ApiItem[] = [];
  for (const item of builtOn(ctx)) if (await lacks(ctx, item)) missing.push(item);
  if (!missing.length && !base.missingBaseCommit) return undefined;
  missing.sort((a, b) => compareVersions(parseKernelVersion(a.since ?? '0.0'), parseKernelVersion(b.since ?? '0.0')) || (a.name < b.name ? -1 : 1));
  const apis = missing.map((m) => `${apiName(m)} (${m.since ?? 'never merged'})`);
  const reasons = [
    ...(apis.length ? [`it builds on ${apis.join(', ')}, which this tree does not have`] : []),
    ...(base.missingBaseCommit ? [`its base-commit ${base.missingBaseCommit.slice(0, 12)} is not in this tree`] : []),
  ];
  return {
    verdict: `this series does not apply to ${treeName}: ${reasons.join('; ')}`,
    failedHunks: failed,
    totalHunks: hunks.length,
    missingApis: missing.map((m) => ({ name: apiName(m), ...(m.since ? { since: m.since } : {}) })),
  };
}

/** Catalogue APIs in the code the series changes: its context and removed lines (what the base must have). */
function builtOn(ctx: CheckContext): ApiItem[] {
  const found = new Map<string, ApiItem>();
  for (const p of ctx.patches) {
    for (const f of p.patch.files) {
      if (!isC(f.oldPath ?? f.newPath ?? '')) continue;
      for (const h of f.hunks) for (const item of apisIn(preImageLines(h))) found.set(item.name, item);
    }
  }
  return [...found.values()];
}

const preImageLines = (h: Hunk) => h.lines.filter((l) => l[0] === ' ' || l[0] === '-').map((l) => l.slice(1));

function apisIn(lines: string[]): ApiItem[] {
  const tokens = tokenize(stripComments(lines));
  return tokens.flatMap((t, i) => {
    const item = t.kind === 'id' ? apiItem(t.text) : undefined;
    return item && isCatalogueUse(item, tokens, i) ? [item] : [];
  });
}

/**
 * The base lacks it: its release is later than the tree's and the tree does not define it after all (a
 * backport would); without a release to go by, only the tree's own header can say.
 */
async function lacks(ctx: CheckContext, item: ApiItem): Promise<boolean> {
  const presence = await apiPresence(ctx, -1, item);
  if (!ctx.version) return presence.state === 'absent';
  return releaseGap(item, ctx.version) !== undefined && presence.state !== 'present';
}

export const treeName = (version: readonly number[] | undefined, label: string) => (version ? `linux ${formatVersion(version.slice(0, 2))}` : label);
