// patchwork's series fixtures (MANIFEST §2.3): which mails are covers, patches and comments, and how
// postings group into series revisions. Expectations restated from patchwork's own tests.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peersRoot } from './corpus-paths.js';
import { ingestCase, kindCounts, revisionShapes } from './ingest-corpus.js';

interface Expected {
  counts: [covers: number, patches: number, comments: number];
  /** Patches per revision, revisions in date order. */
  patches: number[];
  /** Cover present per revision. */
  covers: number[];
  title?: string;
  missing?: number[][];
}

const CASES: Record<string, Expected> = {
  'base-single-patch.mbox': { counts: [0, 1, 0], patches: [1], covers: [0] },
  'base-cover-letter.mbox': { counts: [1, 2, 0], patches: [2], covers: [1], title: 'A sample series', missing: [[]] },
  // patchwork names a coverless series after its first patch with the prefix kept; we strip the tags.
  'base-no-cover-letter.mbox': { counts: [0, 2, 0], patches: [2], covers: [0], title: 'test: Add some lorem ipsum' },
  'base-deep-threaded.mbox': { counts: [1, 2, 0], patches: [2], covers: [1] },
  'base-out-of-order.mbox': { counts: [1, 2, 0], patches: [2], covers: [1], title: 'A sample series' },
  'base-different-versions.mbox': { counts: [1, 4, 0], patches: [4], covers: [1] },
  'base-no-references.mbox': { counts: [0, 2, 0], patches: [2], covers: [0] },
  'base-no-references-no-cover.mbox': { counts: [1, 2, 0], patches: [2], covers: [1] },
  'base-incomplete.mbox': { counts: [1, 1, 0], patches: [1], covers: [1], missing: [[2]] },
  'base-extra-patches.mbox': { counts: [1, 3, 0], patches: [3], covers: [1], missing: [[]] },
  'bugs-multiple-references.mbox': { counts: [1, 4, 0], patches: [4], covers: [1] },
  'bugs-multiple-content-types.mbox': { counts: [0, 1, 1], patches: [1], covers: [0] },
  'bugs-unnumbered.mbox': { counts: [1, 2, 0], patches: [1, 1], covers: [1, 0] },
  'bugs-mixed-versions.mbox': { counts: [0, 2, 0], patches: [1, 1], covers: [0, 0] },
  'bugs-nocover.mbox': { counts: [0, 4, 0], patches: [2, 2], covers: [0, 0] },
  'bugs-nocover-noversion.mbox': { counts: [0, 4, 0], patches: [2, 2], covers: [0, 0] },
  'bugs-spamming.mbox': { counts: [0, 3, 0], patches: [1, 1, 1], covers: [0, 0, 0] },
  'revision-basic.mbox': { counts: [2, 4, 0], patches: [2, 2], covers: [1, 1] },
  'revision-threaded-to-single-patch.mbox': { counts: [0, 2, 0], patches: [1, 1], covers: [0, 0] },
  'revision-threaded-to-cover.mbox': { counts: [2, 4, 0], patches: [2, 2], covers: [1, 1] },
  'revision-threaded-to-patch.mbox': { counts: [2, 4, 0], patches: [2, 2], covers: [1, 1] },
  'revision-out-of-order.mbox': { counts: [2, 4, 0], patches: [2, 2], covers: [1, 1] },
  'revision-no-cover-letter.mbox': { counts: [1, 4, 0], patches: [2, 2], covers: [1, 0] },
  'revision-unlabeled.mbox': { counts: [2, 4, 0], patches: [2, 2], covers: [1, 1] },
  'revision-unlabeled-noreferences.mbox': { counts: [0, 4, 0], patches: [2, 2], covers: [0, 0] },
  'mercurial-cover-letter.mbox': { counts: [1, 2, 0], patches: [2], covers: [1] },
  'mercurial-no-cover-letter.mbox': { counts: [0, 2, 0], patches: [2], covers: [0] },
  'dependency-base-patch.mbox': { counts: [1, 2, 0], patches: [2], covers: [1] },
};

describe('patchwork series fixtures', () => {
  for (const [file, want] of Object.entries(CASES)) {
    it(`${file}: covers/patches/comments ${want.counts.join('/')}, revisions [${want.patches}]`, async () => {
      const { db, report } = await ingestCase(join(peersRoot, 'patchwork', 'series', file));
      expect(report.skipped).toEqual([]);
      const c = kindCounts(db);
      expect([c.covers, c.patches, c.comments]).toEqual(want.counts);
      const revs = revisionShapes(db);
      expect(revs.map((r) => r.patches)).toEqual(want.patches);
      expect(revs.map((r) => (r.hasCover ? 1 : 0))).toEqual(want.covers);
      if (want.title) expect(revs[0].title).toBe(want.title);
      if (want.missing) expect(revs.map((r) => r.missing)).toEqual(want.missing);
    });
  }
});
