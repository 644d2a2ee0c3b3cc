// Groups postings (covers, patches, pull requests) into revisions: one posting of a series at one version,
// cover + patches n/N. The rules follow patchwork's and b4's, minus their known mistakes (see MANIFEST).
import type { SubjectInfo } from '../core/patch.js';

export interface Posting {
  messageId: string;
  kind: 'cover' | 'patch' | 'pull';
  subject: SubjectInfo;
  fromName: string;
  fromEmail: string;
  date: number | null;
  /** Thread ancestors, nearest first (ghosts included). */
  ancestors: string[];
  threadRoot: string;
}

/** A thread root that is not a posting: a candidate "naked" cover letter. */
export interface RootMessage {
  messageId: string;
  fromEmail: string;
  title: string;
  hasDiff: boolean;
}

export interface Revision {
  /** Local key: the anchor's message-id (cover, else the first patch posted). */
  anchor: string;
  version: number;
  versionExplicit: boolean;
  labels: string[];
  title: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  total: number;
  coverId?: string;
  /** index → message-ids posted for it (more than one only for [PATCH 3/2]-style accidents). */
  patches: Map<number, string[]>;
  /** Indices carried over unchanged from the revision this one partially rerolls. */
  carried: Map<number, string>;
  partialOf?: Revision;
  threadRoot: string;
  members: Set<string>;
}

/** Patchwork's window for joining unthreaded postings of one series. */
const WINDOW_MS = 20 * 60 * 1000;
const isRfc = (s: SubjectInfo) => s.labels.includes('RFC');

function newRevision(p: Posting): Revision {
  return {
    anchor: p.messageId,
    version: p.subject.version ?? 1,
    versionExplicit: p.subject.version !== null,
    labels: p.subject.labels.filter((l) => l !== 'PATCH'),
    title: p.subject.title,
    fromName: p.fromName,
    fromEmail: p.fromEmail,
    date: p.date,
    total: p.subject.total ?? 1,
    patches: new Map(),
    carried: new Map(),
    threadRoot: p.threadRoot,
    members: new Set(),
  };
}

function add(r: Revision, p: Posting, index: number): void {
  r.members.add(p.messageId);
  if (index === 0 && p.kind === 'cover') {
    r.coverId ??= p.messageId;
    r.title = p.subject.title;
    r.anchor = p.messageId;
    if (p.subject.version !== null && !r.versionExplicit) {
      r.version = p.subject.version;
      r.versionExplicit = true;
    }
    return;
  }
  const list = r.patches.get(index) ?? [];
  list.push(p.messageId);
  r.patches.set(index, list);
  r.total = Math.max(r.total, p.subject.total ?? 1);
}

function hasSlot(r: Revision, index: number): boolean {
  return index === 0 ? r.coverId === undefined : !r.patches.has(index);
}

/** May `p` join revision `r`, reached through the thread? A patch without a version tag inherits it. */
function joinsThroughThread(r: Revision, p: Posting, index: number): boolean {
  if (!hasSlot(r, index) || (p.subject.total ?? 1) !== r.total) return false;
  if (isRfc(p.subject) !== r.labels.includes('RFC') && p.subject.version !== null) return false;
  return p.subject.version === null ? true : p.subject.version === r.version;
}

function joinsByWindow(r: Revision, p: Posting, index: number): boolean {
  if (!hasSlot(r, index) || (p.subject.total ?? 1) !== r.total) return false;
  if (r.fromEmail !== p.fromEmail || (p.subject.version ?? 1) !== r.version) return false;
  if (isRfc(p.subject) !== r.labels.includes('RFC')) return false;
  return p.date !== null && r.date !== null && Math.abs(p.date - r.date) <= WINDOW_MS;
}

/**
 * b4's partial reroll: a vN+1 patch n/N sent in reply to patch n/N of vN (e.g. `v5.1 10/12` answering
 * `v5 10/12`) stands for the whole of vN with that patch replaced.
 */
