// MM25. mmap_action_remap() copies desc->page_prot into the action when it is called (include/linux/mm.h,
// 6.19): caching attributes set afterwards are not used. hpet's conversion sets page_prot first.
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { hitAtStatement, isIntroduced, visibleCalls } from '../engine/match-helpers.js';
import { ACTION_SETTERS } from './mm-names.js';

export const pageProtAfterAction: Matcher = (file) => file.units.filter((u) => u.role?.role === 'mmap_prepare').flatMap((unit) => {
  const model = unit.post();
  const first = visibleCalls(unit, ACTION_SETTERS)[0];
  if (!first) return [];
  const hits: Hit[] = [];
  model.statements.forEach((_, i) => {
    if (i > first.statementIndex && /^desc->page_prot\s*=/.test(model.statementText(i)) && isIntroduced(file, unit, i)) {
      hits.push(hitAtStatement(unit, i, `desc->page_prot is changed after ${first.name}(), which already took a copy of it: set the caching attributes first.`));
    }
  });
  return hits;
});
