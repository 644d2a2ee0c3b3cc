// Anchors a quote block: quoted diff lines give the patch, file, hunk and post-image line (looked up in
// the stored diff); the quoted sentences nearest the reply's words give the earlier message they come
// from, found by matching the text against what each ancestor wrote itself.
import type { PointAnchor } from '../../core/review-point.js';
import type { ReviewMessage } from '../../ingest/archive/review-queries.js';
import { asDiffLine, collapseSpace, locateQuotedDiff, type DiffHit } from './diff-line-index.js';
import { isSnipText } from './own-paragraphs.js';
import type { QuoteBlock, QuotedLine } from './split-reply.js';
import { personOf, type ThreadContext } from './thread-context.js';

/** Where a message wrote each of its own lines: whitespace-collapsed text → 1-based body line. */
export type OwnLines = (messageId: string) => Map<string, number> | undefined;

export interface QuoteSource {
  messageId: string;
  /** The line the matched text sits on in that message, when found by text. */
  line: number | null;
}

export interface AnchoredQuote {
  anchor: PointAnchor;
  source: QuoteSource | null;
}

const MIN_MATCH = 12;

export const lineKey = collapseSpace;

/** The quoted lines just above the reply's words, at the same depth, newest last. */
function trailingRun(lines: QuotedLine[]): QuotedLine[] {
  const substantive = lines.filter((l) => l.text.trim() !== '' && !isSnipText(l.text));
  const last = substantive[substantive.length - 1];
  if (!last) return [];
  const run: QuotedLine[] = [];
  for (let i = substantive.length - 1; i >= 0 && run.length < 6; i--) {
    if (substantive[i].depth !== last.depth) break;
    run.unshift(substantive[i]);
  }
  return run;
}

function fileNamedIn(lines: QuotedLine[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(?:\+\+\+ b\/|diff --git a\/\S+ b\/)(\S+)/.exec(lines[i].text);
    if (m) return m[1];
  }
  return undefined;
}

/** The quoted line nearest the reply's words decides (a long code line higher up may belong to an earlier point). */
function byText(run: QuotedLine[], ancestors: ReviewMessage[], ownLines: OwnLines): QuoteSource | null {
  const keys = run.map((l) => lineKey(l.text)).filter((k) => k.length >= MIN_MATCH).reverse();
  for (const key of keys.slice(0, 4)) {
    for (const a of ancestors) {
      const line = ownLines(a.messageId)?.get(key);
      if (line !== undefined) return { messageId: a.messageId, line };
    }
  }
  return null;
}

/** No text matched: the attribution's author among the ancestors, else the ancestor as deep as the quote. */
function byAttribution(block: QuoteBlock, depth: number, ancestors: ReviewMessage[]): QuoteSource | null {
  const attribution = depth <= 1 ? block.attribution : block.nested.find((n) => n.depth === depth)?.attribution ?? null;
  if (attribution) {
    const name = attribution.name.toLowerCase();
    const hit = ancestors.find((a) => (attribution.email && a.fromEmail.toLowerCase() === attribution.email.toLowerCase()) || (name && a.fromName.toLowerCase() === name));
    if (hit) return { messageId: hit.messageId, line: null };
  }
  const nth = ancestors[Math.max(0, depth - 1)];
  return nth ? { messageId: nth.messageId, line: null } : null;
}

function quoteSource(block: QuoteBlock, reply: ReviewMessage, ctx: ThreadContext, ownLines: OwnLines, postingId: string): QuoteSource | null {
  const run = trailingRun(block.lines);
  if (run.length === 0) return null;
  if (run.every((l) => asDiffLine(l.text) !== null) && block.code) return { messageId: postingId, line: null };
  const ancestors = ctx.ancestors(reply.messageId);
  return byText(run, ancestors, ownLines) ?? byAttribution(block, run[run.length - 1].depth, ancestors);
}

export function anchorQuote(block: QuoteBlock, reply: ReviewMessage, ctx: ThreadContext, ownLines: OwnLines): AnchoredQuote | null {
  const posting = ctx.postingOf(reply.messageId);
  if (!posting) return null;
  const index = ctx.diffIndex(posting.messageId);
  const hasDiff = block.lines.some((l) => asDiffLine(l.text) !== null);
  const hit: DiffHit | null = index && hasDiff ? locateQuotedDiff(index, block.lines.map((l) => l.text)) : null;
  const source = quoteSource(block, reply, ctx, ownLines, posting.messageId);
  const quotedMessage = ctx.byId.get(source?.messageId ?? posting.messageId);
  const run = trailingRun(block.lines);
  const anchor: PointAnchor = {
    patchMessageId: posting.messageId,
    patchIndex: posting.patchIndex,
    messageId: quotedMessage?.messageId ?? posting.messageId,
    author: quotedMessage ? personOf(quotedMessage) : null,
  };
  const file = hit?.file ?? fileNamedIn(block.lines);
  if (file) anchor.file = file;
  if (hit) Object.assign(anchor, { line: hit.line, firstLine: hit.firstLine, hunk: hit.hunk });
  const last = run[run.length - 1]?.text.trim();
  if (last) anchor.quote = last.length > 100 ? `${last.slice(0, 99)}…` : last;
  return { anchor, source };
}
