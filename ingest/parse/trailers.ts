// Trailers (`Signed-off-by:`, `Reviewed-by:`, `Fixes:` …) in commit messages and review replies.
// The block rules follow git's trailer.c (interpret-trailers); the value clean-ups follow b4
// (hashtag comments, bracketed notes, wrapped addresses, HTML junk from Outlook).
// Documentation/process/submitting-patches.rst lists the tags the kernel uses.

import type { Trailer } from '../../core/patch.js';
import { isScissorsLine } from './scissors.js';
import { findDiffStartLine, scanDiff } from './diff.js';

const KNOWN_TRAILERS = [
  'Acked-by', 'Analyzed-by', 'Based-on-patch-by', 'Bisected-by', 'BugLink', 'Cc', 'Change-Id',
  'Closes', 'Co-authored-by', 'Co-developed-by', 'Debugged-by', 'Depends-on', 'Diagnosed-by',
  'Fixes', 'Helped-by', 'Link', 'Message-ID', 'Nacked-by', 'Originally-by', 'Reported-and-tested-by',
  'Reported-by', 'Requested-by', 'Reviewed-and-tested-by', 'Reviewed-by', 'Signed-off-by',
  'Suggested-by', 'Tested-by',
];
const CANONICAL = new Map(KNOWN_TRAILERS.map((name) => [name.toLowerCase(), name]));

/** Trailers worth collecting from a reply to a patch (what b4 picks up as follow-up trailers). */
const FOLLOW_UP = new Set([
  'Acked-by', 'Closes', 'Co-developed-by', 'Fixes', 'Link', 'Nacked-by', 'Reported-and-tested-by',
  'Reported-by', 'Reviewed-by', 'Signed-off-by', 'Suggested-by', 'Tested-by',
]);

const MAX_TRAILER_LINE = 1000;
const TRAILER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(\S.*)$/;
const WRAPPED_ADDRESS = /^<[^<>\s]+@[^<>\s]+>$/;
const FIXES_VALUE = /^[0-9a-f]{6,64}(?:\s*\(.*\))?$/i;
const URL_VALUE = /^<?[a-z][a-z0-9+.-]*:\/\/\S/i;

interface Entry {
  token: string;
  value: string;
  extinfo: string[];
}

export function canonicalTrailerName(token: string): string {
  return CANONICAL.get(token.toLowerCase()) ?? token;
}

function matchTrailerLine(line: string): Entry | null {
  const colon = line.indexOf(':');
  // Real trailers are short; the cap also bounds the work of the address patterns below.
  if (colon < 1 || colon > 64 || line.length > MAX_TRAILER_LINE) return null;
  const m = TRAILER_LINE.exec(line);
  // `http://…` at the start of a line is a URL, not a trailer called `http`.
  if (!m || m[2].startsWith('//')) return null;
  return { token: m[1], value: m[2].trimEnd(), extinfo: [] };
}

function isPersonName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('-by') || lower === 'cc' || lower === 'to';
}

/** Attaches a line that is not a trailer start to the previous entry, if it belongs there. */
function attachToPrevious(entry: Entry, line: string, allowContinuation: boolean): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    entry.extinfo.push(line.trimEnd()); // b4 keeps the note's leading spaces
    return true;
  }
  if (WRAPPED_ADDRESS.test(trimmed) && isPersonName(entry.token) && !entry.value.includes('@')) {
    entry.value = `${entry.value} ${trimmed}`;
    return true;
  }
  if (allowContinuation && (line[0] === ' ' || line[0] === '\t') && trimmed !== '') {
    entry.value = `${entry.value} ${trimmed}`;
    return true;
  }
  return false;
}

