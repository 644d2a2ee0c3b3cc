// A series put together from postings alone — patch files or an mbox whose mail forms no revision in the
// archive's sense (a lone patch, say): the 0/N posting is the cover letter, the rest are ordered by n.
import type { Posting, ReviewSeries } from './posting.js';

export function seriesFromPostings(postings: Posting[], seriesId: string | null = null): ReviewSeries {
  const cover = postings.find((p) => p.info.index === 0) ?? null;
  const patches = postings.filter((p) => p !== cover).sort((a, b) => a.index - b.index);
  const first = cover ?? patches[0];
  // What the subjects promise; the count of patches only when no subject says (a patch sent twice is not a 4th of 3).
  const promised = Math.max(0, ...postings.map((p) => p.info.total ?? 0));
  const total = promised || patches.length;
  const have = new Set(patches.map((p) => p.index));
  const missing = Array.from({ length: total }, (_x, i) => i + 1).filter((n) => !have.has(n));
  return {
    seriesId,
    title: first?.info.title ?? '',
    version: first?.info.version ?? 1,
    label: first?.info.labels.filter((l) => l === 'RFC' || l === 'RESEND').join(' ') ?? '',
    cover,
    patches,
    missing,
  };
}
