// A hunk as the two line sequences it replaces and produces, in the byte-exact form files are compared in.
// File contents are held as latin1 strings (one char per byte), so any encoding survives a round trip;
// the patch text came from mail as Unicode and is turned back into its UTF-8 bytes (git mailinfo
// re-encodes patches to UTF-8 too).
import type { Hunk } from '../../core/patch.js';

export interface HunkImage {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Lines the file must have (context and removed), each with its `\n` unless "\ No newline" followed. */
  pre: string[];
  /** Lines the file gets instead (context and added). */
  post: string[];
  /** The hunk's lines in diff order as [kind, index into pre or post]; context lines index both. */
  order: Array<{ kind: ' ' | '-' | '+'; pre: number; post: number }>;
  /** Context lines before the first change and after the last one (git's leading/trailing). */
  leading: number;
  trailing: number;
}

// ASCII is the same either way round; most kernel lines are ASCII, and skipping the Buffer saves garbage.
const ASCII = /^[\x00-\x7f]*$/;
export const toBytes = (text: string): string => (ASCII.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1'));
export const fromBytes = (bytes: string): string => (ASCII.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8'));

/** Lines with their terminators; a last line without `\n` stays as it is. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}

export function hunkImage(hunk: Hunk): HunkImage {
  const image: HunkImage = {
    oldStart: hunk.oldStart, oldLines: hunk.oldLines, newStart: hunk.newStart, newLines: hunk.newLines,
    pre: [], post: [], order: [], leading: 0, trailing: 0,
  };
  let changed = false;
  hunk.lines.forEach((raw, i) => {
    const kind = raw[0];
    if (kind !== ' ' && kind !== '-' && kind !== '+') return;
    // "\ No newline at end of file" after a line: that line has no terminator (git apply.c, plen--).
    const text = toBytes(raw.slice(1)) + (hunk.lines[i + 1]?.startsWith('\\') ? '' : '\n');
    const entry = { kind, pre: image.pre.length, post: image.post.length } as HunkImage['order'][number];
    if (kind !== '+') image.pre.push(text);
    if (kind !== '-') image.post.push(text);
    image.order.push(entry);
    if (kind === ' ') {
      if (!changed) image.leading++;
      image.trailing++;
    } else {
      changed = true;
      image.trailing = 0;
    }
  });
  return image;
}
