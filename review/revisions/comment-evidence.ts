// What the next revision shows about one review point: each function looks for one kind of evidence that
// the point was (or was not) acted on. comment-resolution.ts weighs them.
import type { ReviewPoint } from '../../core/review-point.js';
import { namesInProse, proseWords } from './code-names.js';
import type { PatchPair } from './compare-patches.js';
import type { Comparison } from './comparison.js';
import { namesOfPatch } from './interdiff.js';
import { stem } from './name-match.js';
import type { ChangelogEntry } from './pair-changelog.js';
import type { RevisionPatch } from './revision-input.js';

export type EvidenceKind =
  | 'patch-dropped'
  | 'patch-unchanged'
  | 'quoted-code-changed'
  | 'quoted-code-unchanged'
  | 'nearby-code-changed'
  | 'quoted-text-changed'
  | 'name-appears'
  | 'name-gone'
  | 'function-changed'
  | 'changelog-credit'
  | 'confirmed'
  | 'answered'
  | 'declined';

export interface Evidence {
  kind: EvidenceKind;
  /** Positive evidence says the point was acted on; negative that it was not. */
  positive: boolean;
  text: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The quoted diff line of a point, as `+ text` / `- text` / `  text`, when it quoted code that says
 * something (a lone `}` or blank line is found anywhere and proves nothing).
 */
export function quotedCodeLine(point: ReviewPoint): string | null {
  const q = point.anchor?.quote;
  if (!q || !point.anchor?.file || !/^[-+ ]/.test(q)) return null;
  const line = squeeze(q[0] + ' ' + q.slice(1).replace(/…$/, ''));
  return line.length >= 10 && /[A-Za-z_]{3}/.test(line) ? line : null;
}

/** Does the patch still have the quoted line (same mark, same text up to white space; a clipped quote as a prefix)? */
function hasLine(patch: RevisionPatch, quoted: string, clipped: boolean): boolean {
  for (const f of patch.files) {
    for (const h of f.hunks) {
      for (const l of h.lines) {
        const line = squeeze(l[0] + ' ' + l.slice(1));
        if (clipped ? line.startsWith(quoted) : line === quoted) return true;
      }
    }
  }
  return false;
}

/** The quoted code line is gone from (or still in) the patch it became. */
export function quotedCode(c: Comparison, point: ReviewPoint, next: RevisionPatch): Evidence | null {
  const quoted = quotedCodeLine(point);
  if (!quoted) return null;
  const clipped = point.anchor!.quote!.endsWith('…');
  const shown = `"${point.anchor!.quote!.trim().slice(0, 60)}"`;
  if (!hasLine(next, quoted, clipped)) return { kind: 'quoted-code-changed', positive: true, text: `the quoted line is gone from ${c.label(next)}: ${shown}` };
  if (changedNear(c, next, quoted, clipped, ABOUT_SPACING.test(point.text))) return { kind: 'nearby-code-changed', positive: true, text: `the code around the quoted line changed in ${c.label(next)}: ${shown}` };
  return { kind: 'quoted-code-unchanged', positive: false, text: `the quoted line is still in ${c.label(next)}, with no code change next to it: ${shown}` };
}

const ABOUT_SPACING = /white\s*-?space|new\s*line|blank line|empty line|indent/i;

/**
 * An interdiff hunk of the pair shows the quoted line (as kept context) and changes code next to it; a
 * blank line or re-spacing counts only for a point about spacing.
 */
function changedNear(c: Comparison, next: RevisionPatch, quoted: string, clipped: boolean, spacing: boolean): boolean {
  const pair = c.pairs.find((p) => p.to === next);
  const same = (text: string) => (clipped ? squeeze(text[0] + ' ' + text.slice(1)).startsWith(quoted) : squeeze(text[0] + ' ' + text.slice(1)) === quoted);
  const counts = (text: string) => /^[-+]/.test(text) && (spacing || text.slice(1).trim().length > 1);
  for (const h of pair?.interdiff?.hunks ?? []) {
    if (h.lines.some((l) => l.op === ' ' && /^[-+ ]/.test(l.text) && same(l.text)) && h.lines.some((l) => l.op !== ' ' && counts(l.text))) return true;
  }
  return false;
}

/** A point on the commit message (quoted prose of the patch itself) and the message was reworded there. */
export function quotedMessage(c: Comparison, point: ReviewPoint, pair: PatchPair): Evidence | null {
  const a = point.anchor;
  if (!a || a.file || !a.quote || a.messageId !== pair.from?.messageId || !pair.to) return null;
  const text = squeeze(a.quote.replace(/…$/, ''));
  if (text.length < 12 || squeeze(pair.from.commitMessage).indexOf(text) < 0) return null;
  if (squeeze(pair.to.commitMessage).includes(text)) return null;
  return { kind: 'quoted-text-changed', positive: true, text: `the quoted sentence of the commit message is reworded in ${c.label(pair.to)}` };
}

/** Names the point uses that the new code now has (a requested helper) or no longer has (what it objected to). */
export function namesMoved(c: Comparison, point: ReviewPoint, pair: PatchPair | null): Evidence[] {
  const names = namesInProse(point.text);
  if (!names.length) return [];
  const oldAdded = pair?.from ? namesOfPatch(pair.from.files, '+') : new Set<string>();
  const oldChanged = pair?.from ? namesOfPatch(pair.from.files, '+-') : new Set<string>();
  const target = pair?.to ?? null;
  const newAdded = target ? namesOfPatch(target.files, '+') : new Set<string>();
  const newRemoved = target ? namesOfPatch(target.files, '-') : new Set<string>();
  const anywhere = new Set(c.to.patches.flatMap((p) => [...namesOfPatch(p.files, '+')]));
  const out: Evidence[] = [];
  for (const name of names) {
    if (!oldAdded.has(name) && !c.oldNames.has(name) && (newAdded.has(name) || anywhere.has(name))) {
      const where = newAdded.has(name) && target ? c.label(target) : `${c.to.patches.length > 1 ? 'the series' : 'the patch'}`;
      out.push({ kind: 'name-appears', positive: true, text: `${name} now appears in ${where}` });
    } else if (pair?.from && oldAdded.has(name) && target && !newAdded.has(name)) {
      out.push({ kind: 'name-gone', positive: true, text: `${name} is no longer added by ${c.label(target)}` });
    } else if (pair?.interdiff?.functions.includes(name)) {
      out.push({ kind: 'function-changed', positive: true, text: `the code of ${name}() changed in ${c.label(target!)}` });
    } else if (target && newRemoved.has(name) && !oldChanged.has(name)) {
      // The point named code the old patch left alone and the new one rewrites ("reuse foo() instead").
      out.push({ kind: 'name-gone', positive: true, text: `${c.label(target)} now rewrites ${name}, which the old patch left alone` });
    }
  }
  return out;
}

/**
 * A changelog line that names the reviewer and shares a name, a word or the patch with the point — or
 * names a reviewer who raised this one point only, which leaves nothing else it could be about.
 */
export function changelogCredit(point: ReviewPoint, pair: PatchPair | null, entries: ChangelogEntry[], onlyPoint: boolean): Evidence | null {
  const who = point.by.name.split(/\s+/).filter((w) => w.length >= 3 && /^[A-Z]/.test(w));
  if (!who.length) return null;
  const names = new Set(namesInProse(point.text));
  const words = new Set(proseWords(point.text).filter((w) => w.length >= 4).map(stem));
  const subject = new Set(proseWords((pair?.from ?? pair?.to)?.title ?? '').filter((w) => w.length >= 4).map(stem));
  for (const e of entries) {
    if (!who.some((n) => new RegExp(`\\b${n}\\b`).test(e.text))) continue;
    const shared = namesInProse(e.text).some((n) => names.has(n)) || proseWords(e.text).map(stem).some((w) => w.length >= 4 && (words.has(w) || subject.has(w)));
    const ownNotes = e.patchIndex !== null && e.messageId === pair?.to?.messageId;
    if (shared || ownNotes || onlyPoint) return { kind: 'changelog-credit', positive: true, text: `changelog: "${e.text.length > 110 ? `${e.text.slice(0, 109)}…` : e.text}"` };
  }
  return null;
}
