// Comments and literals are not code: a matcher must not fire on `/* use vm_insert_page() */` or on a
// pr_warn() format string. Both are blanked to spaces so that columns and line numbers stay as they were.

export interface StripState {
  inBlockComment: boolean;
}

/**
 * Blanks comments, string and character literals in each line. A hunk can start inside a block comment;
 * a first line that looks like kernel comment continuation (a leading star) is taken as one.
 */
export function stripComments(lines: readonly string[], state: StripState = { inBlockComment: false }): string[] {
  return lines.map((line, i) => {
    if (i === 0 && !state.inBlockComment && looksLikeCommentContinuation(line)) state.inBlockComment = true;
    return stripLine(line, state);
  });
}

const looksLikeCommentContinuation = (line: string) => /^\s*\*(\s|\/|$)/.test(line) && !/^\s*\*\s*\w+\s*=/.test(line);

const NOTHING_TO_BLANK = /^[^/"']*$/;

function stripLine(line: string, state: StripState): string {
  // Most code lines hold no comment or literal: leave them as they are rather than copying them twice.
  if (!state.inBlockComment && NOTHING_TO_BLANK.test(line)) return line;
  if (state.inBlockComment && !line.includes('*/')) return ' '.repeat(line.length);
  const out = line.split('');
  let i = 0;
  while (i < line.length) {
    if (state.inBlockComment) {
      const end = line.indexOf('*/', i);
      const stop = end < 0 ? line.length : end + 2;
      blank(out, i, stop);
      i = stop;
      if (end >= 0) state.inBlockComment = false;
      continue;
    }
    const c = line[i];
    const next = line[i + 1];
    if (c === '/' && next === '*') {
      state.inBlockComment = true;
      continue;
    }
    if (c === '/' && next === '/') {
      blank(out, i, line.length);
      break;
    }
    if (c === '"' || c === "'") {
      const stop = literalEnd(line, i);
      blank(out, i + 1, stop - 1);
      i = stop;
      continue;
    }
    i++;
  }
  return out.join('');
}

/** Index after the closing quote (or the line's end for an unterminated literal). */
function literalEnd(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === quote) return i + 1;
  }
  return line.length;
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) chars[i] = ' ';
}
