// MM01. A descriptor has one `action` slot (struct vm_area_desc, include/linux/mm_types.h): a second
// mmap_action_*() call on the same path replaces the first, and a custom hook that runs several mapping
// steps is several actions in one VMA. Jason Gunthorpe's review of v2 08/16 (2025-09-15) set the rule.
import type { FileView } from '../engine/file-view.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAt, hitAtStatement, introducedCalls, isIntroduced, pathUnder } from '../engine/match-helpers.js';
import { onOnePath } from '../engine/c-calls.js';
import { ACTION_SETTERS } from './mm-names.js';
import { ENUM_BODY } from './mixedmap-needs-pfn-list.js';

const CUSTOM = /\bMMAP_CUSTOM_ACTION\b|\baction_hook\b/;
// Defining the custom action type, or choosing it: not the framework's own `case` labels and calls.
const definesOrChooses = (text: string) => ENUM_BODY.test(text) || (/[^=!<>]=[^=]/.test(text) && !/^case\b/.test(text) && !/action_hook\s*\(/.test(text));
const MM_SIDE = ['mm/', 'include/linux/', 'tools/testing/vma/'];

export const oneActionPerVma: Matcher = (file) => [...secondActions(file), ...customActions(file)];

function secondActions(file: FileView): Hit[] {
  const hits: Hit[] = [];
  for (const unit of file.units) {
    const calls = unit.post().calls.filter((c) => !c.declarator && ACTION_SETTERS(c.name));
    const introduced = new Set(introducedCalls(file, unit, ACTION_SETTERS));
    for (const c of introduced) {
      if (c.facts.inLoop) hits.push(hitAt(unit, c, `${c.name}() inside a loop: each pass replaces the action the last one set; a descriptor takes one action.`));
    }
    calls.forEach((b, j) => {
      const a = calls.slice(0, j).find((x) => onOnePath(x, b));
      if (a && (introduced.has(a) || introduced.has(b))) {
        hits.push(hitAt(unit, b, `${b.name}() after ${a.name}() on the same path: the second replaces the first (desc->action is one slot). Choose one action per VMA.`));
      }
    });
  }
  return hits;
}

/** A custom action type, or driver code running its own mmap_action, mixes actions in one VMA. */
function customActions(file: FileView): Hit[] {
  const hits: Hit[] = [];
  for (const unit of file.units) {
    const model = unit.post();
    model.statements.forEach((_, i) => {
      const text = model.statementText(i);
      const local = text.startsWith('struct mmap_action ') && !pathUnder(file.path, MM_SIDE);
      if ((CUSTOM.test(text) && definesOrChooses(text)) || local) {
        if (isIntroduced(file, unit, i)) hits.push(hitAtStatement(unit, i, 'A custom action that performs further mapping steps is several actions in one VMA; a VMA gets one action (a true mixed map is one action over a list of PFNs).'));
      }
    });
  }
  return hits;
}
