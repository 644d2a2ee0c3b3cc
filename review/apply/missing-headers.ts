// Bisectability: an `#include` a patch adds for a header the tree after that patch does not have. Quoted
// includes are looked for beside the file first; angle includes under include/, include/uapi/ and the
// architectures' include/ folders (asm/ through asm-generic and x86). Angle includes are only judged on a
// tree that has include/linux/ — an extract of a few files cannot say what the kernel provides.
import { posix } from 'node:path';
import type { ApplyFinding } from './apply-types.js';
import { isC, patchRef, type CheckContext } from './check-context.js';
import { addedLines } from './series-states.js';

const INCLUDE = /^\s*#\s*include\s*([<"])([^>"]+)[>"]/;

export async function missingHeaders(ctx: CheckContext): Promise<ApplyFinding[]> {
  const findings: ApplyFinding[] = [];
  const kernelTree = (await ctx.states.base.entry('include/linux'))?.kind === 'dir';
  for (const [path, lines] of addedLines(ctx.patches[ctx.k])) {
    const text = isC(path) ? await ctx.states.textAfter(ctx.k, path) : null;
    if (text === null) continue;
    const all = text.split('\n');
    for (const line of [...lines].sort((a, b) => a - b)) {
      const m = INCLUDE.exec(all[line - 1] ?? '');
      if (!m || (m[1] === '<' && !kernelTree) || m[2].startsWith('generated/')) continue;
      const candidates = headerCandidates(path, m[1] === '"', m[2]);
      if (await anyExists(ctx, ctx.k, candidates)) continue;
      const laterPatch = await addedLater(ctx, candidates);
      const later = laterPatch ? ` (a later patch, ${patchRef(laterPatch)}, adds it)` : '';
      findings.push({
        id: 'missing-header', kind: 'bisect', file: path, line,
        message: `${m[1] === '"' ? `"${m[2]}"` : `<${m[2]}>`} is included but not in the tree after this patch${later}; looked for ${candidates.slice(0, 3).join(', ')}`,
      });
    }
  }
  return findings;
}

export function headerCandidates(from: string, quoted: boolean, name: string): string[] {
  const local = quoted ? [posix.normalize(posix.join(posix.dirname(from), name))] : [];
  const system = [`include/${name}`, `include/uapi/${name}`];
  const arch = from.startsWith('arch/') ? [`${from.split('/').slice(0, 2).join('/')}/include/${name}`] : [];
  const asm = name.startsWith('asm/') ? [`include/asm-generic/${name.slice(4)}`, `arch/x86/include/${name}`, `arch/x86/include/uapi/${name}`] : [];
  return [...local, ...arch, ...system, ...asm].filter((p) => !p.startsWith('../') && !p.startsWith('/'));
}

async function anyExists(ctx: CheckContext, k: number, paths: readonly string[]): Promise<boolean> {
  for (const p of paths) if ((await ctx.states.textAfter(k, p)) !== null) return true;
  return false;
}

async function addedLater(ctx: CheckContext, paths: readonly string[]) {
  for (let j = ctx.k + 1; j < ctx.patches.length; j++) if (await anyExists(ctx, j, paths)) return ctx.patches[j];
  return undefined;
}
