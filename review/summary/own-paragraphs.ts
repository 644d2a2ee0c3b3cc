// The reply's own text, cut into paragraphs that say what they are: prose (read for points), code and
// logs (pasted, not read), trailer lines, pasted patches, trimmed-quote markers, greetings and sign-offs.

export type ParagraphRole = 'prose' | 'code' | 'trailer' | 'patch' | 'snip' | 'courtesy';

export interface OwnParagraph {
  /** 1-based first and last line in the body. */
  start: number;
  end: number;
  text: string;
  role: ParagraphRole;
}

const TRAILER = /^\s*(?:Reviewed|Acked|Tested|Reported|Suggested|Nacked|Reviewed-and-tested|Reported-and-tested|Co-developed|Signed-off)-by:\s*\S.*$/i;
const SNIP = /^\s*(?:\[\s*(?:\.\.\.?|…|\.\s\.\s\.|snip(?:ped)?|trimmed)\s*\]|<\s*snip(?:ped)?\s*>|\.\.\.|…|\[\.\.+\])\s*$/i;
const GREETING = /^(?:hi|hello|hey|dear|hallo|morning|good (?:morning|afternoon|evening))\b[^.?]{0,30}$/i;
const SIGN_OFF = /^(?:many thanks|thanks(?: a lot| again)?|thank you|thx|ta|cheers|regards|best(?: regards| wishes)?|kind regards|br)\b[\s,!.:)]*(?:-?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?[\s!.]*$/i;
const CODE_START = /^(?:\t|\s{4,}\S|#\s*(?:define|include|if|ifdef|ifndef|endif|else)\b|\/\*|\s*\*\/|\s\*\s|\s*\*$|(?:static|struct|enum|union|const|unsigned|int|void|bool|long|u\d\d|return|if|for|while|switch|case|goto|else)\b[^.?!]*[;{(]|[+-][\t ]|\[\s*[<\d][^\]]*\]|\$ |# |\[root@|Call Trace:|RIP:|task:|CPU:|Hardware name:|(?:git|cd|make|echo|mkdir|mount|sudo|cat|grep|meson|ninja)\s|\.\/\S)/;
const CODE_END = /(?:[;{}]|\*\/|\)\s*\{?|,)\s*$/;
// What git format-patch --base writes below a patch: a reviewer may paste it above their diff.
const GIT_BASE = /^\s*(?:base-commit|prerequisite-patch-id):\s*[0-9a-f]{7,}\s*$/;

// Markers start with `[`, `<`, `.` or `…` after any indentation; the regex runs only on those.
export const isSnipText = (line: string) => /^\s*[[<.…]/.test(line) && SNIP.test(line);

/** Six plain words in a row is a sentence, whatever it ends with (a `:)` is no closing parenthesis). */
const isSentence = (line: string) => line.split(/\s+/).filter((w) => /^[A-Za-z']+[,.!?]?$/.test(w)).length >= 6;

// Smileys close no parenthesis.
const withoutSmileys = (line: string) => (/[:;^]/.test(line) ? line.replace(/[:;]-?[()DPp]|\^_\^/g, '') : line);

/** Test-runner and tool output: aligned columns, "Fail: 2" tallies. */
function isToolOutput(line: string): boolean {
  const gap = line.indexOf('   ', 1);
  if (gap > 0 && line.trimEnd().indexOf('   ', gap + 3) > 0 && line.trim() !== '') return true;
  const colon = line.indexOf(':');
  return colon > 0 && colon < 24 && /^\s*[A-Z][\w ]*:\s+\d+\s*$/.test(line);
}

function looksLikeCode(raw: string): boolean {
  const line = withoutSmileys(raw);
  if (isToolOutput(line)) return true;
  if (CODE_START.test(line)) return !isSentence(line) || /^\t|^\s{4}/.test(line);
  // A statement: ends like C and has no sentence words between spaces.
  return CODE_END.test(line) && /[(){};=]/.test(line) && !/\b(?:the|is|are|we|I|you|this|that)\b/.test(line) && !isSentence(line);
}

/** A bare name at the end of a mail ("Jason", "-chris", an indented "Honza"). */
function isSignatureName(line: string, senderNames: ReadonlySet<string>): boolean {
  const t = line.trim();
  if (!/^-?[A-Za-z][\w.'-]{0,20}(?:\s+[A-Z][\w.'-]{0,20})?[.!]?$/.test(t)) return false;
  const word = t.replace(/^-/, '').split(/\s+/)[0].replace(/[.!]$/, '').toLowerCase();
  return senderNames.has(word) || t.startsWith('-') || /^\s{8,}|^\t{2,}/.test(line);
}

function roleOf(lines: string[], senderNames: ReadonlySet<string>): ParagraphRole {
  const text = lines.filter((l) => l.trim() !== '');
  if (text.length === 1 && SNIP.test(text[0])) return 'snip';
  if (text.length <= 3 && text.every((l) => GREETING.test(l.trim()) || SIGN_OFF.test(l.trim()) || isSignatureName(l, senderNames))) return 'courtesy';
  if (text.every((l) => GIT_BASE.test(l))) return 'code';
  const codey = text.filter(looksLikeCode).length;
  return codey * 5 >= text.length * 3 ? 'code' : 'prose';
}

/** The sender's first name, last name and mailbox name, lowercased: how they sign a mail. */
export function senderNameSet(name: string, email: string): Set<string> {
  const words = name.toLowerCase().split(/[\s,."]+/).filter(Boolean);
  return new Set([...words, email.toLowerCase().split('@')[0]]);
}

function push(out: OwnParagraph[], lines: string[], from: number, to: number, role?: ParagraphRole, names: ReadonlySet<string> = new Set<string>()) {
  if (to <= from) return;
  const chunk = lines.slice(from, to);
  out.push({ start: from + 1, end: to, text: chunk.join('\n'), role: role ?? roleOf(chunk, names) });
}

/** Paragraphs of lines[start, end) (0-based); trailer lines and pasted patches become their own. */
export function ownParagraphs(lines: string[], start: number, end: number, pasted: boolean[], senderNames: ReadonlySet<string> = new Set()): OwnParagraph[] {
  const out: OwnParagraph[] = [];
  let i = start;
  while (i < end) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    if (pasted[i]) {
      let j = i;
      while (j < end && (pasted[j] || (lines[j].trim() === '' && pasted[j + 1]))) j++;
      push(out, lines, i, j, 'patch');
      i = j;
      continue;
    }
    let j = i;
    let from = i;
    while (j < end && lines[j].trim() !== '' && !pasted[j]) {
      if (TRAILER.test(lines[j])) {
        push(out, lines, from, j, undefined, senderNames);
        push(out, lines, j, j + 1, 'trailer');
        from = j + 1;
      }
      j++;
    }
    push(out, lines, from, j, undefined, senderNames);
    i = j;
  }
  return out;
}