/** Splits `value  # comment` the way b4 does; for Fixes only after the `("subject")`. */
function splitComment(name: string, value: string): { value: string; comment?: string } {
  const from = name === 'Fixes' ? Math.max(0, value.lastIndexOf(')')) : 0;
  const at = value.slice(from).search(/\s#/);
  if (at < 0) return { value };
  let start = from + at;
  while (start > 0 && /\s/.test(value[start - 1])) start--;
  return { value: value.slice(0, start), comment: value.slice(start) };
}

/** Parses `Name <addr>`, `"Doe, Jane" <addr>`, `<addr>` or `addr`; names stay verbatim in value. */
function parsePerson(raw: string): { value: string; person?: { name: string; email: string } } {
  const value = raw.replace(/<mailto:[^<>]*>/gi, '').trim();
  const bare = /^<?([^<>\s]+@[^<>\s]+?)>?$/.exec(value);
  if (bare) return { value: bare[1], person: { name: '', email: bare[1] } };
  const open = value.lastIndexOf('<');
  const close = value.indexOf('>', open);
  if (open < 0 || close < 0) return { value };
  const email = value.slice(open + 1, close).trim();
  if (!email.includes('@')) return { value };
  let name = value.slice(0, open).trim();
  if (name.length > 1 && name.startsWith('"') && name.endsWith('"')) {
    name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return { value, person: { name, email } };
}

function toTrailer(entry: Entry): Trailer {
  const name = canonicalTrailerName(entry.token);
  const split = splitComment(name, entry.value);
  const extinfo = split.comment === undefined ? entry.extinfo : [split.comment, ...entry.extinfo];
  const trailer: Trailer = { name, value: split.value, kind: 'utility' };
  if (isPersonName(name)) {
    const parsed = parsePerson(split.value);
    trailer.kind = 'person';
    trailer.value = parsed.value;
    if (parsed.person) trailer.person = parsed.person;
  }
  if (extinfo.length > 0) trailer.extinfo = extinfo.join('\n');
  return trailer;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Splits a commit message into the message and its trailer block: the last paragraph, when all its
 * lines are trailers, or when it has a known trailer and at least 25% trailer lines (git's rule
 * in trailer.c). Prose lines inside the block are kept as extinfo of the trailer above them.
 */
export function parseTrailerBlock(commitMessage: string): { message: string; trailers: Trailer[] } {
  const lines = commitMessage.replace(/\r\n/g, '\n').split('\n');
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end--;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1])) start--;
  const entries: Entry[] = [];
  let leading = 0;
  let trailerLines = 0;
  let otherLines = 0;
  let hasKnown = false;
  for (let i = start; i < end; i++) {
    const entry = matchTrailerLine(lines[i]);
    const last = entries[entries.length - 1];
    if (entry) {
      entries.push(entry);
      trailerLines++;
      hasKnown ||= CANONICAL.has(entry.token.toLowerCase());
    } else if (last && attachToPrevious(last, lines[i], true)) {
      trailerLines++;
    } else {
      otherLines++;
      if (last) last.extinfo.push(lines[i]);
      else leading++;
    }
  }
  const isBlock = entries.length > 0 && (otherLines === 0 || (hasKnown && trailerLines * 3 >= otherLines));
  if (!isBlock) return { message: lines.slice(0, end).join('\n').trim(), trailers: [] };
  return {
    message: lines.slice(0, start + leading).join('\n').trim(),
    trailers: entries.map(toTrailer),
  };
}

function isFollowUpWorthy(trailer: Trailer): boolean {
  if (!FOLLOW_UP.has(trailer.name)) return false;
  if (trailer.name === 'Fixes') return FIXES_VALUE.test(trailer.value);
  if (trailer.name === 'Link' || trailer.name === 'Closes') return URL_VALUE.test(trailer.value);
  return trailer.person !== undefined;
}

/** Strips the `> > ` quote markers; null when the line is not quoted. */
function unquote(line: string): string | null {
  const c = line[0];
  if (c !== '>' && c !== ' ' && c !== '\t') return null;
  const m = /^[ \t]*>[> \t]*/.exec(line);
  return m ? line.slice(m[0].length) : null;
}

/** Where a reply's own words end: its signature. */
const endsReplyText = (line: string) => line === '-- ' || line === '--';

/** A fix-up patch pasted into a reply starts here (scissors, or a format-patch `From <sha>` line). */
const startsInlinePatch = (line: string) => isScissorsLine(line) || (line.startsWith('From ') && /^From [0-9a-f]{40} /.test(line));

/**
 * Lines that belong to a patch pasted into the reply — a fix-up's commit message and diff, or a bare
 * diff — whose trailers (a fix-up's own Signed-off-by) are not given to the thread. The reply's own text
 * can go on after them ("You can add: Tested-by: …" below a test-script diff).
 */
function pastedPatchLines(lines: string[]): boolean[] {
  const skip = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const inline = startsInlinePatch(lines[i]);
    if (!inline && !lines[i].startsWith('diff --git ')) continue;
    // A diff never runs into the next pasted patch; bound the scan there.
    let limit = i + 1;
    while (limit < lines.length && !startsInlinePatch(lines[limit])) limit++;
    const region = lines.slice(0, limit);
    const start = inline ? findDiffStartLine(region, i + 1) : i;
    const end = start < 0 ? limit : scanDiff(region, start).end;
    for (let j = i; j < end; j++) skip[j] = true;
    i = Math.max(i, end - 1);
  }
  return skip;
}

/**
 * Trailers a reviewer gave in a reply, anywhere in its own (unquoted) text, indented or not, and
 * separately the ones it quotes (so callers can report "quoted, not collected"). Only trailers that
 * make sense in a reply count; `Fixes:` must name a commit, person trailers must carry an address.
 */
export function findReplyTrailers(text: string): { trailers: Trailer[]; quoted: Trailer[] } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const own: Entry[] = [];
  const quoted: Entry[] = [];
  let last: Entry | null = null;
  let lastQuoted = false;
  const skip = pastedPatchLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (endsReplyText(raw)) break;
    if (skip[i]) {
      last = null;
      continue;
    }
    const inQuote = unquote(raw);
    const line = (inQuote ?? raw).trim();
    const entry = matchTrailerLine(line);
    if (entry) {
      (inQuote === null ? own : quoted).push(entry);
      last = entry;
      lastQuoted = inQuote !== null;
    } else if (!last || lastQuoted !== (inQuote !== null) || !attachToPrevious(last, line, false)) {
      last = null;
    }
  }
  return {
    trailers: own.map(toTrailer).filter(isFollowUpWorthy),
    quoted: quoted.map(toTrailer).filter(isFollowUpWorthy),
  };
}
