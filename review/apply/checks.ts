// The checks that run after each patch, in the order their findings are listed.
import type { Check } from './check-context.js';
import { helperAvailability } from './helper-availability.js';
import { knowledgeOnPostImage } from './kb-post-image.js';
import { usedBeforeDefined } from './later-definitions.js';
import { missingHeaders } from './missing-headers.js';
import { removedSymbolsStillUsed } from './removed-symbols.js';

export const CHECKS: ReadonlyArray<readonly [string, Check]> = [
  ['removed-symbol-still-used', removedSymbolsStillUsed],
  ['used-before-defined', usedBeforeDefined],
  ['missing-header', missingHeaders],
  ['helper-not-in-tree', helperAvailability],
  ['knowledge-base', knowledgeOnPostImage],
];
