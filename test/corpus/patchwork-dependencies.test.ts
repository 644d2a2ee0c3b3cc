// patchwork's Depends-on fixtures (MANIFEST §2.3, dependency-*.mbox.template): a series naming the series
// it depends on by URL or message-id. We do not model dependencies between series yet, so these are
// todo: each needs a `series_dependencies` table, resolving `Depends-on:` tokens (series/patch URLs, patch
// and cover message-ids) to a series, and ignoring self and cross-list references. The base series itself
// (dependency-base-patch.mbox) is already checked in patchwork-series.test.ts.
import { describe, it } from 'vitest';

describe('patchwork Depends-on fixtures (not implemented: series dependencies)', () => {
  it.todo('dependency-one-cover.mbox.template: `Depends-on:` in the cover, naming the base series by series URL, patch URL, patch msgid, cover msgid or its 2/2 msgid, makes the new series depend on the base one (and the base list it as dependent)');
  it.todo('dependency-one-first-patch.mbox.template: the same from the first patch; naming its own cover is no self-dependency; a series on another list is no dependency');
  it.todo('dependency-multi.mbox.template: two `Depends-on:` lines in one cover give dependencies [series1, series2] in that order; series1 has 2 dependents, series2 1 dependency and 1 dependent');
  it.todo('dependency-multi-2.mbox.template: the two `Depends-on:` lines spread over patch 1 and patch 2 give the same result');
});
