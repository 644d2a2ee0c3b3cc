// Each changelog line held against what changed. A line is matched by the names it uses (a name the
// interdiff adds or removes, or one of a new or dropped patch), by the patches its words point at, or by the
// kind of change it claims (tags, white space, commit messages, a rebase). A line that says it added, used
// or renamed to a name neither revision's code has is not matched, whatever else it matches: that is the
// changelog describing code that is not there (v5 of series 1 says `hold_rmap_lock_until_complete`, the code
// `hide_from_rmap_until_complete`). Changed patches no line points at are listed as unmentioned.

import { looksLikeCode, namesInProse, proseNames, proseWords } from './code-names.js';
import type { PatchPair } from './compare-patches.js';
import type { Comparison } from './comparison.js';
import { changedNamesByPair, closestName, pairsNamedByWords, pairWords } from './name-match.js';
import type { ChangelogEntry } from './pair-changelog.js';
import type { TrailerCarry } from './trailer-carry.js';

export interface ChangelogCheck {
  entry: ChangelogEntry;
  matched: boolean;
  /** False when the line gives nothing to check it against (no names, no patch, no kind of change). */
  checkable: boolean;
  evidence: string[];
  /** Code-looking names in the line that neither revision's diffs contain, with the nearest one they do. */
  unknownNames: Array<{ name: string; closest?: string }>;
  /** The pairs the line accounts for. */
  pairs: PatchPair[];
}

interface Kind {
  claim: RegExp;
  pairs: (c: Comparison, tags: TrailerCarry) => PatchPair[];
  says: string;
  /** Pairs whose whole code change is of this kind: the line accounts for them. */
  accounts?: (p: PatchPair) => boolean;
}

const code = (p: PatchPair) => p.interdiff?.codeLines ?? 0;

const KINDS: Kind[] = [
  { claim: /\b(tags?|trailers?|r-?bs?|a-?bs?|t-?bs?|acks?|reviewed-by|acked-by|tested-by)\b/i, pairs: (_c, t) => t.retagged, says: 'tags changed on' },
  {
    claim: /white\s*-?space|indentation|(empty|blank) lines?/i,
    pairs: (c) => c.pairs.filter((p) => (p.interdiff?.whitespaceLines ?? 0) > 0),
    says: 'white space changed in',
    accounts: (p) => code(p) > 0 && p.interdiff!.whitespaceLines === code(p),
  },
  {
    claim: /\bcomments?\b|kdoc|kerneldoc|kernel-doc|documentation/i,
    pairs: (c) => c.pairs.filter((p) => (p.interdiff?.commentLines ?? 0) > 0),
    says: 'comments changed in',
    accounts: (p) => code(p) > 0 && p.interdiff!.commentLines === code(p),
  },
  { claim: /commit (message|log|description)|patch description|\bdescriptions?\b|reword/i, pairs: (c) => c.pairs.filter((p) => (p.interdiff?.messageLines ?? 0) > 0), says: 'commit message changed in' },
  { claim: /rebas/i, pairs: (c) => c.pairs.filter((p) => (p.interdiff?.contextLines ?? 0) > 0), says: 'context changed in' },
  { claim: /squash|fold(ed)? in|fix-?ups?\b|fix(-| )patch/i, pairs: (c) => c.pairs.filter((p) => code(p) > 0), says: 'code changed in' },
];

