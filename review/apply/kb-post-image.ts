// The knowledge base on what a patch really produced: each file's diff with its hunks moved to where they
// applied (failed ones dropped), and the whole post-image at hand, so matchers see whole functions — not
// only the lines a hunk shows. Helper availability has its own check with the tree as witness
// (helper-availability.ts), so the catalogue entry is left out here.
import type { FileDiff } from '../../core/patch.js';
import type { KernelVersion } from '../../knowledge/kernel-version.js';
import { builtinCompiled, matchPatch } from '../../knowledge/match-patch.js';
import type { AppliedPatch } from './apply-patch.js';
import type { ApplyFinding } from './apply-types.js';
import { isC, type CheckContext } from './check-context.js';

const COVERED_ELSEWHERE = new Set(['helper-newer-than-target']);

export async function knowledgeOnPostImage(ctx: CheckContext): Promise<ApplyFinding[]> {
  const patch = ctx.patches[ctx.k];
  const files = appliedDiffs(patch);
  if (!files.length) return [];
  const texts = new Map<string, string | null>();
  for (const f of files) texts.set(f.newPath!, await ctx.states.textAfter(ctx.k, f.newPath!));
  const findings = await matchPatch(files, {
    targetVersion: ctx.version as KernelVersion | undefined,
    readPostImage: (path) => texts.get(path) ?? undefined,
    patch: patch.patch.messageId ?? `${patch.patch.index}/${patch.patch.total}`,
    entries: (await builtinCompiled()).filter((c) => !COVERED_ELSEWHERE.has(c.entry.id)),
  });
  return findings.map((f) => ({ id: f.entry, kind: 'kb', file: f.file, line: f.line, message: f.message }));
}

/** C files the patch changed, with hunks renumbered to where they landed in the post-image. */
export function appliedDiffs(patch: AppliedPatch): FileDiff[] {
  const out: FileDiff[] = [];
  for (const { diff, application } of patch.files) {
    const o = application.outcome;
    if (o.status === 'not-simulated' || o.operation === 'delete' || !isC(o.path) || application.after === null) continue;
    const hunks = diff.hunks.flatMap((h, i) => (application.finalStarts[i] >= 0 ? [{ ...h, newStart: application.finalStarts[i] + 1 }] : []));
    out.push({ ...diff, newPath: o.path, hunks });
  }
  return out;
}
