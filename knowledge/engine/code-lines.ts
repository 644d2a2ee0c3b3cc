// The lines of one file's diff as code: each line with its side, its numbers on both sides, and its text
// with comments and literals blanked. The post-image sequence (context and added lines) is what the
// patched file says; removed lines sit between them where the diff put them.
import type { FileDiff } from '../../core/patch.js';
import { stripComments } from './strip-comments.js';

export interface CodeLine {
  kind: '+' | '-' | ' ';
  text: string;
  /** `text` with comments, strings and character literals blanked. */
  code: string;
  newLine: number | null;
  oldLine: number | null;
  /** Index of the hunk in the file's diff; -1 for post-image lines outside every hunk. */
  hunk: number;
}

export interface HunkLines {
  section: string;
  /** Every line of the hunk in diff order. */
  lines: CodeLine[];
}

export function hunkLines(file: FileDiff): HunkLines[] {
  return file.hunks.map((hunk, index) => {
    const body = hunk.lines.filter((l) => l[0] === '+' || l[0] === '-' || l[0] === ' ' || l === '');
    const post = stripComments(body.filter((l) => l[0] !== '-').map((l) => l.slice(1)));
    const pre = stripComments(body.filter((l) => l[0] !== '+').map((l) => l.slice(1)));
    let [n, o, pi, qi] = [hunk.newStart, hunk.oldStart, 0, 0];
    const lines = body.map((raw): CodeLine => {
      const kind = (raw[0] ?? ' ') as CodeLine['kind'];
      const text = raw.slice(1);
      if (kind === '+') return { kind, text, code: post[pi++], newLine: n++, oldLine: null, hunk: index };
      if (kind === '-') return { kind, text, code: pre[qi++], newLine: null, oldLine: o++, hunk: index };
      qi++;
      return { kind, text, code: post[pi++], newLine: n++, oldLine: o++, hunk: index };
    });
    return { section: hunk.section.trim(), lines };
  });
}

/** The whole post-image as code lines, marking the ones the diff added and the hunk each came from. */
export function postImageLines(hunks: readonly HunkLines[], postImage: string): CodeLine[] {
  const texts = postImage.replace(/\r\n/g, '\n').split('\n');
  if (texts[texts.length - 1] === '') texts.pop();
  const code = stripComments(texts);
  const added = new Set<number>();
  const hunkOf = new Map<number, number>();
  hunks.forEach((h, index) => {
    for (const l of h.lines) {
      if (l.newLine === null) continue;
      hunkOf.set(l.newLine, index);
      if (l.kind === '+') added.add(l.newLine);
    }
  });
  return texts.map((text, i) => ({
    kind: added.has(i + 1) ? '+' : ' ',
    text,
    code: code[i],
    newLine: i + 1,
    oldLine: null,
    hunk: hunkOf.get(i + 1) ?? -1,
  }));
}

/** Removed lines of the diff, each with the new line number it sat before (where the diff put it). */
export function removedLines(file: FileDiff, hunks: readonly HunkLines[]): Array<{ line: CodeLine; before: number }> {
  const out: Array<{ line: CodeLine; before: number }> = [];
  for (const h of hunks) {
    let nextNew = file.hunks[h.lines[0]?.hunk ?? 0]?.newStart ?? 1;
    for (const l of h.lines) {
      if (l.newLine !== null) nextNew = l.newLine + 1;
      else out.push({ line: l, before: nextNew });
    }
  }
  return out;
}
