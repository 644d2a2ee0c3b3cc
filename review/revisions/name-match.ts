// Matching prose against a comparison: which pairs changed a name, which pairs a line's words point at
// (subject and path words that are rare in the series), and the code name nearest a name nobody wrote.
import type { PatchPair } from './compare-patches.js';
import type { Comparison } from './comparison.js';
import { looksLikeCode, proseWords } from './code-names.js';
import { namesOfPatch } from './interdiff.js';
import { subjectWords } from './subject-similarity.js';

/** Names each pair changed: the interdiff's gained and lost, or all of a new or dropped patch's. */
export function changedNamesByPair(c: Comparison): Map<PatchPair, Set<string>> {
  const out = new Map<PatchPair, Set<string>>();
  for (const pair of c.pairs) {
    if (pair.interdiff) out.set(pair, new Set([...pair.interdiff.gained, ...pair.interdiff.lost, ...pair.interdiff.functions]));
    else out.set(pair, namesOfPatch((pair.to ?? pair.from)!.files));
  }
  return out;
}

/** A crude stem, enough to meet "tests" and "testing", "dropped" and "drop". */
export function stem(word: string): string {
  return word.toLowerCase().replace(/(ing|ed|es|s|ity)$/, '');
}

/** Words of each pair that did change (code, or new/dropped): its subject's and its files' path parts. */
export function pairWords(c: Comparison, changedOnly = true): Map<PatchPair, Set<string>> {
  const out = new Map<PatchPair, Set<string>>();
  for (const pair of c.pairs) {
    if (changedOnly && pair.status !== 'new' && pair.status !== 'dropped' && !(pair.interdiff && pair.interdiff.codeLines > 0)) continue;
    const patch = (pair.to ?? pair.from)!;
    const words = [...subjectWords(patch.title), ...patch.files.flatMap((f) => (f.newPath ?? f.oldPath ?? '').toLowerCase().split(/[/._-]+/))];
    out.set(pair, new Set(words.filter((w) => w.length >= 3 && /^[a-z]/.test(w)).map(stem)));
  }
  // A word most pairs share ("mmap_prepare" in a series converting to it) points at none of them.
  const counts = new Map<string, number>();
  for (const ws of out.values()) for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = Math.max(2, Math.ceil(c.pairs.length / 3));
  for (const ws of out.values()) for (const w of [...ws]) if ((counts.get(w) ?? 0) > common) ws.delete(w);
  return out;
}

/** The pairs whose rare subject or path words the text uses. */
export function pairsNamedByWords(text: string, words: Map<PatchPair, Set<string>>): PatchPair[] {
  const mine = new Set(proseWords(text).map(stem).filter((w) => w.length >= 3));
  return [...words].filter(([, ws]) => [...ws].some((w) => mine.has(w))).map(([pair]) => pair);
}

/**
 * The name most like `name` (Dice over character pairs, so length counts too): among `preferred` (the
 * names that changed) first, then among all `known` ones; none when nothing is close.
 */
export function closestName(name: string, preferred: Iterable<string>, known: Iterable<string>): string | undefined {
  return closestIn(name, preferred) ?? closestIn(name, known);
}

function closestIn(name: string, candidates: Iterable<string>): string | undefined {
  const pairsOf = (n: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < n.length; i++) out.set(n.slice(i, i + 2), (out.get(n.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const mine = pairsOf(name.toLowerCase());
  const size = name.length - 1;
  let best: { name: string; score: number } | undefined;
  for (const k of candidates) {
    if (!looksLikeCode(k) || k === name) continue;
    let common = 0;
    for (const [bigram, n] of pairsOf(k.toLowerCase())) common += Math.min(n, mine.get(bigram) ?? 0);
    const score = (2 * common) / (size + k.length - 1);
    if (score >= 0.6 && (!best || score > best.score)) best = { name: k, score };
  }
  return best?.name;
}
