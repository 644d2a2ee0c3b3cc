// Links revisions of the same work into one series across threads: v1 → RESEND → v2, RFC → RFC v2 → v1,
// also when the cover title was reworded. Each link says how sure it is and why.
import { normaliseTitle } from './parse/subject.js';

export interface RevisionFacts {
  key: string;
  version: number;
  rfc: boolean;
  date: number | null;
  fromEmail: string;
  title: string;
  changeIds: string[];
  /** Every message-id that belongs to the revision (cover, patches). */
  members: string[];
  /** Message-ids the revision's anchor answers (thread ancestors). */
  answers: string[];
  /** Message-ids its cover or patches link to in their bodies. */
  links: string[];
  patchTitles: string[];
  files: string[];
}

export type Confidence = 'high' | 'medium' | 'low';

export interface LineageLink {
  from: string;
  to: string;
  confidence: Confidence;
  reason: string;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const shared = b.filter((x) => sa.has(x)).length;
  return shared / Math.max(a.length, b.length);
}

/** Is `later` plausibly a newer posting of `earlier`? RFC → non-RFC may restart at v1. */
function versionsProgress(earlier: RevisionFacts, later: RevisionFacts): boolean {
  if (later.version > earlier.version) return true;
  if (later.version === earlier.version) return earlier.rfc === later.rfc || (earlier.rfc && !later.rfc);
  return earlier.rfc && !later.rfc;
}

/** Word sets of normalised titles, computed once per title however many revisions compare it. */
const wordCache = new Map<string, Set<string>>();
function words(title: string): Set<string> {
  let w = wordCache.get(title);
  if (!w) {
    w = new Set(normaliseTitle(title).split(/[^a-z0-9_]+/).filter((x) => x.length > 2));
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(title, w);
  }
  return w;
}

/** Share of words two titles have in common (Jaccard), for subjects reworded between versions. */
function titleSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** Patch subjects of `b` that closely match one of `a`'s (reworded subjects still count). */
function matchingPatchTitles(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const matched = b.filter((tb) => a.some((ta) => titleSimilarity(ta, tb) >= 0.6)).length;
  return matched / Math.max(a.length, b.length);
}

/** Evidence that only a link, a shared change-id or an identical title gives: checked first, cheaply. */
function strongEvidence(a: RevisionFacts, b: RevisionFacts): { confidence: Confidence; reason: string } | undefined {
  const members = new Set(a.members);
  if (b.changeIds.some((id) => a.changeIds.includes(id))) return { confidence: 'high', reason: 'same change-id' };
  if (b.answers.some((id) => members.has(id))) return { confidence: 'high', reason: 'posted in reply to the earlier revision' };
  // A cover citing someone else's series ("based on", "depends on") names a dependency, not an ancestor.
  if (a.fromEmail !== b.fromEmail || !versionsProgress(a, b)) return undefined;
  if (b.links.some((id) => members.has(id))) return { confidence: 'high', reason: 'links to the earlier revision' };
  if (a.title && normaliseTitle(a.title) === normaliseTitle(b.title)) return { confidence: 'high', reason: 'same author and title' };
  return undefined;
}

/** Resemblance when the title was reworded: patch subjects, the title's words, the files touched. */
function weakEvidence(a: RevisionFacts, b: RevisionFacts): { confidence: Confidence; reason: string } | undefined {
  if (a.fromEmail !== b.fromEmail || !versionsProgress(a, b)) return undefined;
  const titles = matchingPatchTitles(a.patchTitles, b.patchTitles);
  if (titles >= 0.5) return { confidence: 'medium', reason: `same author, ${Math.round(titles * 100)}% of patch subjects match` };
  if (a.title && b.title && titleSimilarity(a.title, b.title) >= 0.5) {
    return { confidence: 'medium', reason: 'same author, similar title' };
  }
  const files = overlap(a.files, b.files);
  if (files >= 0.6 && b.version > a.version) {
    return { confidence: 'low', reason: `same author, ${Math.round(files * 100)}% of touched files match` };
  }
  return undefined;
}

/** Earlier revisions worth comparing with: found through shared ids, change-ids, or the same author. */
class CandidateIndex {
  private readonly byMember = new Map<string, RevisionFacts>();
  private readonly byChangeId = new Map<string, RevisionFacts>();
  private readonly byAuthor = new Map<string, RevisionFacts[]>();

  add(r: RevisionFacts): void {
    for (const id of r.members) this.byMember.set(id, r);
    for (const id of r.changeIds) this.byChangeId.set(id, r);
    const list = this.byAuthor.get(r.fromEmail) ?? [];
    list.push(r);
    this.byAuthor.set(r.fromEmail, list);
  }

  /** Most recent first; an author's history is bounded so a prolific sender stays linear. */
  candidates(r: RevisionFacts): RevisionFacts[] {
    const found = new Set<RevisionFacts>();
    for (const id of [...r.answers, ...r.links]) {
      const hit = this.byMember.get(id);
      if (hit) found.add(hit);
    }
    for (const id of r.changeIds) {
      const hit = this.byChangeId.get(id);
      if (hit) found.add(hit);
    }
    const own = this.byAuthor.get(r.fromEmail) ?? [];
    for (let i = own.length - 1; i >= Math.max(0, own.length - AUTHOR_HISTORY); i--) found.add(own[i]);
    return [...found].sort((x, y) => (y.date ?? 0) - (x.date ?? 0));
  }
}

const AUTHOR_HISTORY = 200;

/** For each revision (in date order), the best earlier revision it continues, if any. */
export function linkRevisions(revisions: RevisionFacts[]): LineageLink[] {
  const ordered = [...revisions].sort((x, y) => (x.date ?? 0) - (y.date ?? 0));
  const index = new CandidateIndex();
  const links: LineageLink[] = [];
  for (const r of ordered) {
    // The most recent candidate with the strongest evidence wins (candidates come most recent first).
    const candidates = index.candidates(r);
    let best: LineageLink | undefined;
    for (const earlier of candidates) {
      const e = strongEvidence(earlier, r);
      if (e) {
        best = { from: earlier.key, to: r.key, ...e };
        break;
      }
    }
    for (const earlier of best ? [] : candidates) {
      const e = weakEvidence(earlier, r);
      if (e && (!best || RANK[e.confidence] > RANK[best.confidence])) best = { from: earlier.key, to: r.key, ...e };
      if (best?.confidence === 'medium') break;
    }
    if (best) links.push(best);
    index.add(r);
  }
  return links;
}

/** Groups revision keys into series along the links; each group in date order of its revisions. */
export function groupSeries(revisions: RevisionFacts[], links: LineageLink[]): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const l of links) {
    const a = find(l.from);
    const b = find(l.to);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, RevisionFacts[]>();
  for (const r of revisions) {
    const root = find(r.key);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()]
    .map((g) => g.sort((x, y) => (x.date ?? 0) - (y.date ?? 0)).map((r) => r.key));
}