function partialRerollOf(p: Posting, index: number, revisionOf: Map<string, Revision>): Revision | undefined {
  const parent = p.ancestors[0] && revisionOf.get(p.ancestors[0]);
  if (!parent || p.subject.version === null || p.subject.version <= parent.version) return undefined;
  if (parent.total !== (p.subject.total ?? 1) || !(parent.patches.get(index) ?? []).includes(p.ancestors[0])) return undefined;
  return parent;
}

function place(p: Posting, open: Revision[], revisionOf: Map<string, Revision>, partials: Map<Revision, Revision>): Revision {
  const numbered = p.subject.total !== null && p.kind !== 'pull';
  const index = p.kind === 'cover' ? 0 : p.subject.index ?? 1;
  if (numbered) {
    for (const anc of p.ancestors) {
      const r = revisionOf.get(anc);
      if (r && joinsThroughThread(r, p, index)) return (add(r, p, index), r);
    }
    const base = partialRerollOf(p, index, revisionOf);
    if (base) {
      const existing = partials.get(base);
      if (existing && existing.version === p.subject.version && hasSlot(existing, index)) return (add(existing, p, index), existing);
    }
    const threadedToPosting = p.ancestors.some((a) => revisionOf.has(a));
    if (!threadedToPosting) {
      for (let i = open.length - 1; i >= 0; i--) {
        if (joinsByWindow(open[i], p, index)) return (add(open[i], p, index), open[i]);
      }
    }
  }
  const r = newRevision(p);
  add(r, p, index);
  const base = numbered ? partialRerollOf(p, index, revisionOf) : undefined;
  if (base) {
    r.partialOf = base;
    partials.set(base, r);
  }
  open.push(r);
  return r;
}

/** Fill a partial reroll's other slots from the revision it rerolls. */
function carryOver(r: Revision): void {
  const base = r.partialOf;
  if (!base) return;
  for (const [index, ids] of base.patches) {
    if (!r.patches.has(index)) r.carried.set(index, ids[0]);
  }
  for (const [index, id] of base.carried) if (!r.patches.has(index) && !r.carried.has(index)) r.carried.set(index, id);
}

/** b4's "naked" cover: a same-author thread root without a diff that all of a revision's patches answer. */
function adoptNakedCover(r: Revision, roots: Map<string, RootMessage>, postingsById: Map<string, Posting>): void {
  if (r.coverId) return;
  const root = roots.get(r.threadRoot);
  if (!root || root.hasDiff || root.fromEmail !== r.fromEmail) return;
  const allAnswerRoot = [...r.patches.values()].flat().every((id) => postingsById.get(id)?.ancestors[0] === root.messageId);
  if (!allAnswerRoot) return;
  r.coverId = root.messageId;
  r.anchor = root.messageId;
  r.title = root.title;
  r.members.add(root.messageId);
}

export function assembleRevisions(postings: Posting[], roots: RootMessage[]): Revision[] {
  const ordered = [...postings].sort((a, b) => (a.date ?? 0) - (b.date ?? 0) || (a.messageId < b.messageId ? -1 : 1));
  const revisionOf = new Map<string, Revision>();
  const partials = new Map<Revision, Revision>();
  const open: Revision[] = [];
  for (const p of ordered) revisionOf.set(p.messageId, place(p, open, revisionOf, partials));
  const rootMap = new Map(roots.map((r) => [r.messageId, r]));
  const byId = new Map(postings.map((p) => [p.messageId, p]));
  for (const r of open) {
    carryOver(r);
    adoptNakedCover(r, rootMap, byId);
  }
  return open;
}

/** Patch numbers 1..total that no message (posted or carried) fills. */
export function missingIndices(r: Revision): number[] {
  const out: number[] = [];
  for (let i = 1; i <= r.total; i++) if (!r.patches.has(i) && !r.carried.has(i)) out.push(i);
  return out;
}
