// MM02. What makes a mixed map (VM_MIXEDMAP) is a list of PFNs each marked special or not; a linear PFN
// range is a remap and an array of struct pages is map_kernel_pages. The v2 mmap_action_mixedmap*()
// helpers were dropped in v3 over exactly this (review of v2 08/16, 2025-09-15).
import type { FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAt, hitAtStatement, introducedCalls, isIntroduced, nameTest } from '../engine/match-helpers.js';

const MIXEDMAP_API = nameTest('mmap_action_mixedmap mmap_action_mixedmap_pages');
const NEW_MIXED_API = /\b(\w*mixedmap\w*)\s*\(|\b(MMAP_INSERT_MIXED\w*)\b/;
/** The body of an enum: `A, B = 2, C,` — where a constant is defined rather than used. */
export const ENUM_BODY = /^[A-Z][A-Z0-9_]*(\s*=\s*[^,]+)?(\s*,\s*[A-Z][A-Z0-9_]*(\s*=\s*[^,]+)?)*\s*,?$/;
const DESC_MIXEDMAP = /desc->vm_flags\s*\|=.*\bVM_MIXEDMAP\b|vma_desc_set_flags\s*\(.*\bVMA_MIXEDMAP_BIT\b/;

export const mixedmapNeedsPfnList: Matcher = (file) => [...apiShape(file), ...apiUse(file), ...eagerMixedmap(file)];

/** New helpers or action types of the rejected shape (a PFN range or a page array as a "mixed map"). */
function apiShape(file: FileView): Hit[] {
  const hits: Hit[] = [];
  for (const unit of file.units) {
    const model = unit.post();
    model.statements.forEach((st, i) => {
      const text = model.statementText(i);
      const m = NEW_MIXED_API.exec(text);
      const defines = m && (m[2] ? ENUM_BODY.test(text) : model.calls.some((c) => c.declarator && c.statementIndex === i && c.name === m[1]));
      if (defines && isIntroduced(file, unit, i)) hits.push(hitAtStatement(unit, i, `${m[1] ?? m[2]}: a mixed map is a list of PFNs each flagged special or not; a linear PFN range is a remap and a page array is map_kernel_pages. Don't add a mixed-map helper of this shape.`));
    });
    const header = unit.kind === 'function' && unit.headerAdded && /mixedmap/.test(unit.name ?? '');
    if (header && unit.lines[0]) hits.push({ line: unit.lines.find((l) => l.kind === '+') ?? unit.lines[0], matched: unit.header, function: unit.name ?? undefined });
  }
  return hits;
}

function apiUse(file: FileView): Hit[] {
  return file.units.flatMap((unit) => introducedCalls(file, unit, MIXEDMAP_API).map((c) =>
    hitAt(unit, c, `${c.name}() maps memory as a mixed map; if it is all struct pages (vmalloc_user(), alloc_pages()) it is not a mixed map: use remap_vmalloc_range() or map_kernel_pages, and keep VM_MIXEDMAP for true PFN lists.`)));
}

/** mmap_prepare asking for VM_MIXEDMAP while the same patch adds a hook to fill it eagerly afterwards. */
function eagerMixedmap(file: FileView): Hit[] {
  const eagerHook = file.units.some((u) => u.role?.role === 'mmap_complete' && u.headerAdded);
  if (!eagerHook) return [];
  const hits: Hit[] = [];
  for (const unit of file.units.filter((u) => u.role?.role === 'mmap_prepare')) {
    const model = unit.post();
    model.statements.forEach((_, i) => {
      if (DESC_MIXEDMAP.test(model.statementText(i)) && isIntroduced(file, unit, i)) {
        hits.push(hitAtStatement(unit, i, 'VM_MIXEDMAP set in mmap_prepare with a hook that fills the VMA afterwards: a mixed map needs one list of PFNs with a per-PFN special flag and a single action, not a sequence of mapping calls (and struct-page memory is not a mixed map).'));
      }
    });
  }
  return hits;
}
