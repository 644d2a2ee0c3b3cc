// Revision tracking as one value: the series timeline and, for each step compared (every consecutive pair,
// or the one pair asked for), the pairs, the changelog checked against them, the trailer findings and what
// became of each review point.
import type { PatchPair } from './compare-patches.js';
import { checkChangelog, type ChangelogCheck } from './changelog-check.js';
import { resolveComments, type CommentResolution } from './comment-resolution.js';
import { compareRevisions, type Comparison } from './comparison.js';
import { changelogBetween } from './pair-changelog.js';
import type { RevisionSnapshot, SeriesRevisions } from './revision-input.js';
import { checkTrailers, GIVEN_TRAILERS, type TrailerCarry } from './trailer-carry.js';

export interface RevisionStep {
  comparison: Comparison;
  changelog: ChangelogCheck[];
  /** Changed, new and dropped patches no changelog line accounts for. */
  unmentioned: PatchPair[];
  trailers: TrailerCarry;
  comments: CommentResolution[];
}

export interface TimelineEntry {
  revision: RevisionSnapshot;
  /** Compared with the revision before it (none for the first): patches that came and went. */
  came: number;
  went: number;
  changed: number;
  /** Reviewed-by, Acked-by and Tested-by given in replies to this revision. */
  tagsGathered: number;
}

export interface RevisionsReport {
  series: Pick<SeriesRevisions, 'id' | 'title' | 'author'>;
  timeline: TimelineEntry[];
  steps: RevisionStep[];
}

/** Every consecutive pair, or only `from` → `to` (positions in series order) when given. */
export function assembleRevisions(s: SeriesRevisions, range?: { from: number; to: number }): RevisionsReport {
  const first = range?.from ?? 0;
  const last = range?.to ?? s.revisions.length - 1;
  const consecutive: RevisionStep[] = [];
  for (let i = first; i < last; i++) consecutive.push(step(s, i, i + 1));
  const steps = range && range.to - range.from > 1 ? [step(s, range.from, range.to)] : consecutive;
  const timeline = s.revisions.slice(first, last + 1).map((revision, k) => {
    const before = k > 0 ? consecutive[k - 1].comparison.pairs : [];
    return {
      revision,
      came: before.filter((p) => p.status === 'new').length,
      went: before.filter((p) => p.status === 'dropped').length,
      changed: before.filter((p) => p.status === 'changed').length,
      tagsGathered: gathered(revision),
    };
  });
  return { series: { id: s.id, title: s.title, author: s.author }, timeline, steps };
}

function step(s: SeriesRevisions, from: number, to: number): RevisionStep {
  const comparison = compareRevisions(s.revisions[from], s.revisions[to]);
  const entries = changelogBetween(s.revisions, from, to);
  const trailers = checkTrailers(comparison);
  const { checks, unmentioned } = checkChangelog(comparison, entries, trailers);
  const comments = resolveComments(comparison, s.points[from], entries, s.author);
  noteRequestedChanges(trailers, comments);
  return { comparison, changelog: checks, unmentioned, trailers, comments };
}

/** "With that fixed: Reviewed-by" is common: say so when the tag's giver asked for what changed. */
function noteRequestedChanges(trailers: TrailerCarry, comments: CommentResolution[]): void {
  for (const f of trailers.findings) {
    if (f.kind !== 'carried-onto-changed') continue;
    const email = /<([^>]+)>/.exec(f.trailer)?.[1]?.toLowerCase();
    f.giverAskedForChanges = comments.some((r) => r.pair === f.pair && r.status === 'addressed' && r.by.email.toLowerCase() === email);
  }
}

function gathered(r: RevisionSnapshot): number {
  const seen = new Set<string>();
  for (const p of r.patches) {
    if (p.carried) continue;
    for (const t of p.trailers) if (t.status === 'collected' && GIVEN_TRAILERS.has(t.name)) seen.add(`${p.messageId}\n${t.name}\n${t.value}`);
  }
  return seen.size;
}