/** "added X", "introduce X", "use (the) X", "rename … to X": the line says X is in the code. */
const ADDS = /^(add|added|adds|adding|introduce|introduced|introduces)$/i;
const USES = /\b(use|uses|using|utilise|utilize|called|named)\s+(the\s+)?[.[_]*$/i;
const RENAMES_TO = /^renam/i;

export function checkChangelog(c: Comparison, entries: ChangelogEntry[], tags: TrailerCarry): { checks: ChangelogCheck[]; unmentioned: PatchPair[] } {
  const changed = changedNamesByPair(c);
  const words = pairWords(c);
  // Names in either revision's code or commit messages: a changelog may name what only a message says.
  const messages = [...c.from.patches, ...c.to.patches].flatMap((p) => namesInProse(`${p.title}\n${p.commitMessage}`));
  const known = new Set([...c.oldNames, ...c.newNames, ...messages]);
  const changedNames = new Set([...changed.values()].flatMap((s) => [...s]));
  const checks = entries.map((entry) => checkEntry(c, entry, { changed, changedNames, words, known, tags }));
  const accounted = new Set(checks.flatMap((k) => k.pairs));
  const unmentioned = c.pairs.filter((p) => !accounted.has(p) && (p.status === 'new' || p.status === 'dropped' || (p.interdiff?.codeLines ?? 0) > 0));
  return { checks, unmentioned };
}

interface Lookups {
  changed: Map<PatchPair, Set<string>>;
  changedNames: Set<string>;
  words: Map<PatchPair, Set<string>>;
  known: Set<string>;
  tags: TrailerCarry;
}

function checkEntry(c: Comparison, entry: ChangelogEntry, look: Lookups): ChangelogCheck {
  const evidence: string[] = [];
  const pairs = new Set<PatchPair>();
  const names = [...namesInProse(entry.text), ...plainCodeWords(entry.text, look.known)];
  for (const name of names) {
    const where = [...look.changed].filter(([, set]) => set.has(name)).map(([pair]) => pair);
    if (where.length) evidence.push(`${name}: ${where.slice(0, 3).map((p) => describePair(c, p)).join(', ')}${where.length > 3 ? ', …' : ''}`);
    where.forEach((p) => pairs.add(p));
  }
  const own = entry.patchIndex === null ? undefined : c.pairs.find((p) => p.to?.messageId === entry.messageId);
  if (own && (own.status === 'new' || (own.interdiff && own.interdiff.codeLines + own.interdiff.messageLines > 0))) {
    pairs.add(own);
    evidence.push(`its patch: ${describePair(c, own)}`);
  }
  const named = pairsNamedByWords(entry.text, look.words).filter((p) => !pairs.has(p));
  if (named.length) evidence.push(`patches it names: ${named.slice(0, 3).map((p) => describePair(c, p)).join(', ')}`);
  named.forEach((p) => pairs.add(p));
  const kinds = KINDS.filter((k) => k.claim.test(entry.text));
  for (const k of kinds) {
    const hit = k.pairs(c, look.tags);
    if (hit.length) evidence.push(`${k.says} ${hit.length} patch${hit.length === 1 ? '' : 'es'}`);
    if (k.accounts) hit.filter(k.accounts).forEach((p) => pairs.add(p));
  }
  // A shorthand span is unknown only when none of the names it stands for is in the code.
  const unknown = proseNames(entry.text).filter((span) => !span.names.some((n) => look.known.has(n)));
  const unknownNames = unknown.map((span) => ({ name: span.names[0], closest: closestName(span.names[0], look.changedNames, look.known) }));
  const falseClaim = unknown.some((span) => claimsPresence(entry.text, span.at));
  const checkable = names.length > 0 || evidence.length > 0 || kinds.length > 0 || proseWords(entry.text).length > 0 && named.length > 0;
  return { entry, matched: evidence.length > 0 && !falseClaim, checkable: checkable || falseClaim, evidence, unknownNames, pairs: [...pairs] };
}

/** Plain words of the line that are names in the code (`addr`, `start`, `pgprot`), not English ones. */
function plainCodeWords(text: string, known: Set<string>): string[] {
  return (text.match(/\b[A-Za-z_][A-Za-z0-9_]{2,}\b/g) ?? []).filter((w) => !looksLikeCode(w) && known.has(w) && proseWords(w).length > 0);
}

/** The line starts "Added"/"Introduced", says "use (the) X", or is a rename (to X). */
function claimsPresence(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const first = before.trim().split(/\s+/)[0] ?? '';
  return ADDS.test(first) || USES.test(before) || (RENAMES_TO.test(first) && /\bto\s+[.[_]*$/i.test(before));
}

export function describePair(c: Comparison, p: PatchPair): string {
  if (p.status === 'new') return `new ${c.label(p.to!)}`;
  if (p.status === 'dropped') return `dropped ${c.label(p.from!)}`;
  return `${c.label(p.from!)} → ${c.label(p.to!)}`;
}
