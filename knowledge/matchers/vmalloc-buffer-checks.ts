// MM04 and MM05: remap_vmalloc_range*() only maps VM_USERMAP (vmalloc_user) or DMA-coherent areas
// (mm/vmalloc.c remap_vmalloc_range_partial), and remap_vmalloc_range_partial() is not exported (6.12).
import type { FileView } from '../engine/file-view.js';
import type { Hit, Matcher, MatchContext } from '../engine/matcher-types.js';
import { hitAt, introducedCalls, nameTest, pathUnder } from '../engine/match-helpers.js';
import { VMALLOC_REMAPS } from './mm-names.js';

const PLAIN_ALLOC = /^(vmalloc|vzalloc|__vmalloc|vmalloc_node|vzalloc_node|kvmalloc|kvzalloc)$/;

/** Field or variable name at the end of an expression: `kcov->area + off` → area. */
const lastName = (expr: string) => /(\w+)\s*(?:\+.*)?$/.exec(expr.replace(/^\(\s*void\s*\*\s*\)\s*/, ''))?.[1];

export const remapVmallocNeedsUsermap: Matcher = (file, context) => {
  const code = fileCode(file, context);
  const hits: Hit[] = [];
  for (const unit of file.units) {
    for (const call of introducedCalls(file, unit, VMALLOC_REMAPS)) {
      const name = lastName(call.args[call.name === 'remap_vmalloc_range' ? 1 : 2] ?? '');
      if (!name) continue;
      const alloc = new RegExp(`\\b${name}\\s*=\\s*(?:\\([^)]*\\)\\s*)?(\\w+)\\s*\\(`, 'g');
      const allocators = [...code.matchAll(alloc)].map((m) => m[1]);
      const plain = allocators.find((a) => PLAIN_ALLOC.test(a));
      if (plain && !allocators.some((a) => /_user$/.test(a))) {
        hits.push(hitAt(unit, call, `${name} comes from ${plain}(), which does not set VM_USERMAP: ${call.name}() will fail with -EINVAL. Allocate it with vmalloc_user() (which also zeroes it).`));
      }
    }
  }
  return hits;
};

const fileCode = (file: FileView, context: MatchContext) =>
  context.readPostImage?.(file.path) ?? file.units.flatMap((u) => u.lines.map((l) => l.code)).join('\n');

/** remap_vmalloc_range_partial() outside mm/ and fs/proc/: fine built in, a modpost error in a module. */
export const remapVmallocPartialFromModule: Matcher = (file, context) => {
  if (pathUnder(file.path, ['mm/', 'fs/proc/'])) return [];
  const modular = buildsAsModule(file.path, context);
  if (modular === false) return [];
  return file.units.flatMap((unit) => introducedCalls(file, unit, nameTest('remap_vmalloc_range_partial'))
    .map((c) => ({ ...hitAt(unit, c), confidence: modular ? 'high' as const : 'low' as const })));
};

/**
 * true: the object is built under a tristate option; false: built in (obj-y or a bool option);
 * undefined: the Makefile or Kconfig beside it is not at hand.
 */
export function buildsAsModule(path: string, context: MatchContext): boolean | undefined {
  const dir = path.slice(0, path.lastIndexOf('/'));
  const object = `${path.slice(dir.length + 1).replace(/\.c$/, '')}.o`;
  const makefile = context.readPostImage?.(`${dir}/Makefile`);
  if (!makefile) return undefined;
  const rule = new RegExp(`^obj-(y|\\$\\((CONFIG_\\w+)\\))\\s*[+:]?=.*\\b${object.replace('.', '\\.')}`, 'm').exec(makefile);
  if (!rule) return undefined;
  if (rule[1] === 'y') return false;
  const kconfig = context.readPostImage?.(`${dir}/Kconfig`);
  const option = kconfig && new RegExp(`^config ${rule[2].slice(7)}\\n((?:[ \\t].*\\n|\\n)*)`, 'm').exec(kconfig);
  return option ? /^\s*tristate\b/m.test(option[1]) : undefined;
}
