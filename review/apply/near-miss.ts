// For a hunk that does not apply: the place in the file where most of its pre-image lines are, and why it
// was still refused there — lines that differ (or differ only in whitespace), an end of the file the hunk
// is tied to, or lines an earlier hunk already changed. Candidates come from an index of the file's lines,
// so a large file costs one pass, not one comparison per line and hunk line.
import type { NearMiss } from './apply-types.js';
import { fromBytes, type HunkImage } from './hunk-image.js';

export interface Constraints {
  matchBeginning: boolean;
  matchEnd: boolean;
  /** Lines an earlier hunk of the same file produced (git never matches them again). */
  patched?: readonly boolean[];
}

const SHOWN_DIFFERENCES = 3;

export function findNearMiss(lines: readonly string[], hunk: HunkImage, expected: number, constraints: Constraints): NearMiss {
  const total = hunk.pre.length;
  if (total === 0) return { line: expected + 1, matching: 0, total, differing: [], reason: constraints.matchBeginning ? 'the hunk adds to an empty file, and this file is not empty' : 'the hunk has no pre-image to place' };
  const best = bestStart(lines, hunk.pre, expected);
  if (best.matching === 0) {
    return { line: expected + 1, matching: 0, total, differing: [], reason: `none of the hunk's ${total} context and removed lines is in the file` };
  }
  const differing = differences(lines, hunk.pre, best.start);
  return { line: best.start + 1, matching: best.matching, total, differing: differing.slice(0, SHOWN_DIFFERENCES), reason: reasonFor(lines, hunk, best.start, differing, constraints) };
}

/** The start with the most equal lines; the nearest to the expected line breaks a tie. */
function bestStart(lines: readonly string[], pre: readonly string[], expected: number): { start: number; matching: number } {
  const at = new Map<string, number[]>();
  lines.forEach((text, i) => {
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
  });
  const votes = new Map<number, number>();
  pre.forEach((text, k) => {
    for (const i of at.get(text) ?? []) votes.set(i - k, (votes.get(i - k) ?? 0) + 1);
  });
  let best = { start: expected, matching: 0 };
  for (const [start, matching] of votes) {
    const closer = Math.abs(start - expected) < Math.abs(best.start - expected);
    if (matching > best.matching || (matching === best.matching && closer)) best = { start, matching };
  }
  return best;
}

function differences(lines: readonly string[], pre: readonly string[], start: number): NearMiss['differing'] {
  const out: NearMiss['differing'] = [];
  pre.forEach((expected, k) => {
    const found = lines[start + k];
    if (found !== expected) out.push({ hunkLine: k + 1, expected: show(expected), found: found === undefined ? null : show(found) });
  });
  return out;
}

const show = (bytes: string) => fromBytes(bytes).replace(/\n$/, '');

function reasonFor(lines: readonly string[], hunk: HunkImage, start: number, differing: NearMiss['differing'], c: Constraints): string {
  const at = `line ${start + 1}`;
  if (differing.length === 0) {
    if (c.matchBeginning && start !== 0) return `its lines are all at ${at}, but a hunk without leading context that starts at line ${hunk.oldStart} must sit at the top of the file`;
    if (c.matchEnd && start + hunk.pre.length !== lines.length) return `its lines are all at ${at}, but a hunk without trailing context must end at the end of the file`;
    if (c.patched?.slice(start, start + hunk.pre.length).some(Boolean)) return `its lines are at ${at}, but an earlier hunk of this patch already changed some of them`;
    return `its lines are all at ${at}`;
  }
  const outside = differing.filter((d) => d.found === null).length;
  if (outside > 0) return `at ${at} the hunk would run ${outside} line${outside === 1 ? '' : 's'} past the end of the file`;
  const whitespaceOnly = differing.every((d) => d.found !== null && d.found.replace(/\s+/g, '') === d.expected.replace(/\s+/g, ''));
  const which = differing.map((d) => kindOf(hunk, d.hunkLine - 1)).filter((k, i, all) => all.indexOf(k) === i).join(' and ');
  const count = `${differing.length} of ${hunk.pre.length} lines`;
  return whitespaceOnly ? `at ${at} ${count} differ only in whitespace` : `at ${at} ${count} differ (${which})`;
}

/** Whether the hunk's k-th pre-image line is context or a line it removes. */
function kindOf(hunk: HunkImage, preIndex: number): string {
  const entry = hunk.order.find((o) => o.kind !== '+' && o.pre === preIndex);
  return entry?.kind === '-' ? 'a removed line' : 'context';
}
