// Named matchers: entries whose logic a declarative pattern cannot state name one of these in their
// `matcher` block (`use: NAME`). An explicit sorted list; a test checks it against this folder.
import type { Matcher } from '../engine/matcher-types.js';

const NAMED_MATCHERS: ReadonlyArray<readonly [string, Matcher]> = [
];

export const namedMatcherNames = () => NAMED_MATCHERS.map(([n]) => n);
export const namedMatcher = (name: string): Matcher | undefined => NAMED_MATCHERS.find(([n]) => n === name)?.[1];
