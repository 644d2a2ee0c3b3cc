// The lines a patch adds: trailing whitespace, spaces before tabs, lines over the kernel's length limit,
// and control characters that make code read differently from how it compiles.
// scripts/checkpatch.pl TRAILING_WHITESPACE, SPACE_BEFORE_TAB and LONG_LINE (with its exceptions);
// Documentation/process/coding-style.rst, "Breaking long lines and strings".
import { addedLines, type AddedLine } from '../diff-anchor.js';
import type { Posting } from '../posting.js';
import { eachPatch, type CheckHit, type SubmissionCheck } from './check.js';
import { describeControl, findControl } from './control-characters.js';

/**
 * checkpatch's default limit since Linux 5.7 ("checkpatch/coding-style: deprecate 80-column warning"):
 * 100 columns, a warning, tabs counted to the next multiple of 8.
 */
export const MAX_LINE_LENGTH = 100;

const hit = (p: Posting, l: AddedLine, column: number, message?: string): CheckHit => ({
  posting: p, part: 'diff', file: l.file, line: l.newLine, column, hunk: l.hunk, quote: l.text, ...(message ? { message } : {}),
});

function trailingWhitespace(p: Posting): CheckHit[] {
  return addedLines(p.patch.files).flatMap((l) => {
    const m = /[ \t]+$/.exec(l.text);
    return m ? [hit(p, l, m.index + 1)] : [];
  });
}

// checkpatch looks at spaces before tabs, and at line length, only in these kinds of file.
const SPACE_TAB_FILES = /\.(h|c|pl|dtsi|dts)$/;
const LONG_LINE_FILES = /\.(h|c|rs|s|S|sh|dtsi|dts)$/;

function spaceBeforeTab(p: Posting): CheckHit[] {
  return addedLines(p.patch.files).flatMap((l) => {
    const at = SPACE_TAB_FILES.test(l.file) ? l.text.indexOf(' \t') : -1;
    return at >= 0 ? [hit(p, l, at + 1)] : [];
  });
}

/** Width on screen with tabs to the next multiple of 8, as checkpatch's expand_tabs counts it. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width = ch === '\t' ? width + 8 - (width % 8) : width + 1;
  return width;
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
// checkpatch lets these run long: a line that is only a string (a message is easier to grep whole), a
// #define of a string, a logging call whose string starts before the limit, and any line with a URL.
const ONLY_STRING = new RegExp(String.raw`^\s*${STRING}\s*(?:,|\)\s*;)?\s*$`);
const DEFINE_STRING = new RegExp(String.raw`^\s*#\s*define\s+\w+\s+${STRING}\s*$`);
const LOGGING_TAIL = new RegExp(String.raw`^\s*(?:printk|pr_\w+|dev_\w+|netdev_\w+|netif_\w+|\w+_(?:err|warn|info|notice|dbg|debug|emerg|alert|crit)\w*|WARN\w*|panic|seq_printf)\s*\(.*?(${STRING}\s*(?:,|\)\s*;)?\s*)$`);
const URL = /\b[a-z][\w.+-]*:\/\/\S+/i;

function allowedLong(text: string): boolean {
  if (ONLY_STRING.test(text) || DEFINE_STRING.test(text) || URL.test(text) || /\bEFI_GUID\s*\(|^\s*(?:\w+)?\s*DEFINE_PER_CPU/.test(text)) return true;
  const log = LOGGING_TAIL.exec(text);
  return log !== null && displayWidth(text.slice(0, text.length - log[1].length)) <= MAX_LINE_LENGTH;
}

/** The first character past the limit, 1-based, as a column in the text (not on screen). */
function columnPast(text: string, limit: number): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width = text[i] === '\t' ? width + 8 - (width % 8) : width + 1;
    if (width > limit) return i + 1;
  }
  return text.length;
}

function longLines(p: Posting): CheckHit[] {
  return addedLines(p.patch.files).flatMap((l) => {
    if (!LONG_LINE_FILES.test(l.file)) return [];
    // Most lines are short: a line of n characters is at most n + 7 per tab wide.
    if (l.text.length <= MAX_LINE_LENGTH && !l.text.includes('\t')) return [];
    const width = displayWidth(l.text);
    if (width <= MAX_LINE_LENGTH || allowedLong(l.text)) return [];
    return [hit(p, l, columnPast(l.text, MAX_LINE_LENGTH), `Line is ${width} columns long; the kernel's limit is ${MAX_LINE_LENGTH} (checkpatch's default since 5.7).`)];
  });
}

function controlCharacters(p: Posting): CheckHit[] {
  return addedLines(p.patch.files).flatMap((l) => {
    const found = findControl(l.text);
    return found ? [hit(p, l, found.column, `The added line contains ${describeControl(found.codePoint)}: it can make the code read differently from how it compiles; remove it or write it as an escape.`)] : [];
  });
}

export const ADDED_LINE_CHECKS: readonly SubmissionCheck[] = [
  {
    id: 'control-characters', severity: 'error', title: 'Control character in an added line',
    explanation: 'Added lines must not contain bidirectional overrides, zero-width or other control characters (tabs aside): they hide what the code does.',
    references: ['Trojan Source, CVE-2021-42574: bidirectional overrides in source', 'Documentation/process/coding-style.rst'],
    mentions: /control char|bidi|zero[- ]width|invisible|unicode/i, run: eachPatch(controlCharacters),
  },
  {
    id: 'line-too-long', severity: 'warning', title: 'Line over 100 columns',
    explanation: `Added lines stay within ${MAX_LINE_LENGTH} columns (tabs count to the next multiple of 8), except a lone string, a logging call's message, or a URL.`,
    references: ['Documentation/process/coding-style.rst: Breaking long lines and strings', 'scripts/checkpatch.pl: LONG_LINE'],
    mentions: /too long|long line|line length|\b(80|100)[- ]col(umn)?s?\b/i, run: eachPatch(longLines),
  },
  {
    id: 'space-before-tab', severity: 'warning', title: 'Space before a tab',
    explanation: 'A space followed by a tab in an added line: indent and align with tabs alone.',
    references: ['scripts/checkpatch.pl: SPACE_BEFORE_TAB', 'Documentation/process/coding-style.rst: Indentation'],
    mentions: /space before (a )?tab|spaces before tabs/i, run: eachPatch(spaceBeforeTab),
  },
  {
    id: 'trailing-whitespace', severity: 'error', title: 'Trailing whitespace',
    explanation: 'An added line ends in spaces or tabs; git am --whitespace=error and many maintainers reject it.',
    references: ['scripts/checkpatch.pl: TRAILING_WHITESPACE', 'Documentation/process/submitting-patches.rst: Style-check your changes'],
    mentions: /trailing (white ?space|spaces?|blanks?)|whitespace damage/i, run: eachPatch(trailingWhitespace),
  },
];
