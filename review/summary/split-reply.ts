// Splits a reply into what it quotes and what it says: quote blocks (with nesting depth, attribution,
// quoted code or prose) and the reply's own paragraphs (prose, code, trailers, pasted patches,
// greetings), cut at the signature. Trimmed-quote markers (`[...]`, `<snip>`) are recorded, not read.
import { scanDiff, findDiffStartLine } from '../../ingest/parse/diff.js';
import { isScissorsLine } from '../../ingest/parse/scissors.js';
import { attributionAbove, parseAttribution, type Attribution } from './attribution.js';
import { isSnipText, ownParagraphs, senderNameSet, type OwnParagraph } from './own-paragraphs.js';

export interface QuotedLine {
  /** 1-based line in the body. */
  line: number;
  /** 1 for `> `, 2 for `> > `, … */
  depth: number;
  /** The line without its quote markers. */
  text: string;
}

export interface QuoteBlock {
  type: 'quote';
  start: number;
  end: number;
  lines: QuotedLine[];
  /** Who wrote the outermost quoted text, from the line above the block. */
  attribution: Attribution | null;
  /** Attributions inside the quote, by the depth they introduce. */
  nested: Array<{ depth: number; attribution: Attribution }>;
  /** True when most quoted lines are diff lines: the reply answers code, not prose. */
  code: boolean;
}

export interface OwnBlock {
  type: 'own';
  start: number;
  end: number;
  paragraphs: OwnParagraph[];
}

export type ReplyBlock = QuoteBlock | OwnBlock;

export interface SplitReply {
  blocks: ReplyBlock[];
  /** 1-based line of the signature separator (`-- `), or null. */
  signature: number | null;
  /** 1-based lines that mark a trimmed quote. */
  snips: number[];
}

const QUOTE_PREFIX = /^[ \t]{0,3}>/;
const DIFF_LINE = /^(?:[+-](?!--\s*$)|@@ -\d|diff --git |index [0-9a-f]+\.\.)/;

/** Depth and text of a quoted line: each `>` (with one optional space after it) is one level. */
export function unquoteLine(raw: string): { depth: number; text: string } {
  let i = 0;
  while (i < 3 && (raw[i] === ' ' || raw[i] === '\t')) i++;
  let depth = 0;
  while (raw[i] === '>') {
    depth++;
    i++;
    if (raw[i] === ' ' || raw[i] === '\t') i++;
  }
  return depth === 0 ? { depth: 0, text: raw } : { depth, text: raw.slice(i) };
}

/** Lines of patches pasted into the reply itself (scissors, `From <sha>`, or a bare diff). */
function pastedPatchLines(lines: string[]): boolean[] {
  const pasted = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const opens = isScissorsLine(l) || /^From [0-9a-f]{40} /.test(l);
    if (!opens && !l.startsWith('diff --git ')) continue;
    const start = opens ? findDiffStartLine(lines, i + 1) : i;
    const end = start < 0 ? i + 1 : scanDiff(lines, start).end;
    for (let j = i; j < end; j++) pasted[j] = true;
    i = Math.max(i, end - 1);
  }
  return pasted;
}

function signatureAt(lines: string[], pasted: boolean[]): number {
  for (let i = 0; i < lines.length; i++) if ((lines[i] === '-- ' || lines[i] === '--') && !pasted[i]) return i;
  return lines.length;
}

function quoteBlock(lines: string[], start: number, end: number): QuoteBlock {
  const quoted: QuotedLine[] = [];
  const nested: QuoteBlock['nested'] = [];
  for (let i = start; i < end; i++) {
    if (!QUOTE_PREFIX.test(lines[i])) continue;
    const q = unquoteLine(lines[i]);
    quoted.push({ line: i + 1, depth: q.depth, text: q.text });
  }
  quoted.forEach((q, k) => {
    const next = quoted[k + 1];
    if (!next || next.depth <= q.depth) return;
    const a = parseAttribution(q.text) ?? (k > 0 && quoted[k - 1].depth === q.depth ? parseAttribution(`${quoted[k - 1].text} ${q.text}`) : null);
    if (a) nested.push({ depth: next.depth, attribution: a });
  });
  const diffLines = quoted.filter((q) => DIFF_LINE.test(q.text)).length;
  const substantive = quoted.filter((q) => q.text.trim() !== '').length;
  return { type: 'quote', start: start + 1, end, lines: quoted, attribution: null, nested, code: diffLines > 0 && diffLines * 2 >= substantive };
}

/** Runs of quoted lines (blank lines between quoted lines stay inside the run) and runs of the rest. */
function runs(lines: string[], limit: number): Array<{ quoted: boolean; start: number; end: number }> {
  const out: Array<{ quoted: boolean; start: number; end: number }> = [];
  let i = 0;
  while (i < limit) {
    const quoted = QUOTE_PREFIX.test(lines[i]);
    let j = i + 1;
    while (j < limit) {
      if (QUOTE_PREFIX.test(lines[j]) === quoted) j++;
      else if (quoted && lines[j].trim() === '' && j + 1 < limit && QUOTE_PREFIX.test(lines[j + 1])) j++;
      else break;
    }
    out.push({ quoted, start: i, end: j });
    i = j;
  }
  return out;
}

/** Takes the attribution off the end of an own run, returning where the run's own text now ends. */
function takeAttribution(lines: string[], start: number, end: number): { attribution: Attribution | null; end: number } {
  let last = end;
  while (last > start && lines[last - 1].trim() === '') last--;
  const tail = lines.slice(Math.max(start, last - 2), last);
  const found = attributionAbove(tail);
  if (!found) return { attribution: null, end };
  return { attribution: found.attribution, end: last - found.lineCount };
}

/** `sender` lets a bare first name at the end be read as a sign-off. */
export function splitReply(body: string, sender?: { name: string; email: string }): SplitReply {
  const names = sender ? senderNameSet(sender.name, sender.email) : new Set<string>();
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const pasted = pastedPatchLines(lines);
  const limit = signatureAt(lines, pasted);
  const blocks: ReplyBlock[] = [];
  const snips: number[] = [];
  const parts = runs(lines, limit);
  let pending: Attribution | null = null;
  parts.forEach((part, k) => {
    if (part.quoted) {
      const block = quoteBlock(lines, part.start, part.end);
      block.attribution = pending;
      pending = null;
      for (const q of block.lines) if (isSnipText(q.text)) snips.push(q.line);
      blocks.push(block);
      return;
    }
    const nextIsQuote = parts[k + 1]?.quoted === true;
    const taken = nextIsQuote ? takeAttribution(lines, part.start, part.end) : { attribution: null, end: part.end };
    pending = taken.attribution;
    const paragraphs = ownParagraphs(lines, part.start, taken.end, pasted, names);
    for (const p of paragraphs) if (p.role === 'snip') snips.push(p.start);
    if (paragraphs.length) blocks.push({ type: 'own', start: part.start + 1, end: taken.end, paragraphs });
  });
  return { blocks, signature: limit < lines.length ? limit + 1 : null, snips };
}
