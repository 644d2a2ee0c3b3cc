// Findings a reviewer already made in the thread, so that the next reviewer does not say them again. A
// point raised it when it is about the same patch, comes from someone other than the series' author, asks
// for something, and either quotes the place (same file, the finding's line inside the quote it comments
// below) or names the problem the way the entry or check says reviewers name it.
import { ASKING_KINDS, type Person, type ReviewPoint } from '../core/review-point.js';
import { samePerson } from '../core/same-person.js';
import type { RaisedBy, ReviewFinding } from '../core/review-finding.js';
import type { Entry } from '../knowledge/entry.js';
import { checkById } from './checks/check-registry.js';

/** A reply comments below the lines it quotes; a quote the summary could not measure is taken as its last line. */

// The subjects of the whole knowledge base: a point naming one of them names no particular entry.
const TOO_COMMON = new Set(['mmap_prepare', 'f_op->mmap', 'vm_area_desc', 'mmap_action', 'vm_flags']);
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_][A-Za-z0-9_]*)*/g;

/** The words that name an entry's problem: its keys, and the identifiers of its title (`vma_pages()`, `VM_PFNMAP`). */
export function entryKeys(entry: Entry): string[] {
  const fromTitle = (entry.title.match(IDENTIFIER) ?? []).filter((w) => (w.includes('_') || w.includes('->')) && !TOO_COMMON.has(w));
  return [...new Set([...entry.keys, ...fromTitle].map((k) => k.toLowerCase()))];
}

interface Context {
  entries: readonly Entry[];
  /** The series' author(s): their own replies explain, they do not review, from whichever address. */
  authors: readonly Person[];
}

function quotesPlace(f: ReviewFinding, p: ReviewPoint): boolean {
  const a = p.anchor;
  if (!f.file || f.line === null || f.side !== 'new' || a?.file !== f.file || a.line === undefined) return false;
  return f.line <= a.line && f.line >= (a.firstLine ?? a.line);
}

function namesProblem(f: ReviewFinding, p: ReviewPoint, keys: Map<string, string[]>): boolean {
  const text = p.text.toLowerCase();
  if (f.source === 'check') return checkById(f.entry)?.mentions.test(p.text) ?? false;
  return (keys.get(f.entry) ?? []).some((k) => text.includes(k));
}

const raisedBy = (p: ReviewPoint, how: RaisedBy['how']): RaisedBy => ({ by: p.by, messageId: p.messageId, pointId: p.id, how });

export function markRaised(findings: ReviewFinding[], points: readonly ReviewPoint[], ctx: Context): ReviewFinding[] {
  const keys = new Map(ctx.entries.map((e) => [e.id, entryKeys(e)]));
  const asking = points.filter((p) => ASKING_KINDS.has(p.kind) && p.anchor && !ctx.authors.some((a) => samePerson(a, p.by)));
  return findings.map((f) => {
    const onPatch = asking.filter((p) => p.anchor!.patchMessageId === f.patch);
    // A point that quotes the place and names the problem is the best witness; then one that names the
    // problem anywhere on the patch; then one that only quotes the place.
    const exact = onPatch.find((p) => quotesPlace(f, p) && namesProblem(f, p, keys));
    const named = exact ? undefined : onPatch.find((p) => namesProblem(f, p, keys));
    const quoted = exact || named ? undefined : onPatch.find((p) => quotesPlace(f, p));
    const witness = exact ?? named ?? quoted;
    return witness ? { ...f, raisedBy: raisedBy(witness, named ? 'text' : 'anchor') } : f;
  });
}
