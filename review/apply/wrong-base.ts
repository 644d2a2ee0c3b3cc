// When a series was written for another tree: most hunks fail, and the code it changes already uses
// catalogue APIs this tree lacks (or its base-commit is not here). Then one plain sentence says so, with the
// APIs and their releases, instead of a wall of failed hunks.
import type { Hunk } from '../../core/patch.js';
import { apiItem, type ApiItem } from '../../knowledge/api-catalogue.js';
import { tokenize } from '../../knowledge/engine/c-tokens.js';
import { stripComments } from '../../knowledge/engine/strip-comments.js';
import { formatVersion } from '../../knowledge/kernel-version.js';
import { isCatalogueUse } from '../../knowledge/matchers/helper-newer-than-target.js';
import type { BaseInfo, PatchOutcome, WrongBase } from './apply-types.js';
import { isC, type CheckContext } from './check-context.js';
import { apiName, apiPresence, releaseGap } from './helper-availability.js';

/** More than this share of the hunks, or of the patches, failing makes the series misplaced rather than in conflict. */
const MOSTLY_FAILED = 0.5;
const LISTED = 6;

export async function wrongBase(ctx: CheckContext, outcomes: readonly PatchOutcome[], base: BaseInfo, treeName: string): Promise<WrongBase | undefined> {
  const hunks = outcomes.flatMap((p) => p.files.flatMap((f) => f.hunks));
  const failed = hunks.filter((h) => h.result === 'failed').length;
  const failedPatches = outcomes.filter((p) => !p.applied).length;
  if (failed === 0 || (failed <= hunks.length * MOSTLY_FAILED && failedPatches <= outcomes.length * MOSTLY_FAILED)) return undefined;
  const introduced = namesTheSeriesDefines(ctx);
  const missing: ApiItem[] = [];
  for (const item of apisUsed(ctx)) if (!introduced.has(item.name) && (await lacks(ctx, item))) missing.push(item);
  if (!missing.length && !base.missingBaseCommit) return undefined;
  const apis = missing.slice(0, LISTED).map((m) => `${apiName(m)} (${m.since ?? 'never merged'})`).join(', ') + (missing.length > LISTED ? ', …' : '');
  const reasons = [
    ...(missing.length ? [`it builds on ${apis}, which this tree does not have`] : []),
    ...(base.missingBaseCommit ? [`its base-commit ${base.missingBaseCommit.slice(0, 12)} is not in this tree`] : []),
  ];
  return {
    verdict: `this series does not apply to ${treeName}: ${reasons.join('; ')}`,
    failedHunks: failed,
    totalHunks: hunks.length,
    missingApis: missing.map((m) => ({ name: apiName(m), ...(m.since ? { since: m.since } : {}) })),
  };
}

/**
 * Catalogue APIs the series uses: first those in the code it changes (context and removed lines, which the
 * base must already have), then those its added lines call, each once.
 */
function apisUsed(ctx: CheckContext): ApiItem[] {
  const found = new Map<string, ApiItem>();
  for (const side of [' -', '+']) {
    for (const p of ctx.patches) {
      for (const f of p.patch.files) {
        if (!isC(f.oldPath ?? f.newPath ?? '')) continue;
        for (const h of f.hunks) for (const item of apisIn(linesOf(h, side))) if (!found.has(item.name)) found.set(item.name, item);
      }
    }
  }
  return [...found.values()];
}

const linesOf = (h: Hunk, kinds: string) => h.lines.filter((l) => kinds.includes(l[0])).map((l) => l.slice(1));

function apisIn(lines: string[]): ApiItem[] {
  const tokens = tokenize(stripComments(lines));
  return tokens.flatMap((t, i) => {
    const item = t.kind === 'id' ? apiItem(t.text) : undefined;
    return item && isCatalogueUse(item, tokens, i) ? [item] : [];
  });
}

/** Names an added line defines — a function header, prototype, macro, hook, struct or member — even in a patch that failed. */
function namesTheSeriesDefines(ctx: CheckContext): Set<string> {
  const names = new Set<string>();
  const patterns = [/#\s*define\s+(\w+)/, /^[A-Za-z_][\w\s*]*?\b(\w+)\s*\(/, /\(\s*\*\s*(\w+)\s*\)\s*\(/, /\b(?:struct|union)\s+(\w+)\s*\{/, /^\s+[A-Za-z_][\w\s*]*?\b(\w+)\s*(?:;|\[|:)/];
  for (const p of ctx.patches) {
    for (const f of p.patch.files) {
      for (const h of f.hunks) {
        for (const line of linesOf(h, '+')) for (const re of patterns) {
          const m = re.exec(line);
          if (m && !/^(return|if|while|for|switch)$/.test(m[1])) names.add(m[1]);
        }
      }
    }
  }
  return names;
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
