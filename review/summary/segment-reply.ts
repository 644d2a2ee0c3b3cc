// Cuts a reply's own words into segments — a classified paragraph and the unclassified ones that
// continue it — each anchored to the quote above it and linked to the earlier segment that quote comes
// from. Segments with a kind are the review points; the others are statements (explanations) that still
// count as answers when outcomes are decided.
import { ASKING_KINDS, type PointAnchor, type PointKind, type Person } from '../../core/review-point.js';
import { samePerson } from '../../core/same-person.js';
import type { ReviewMessage } from '../../ingest/archive/review-queries.js';
import { findDiffStartLine } from '../../ingest/parse/diff.js';
import { anchorQuote, lineKey, type QuoteSource } from './anchor-quote.js';
import { classifyParagraph, paragraphWords, type Classification } from './classify-point.js';
import { NEW_TOPIC } from './point-phrases.js';
import type { OwnParagraph } from './own-paragraphs.js';
import { splitReply, type OwnBlock } from './split-reply.js';
import { personOf, type ThreadContext } from './thread-context.js';

export interface Segment {
  id: string;
  messageId: string;
  by: Person;
  date: number | null;
  kind: PointKind | null;
  rule: string | null;
  reason: string | null;
  text: string;
  lines: { start: number; end: number };
  anchor: PointAnchor | null;
  answers: string[];
}

export interface MessageAnalysis {
  messageId: string;
  segments: Segment[];
  /** What the message wrote itself, line by line, for matching quotes of it later (built on first use). */
  ownLines: () => Map<string, number>;
}

interface Answering {
  anchor: PointAnchor | null;
  answers: string[];
}

const TEXT_LIMIT = 400;

function segmentsAnswered(source: QuoteSource | null, analyses: Map<string, MessageAnalysis>): string[] {
  const target = source && analyses.get(source.messageId);
  if (!target || target.segments.length === 0) return [];
  if (source.line === null) return target.segments.filter((s) => s.kind !== null).map((s) => s.id).slice(-3);
  const containing = target.segments.filter((s) => s.lines.start <= source.line! && source.line! <= s.lines.end);
  if (containing.length) return [containing[0].id];
  const before = target.segments.filter((s) => s.lines.start <= source.line!);
  return before.length ? [before[before.length - 1].id] : [];
}

/** A reply that quotes nothing (or writes above its quotes) answers its parent as a whole. */
function answeringParent(m: ReviewMessage, ctx: ThreadContext, analyses: Map<string, MessageAnalysis>): Answering {
  const posting = ctx.postingOf(m.messageId);
  const parent = ctx.parentOf(m.messageId);
  if (!posting || !parent) return { anchor: null, answers: [] };
  const anchor: PointAnchor = { patchMessageId: posting.messageId, patchIndex: posting.patchIndex, messageId: parent.messageId, author: personOf(parent) };
  const segments = analyses.get(parent.messageId)?.segments ?? [];
  const asks = segments.filter((s) => s.kind !== null && s.kind !== 'trailer');
  return { anchor, answers: (asks.length ? asks : segments.slice(-1)).map((s) => s.id) };
}

/** A reply that quotes only prose is still about the code the point it answers is anchored at. */
function withCodeLocation(anchor: PointAnchor | null, answers: string[], analyses: Map<string, MessageAnalysis>): PointAnchor | null {
  if (!anchor || anchor.file) return anchor;
  for (const id of answers) {
    const answered = analyses.get(id.slice(0, id.lastIndexOf('#')))?.segments.find((s) => s.id === id)?.anchor;
    if (answered?.file && answered.patchMessageId === anchor.patchMessageId) {
      const { file, line, hunk } = answered;
      return { ...anchor, file, ...(line !== undefined ? { line } : {}), ...(hunk !== undefined ? { hunk } : {}) };
    }
  }
  return anchor;
}

/**
 * Own lines of a reply (its paragraphs), or of a posting (the text above its diff: quoted diff lines are
 * found through the diff index instead). Built once, on first use: most messages are never quoted.
 */
function ownLinesOf(body: string, blocks: OwnBlock[] | null): () => Map<string, number> {
  let built: Map<string, number> | undefined;
  return () => {
    if (built) return built;
    const out = new Map<string, number>();
    const lines = body.split('\n');
    const add = (i: number) => {
      const key = lineKey(lines[i] ?? '');
      if (key.length >= 12 && !out.has(key)) out.set(key, i + 1);
    };
    if (blocks !== null) for (const b of blocks) for (const p of b.paragraphs) for (let i = p.start - 1; i < p.end; i++) add(i);
    else {
      const diffAt = findDiffStartLine(lines);
      for (let i = 0; i < (diffAt < 0 ? lines.length : diffAt); i++) add(i);
    }
    built = out;
    return out;
  };
}

function factsFor(paragraphs: OwnParagraph[], k: number, byAuthor: boolean) {
  const rest = paragraphs.slice(k + 1).filter((p) => p.role !== 'courtesy');
  const following = [];
  for (const p of rest) {
    if (p.role !== 'code') break;
    following.push(p.text);
  }
  return { text: paragraphWords(paragraphs[k].text), byAuthor, introducesPatch: rest[0]?.role === 'patch', following: following.join('\n') };
}

/** The subject line of a pasted patch stands for it in the point's text; a bare diff is named by its files. */
function patchSubject(p: OwnParagraph): string {
  const lines = p.text.split('\n');
  const subject = lines.find((l) => l.startsWith('Subject:'));
  if (subject) return paragraphWords(subject);
  const files = [...new Set(lines.flatMap((l) => /^diff --git a\/(\S+) b\//.exec(l)?.[1] ?? []))];
  return files.length ? `a diff to ${files.join(', ')}` : 'a diff';
}

/**
 * Walks a block's paragraphs: a classified paragraph opens a point, unless it is a weak sign inside an
 * open ask; unclassified prose, code and pasted patches carry the current point on.
 */
function segmentsOfBlock(block: OwnBlock, m: ReviewMessage, byAuthor: boolean, answering: Answering, next: () => number): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  const open = (c: Classification | null, p: OwnParagraph, words: string) => {
    current = { id: `${m.messageId}#${next()}`, messageId: m.messageId, by: personOf(m), date: m.date, kind: c?.kind ?? null, rule: c?.rule ?? null, reason: c?.reason ?? null, text: words, lines: { start: p.start, end: p.end }, anchor: answering.anchor, answers: answering.answers };
    out.push(current);
  };
  const extend = (p: OwnParagraph, words = '') => {
    const s = current!;
    s.lines.end = p.end;
    if (words && s.text.length < TEXT_LIMIT) s.text = s.text ? `${s.text} ${words}` : words;
  };
  block.paragraphs.forEach((p, k) => {
    const seg = current as Segment | null;
    const afterTrailer = !seg || seg.kind === 'trailer';
    if (p.role === 'trailer') {
      const words = paragraphWords(p.text);
      if (seg?.kind === 'trailer') extend(p, words);
      else open(classifyParagraph({ text: words, byAuthor, introducesPatch: false, following: '' }), p, words);
    } else if (p.role === 'code' || p.role === 'patch') {
      if (!afterTrailer) extend(p);
      else if (p.role === 'patch') open(classifyParagraph({ text: '', byAuthor, introducesPatch: true, following: '' }), p, patchSubject(p));
    } else if (p.role === 'prose') {
      const facts = factsFor(block.paragraphs, k, byAuthor);
      const c = classifyParagraph(facts);
      // A weak sign carries on an open ask (the argument for it), not an agreement or a promise.
      const carriesOn = c === null || (c.continues && seg?.kind != null && ASKING_KINDS.has(seg.kind) && !NEW_TOPIC.test(facts.text));
      if (afterTrailer) open(c, p, facts.text);
      else if (carriesOn) extend(p, facts.text);
      else if (seg!.kind === null) {
        // The reasoning that opened the block leads up to this point: they are one.
        Object.assign(seg!, { kind: c!.kind, rule: c!.rule, reason: c!.reason });
        extend(p, facts.text);
      } else open(c, p, facts.text);
    }
  });
  for (const s of out) if (s.text.length > TEXT_LIMIT) s.text = `${s.text.slice(0, TEXT_LIMIT - 1)}…`;
  return out;
}

/** Segments of one message; `analyses` must already hold its ancestors (thread order guarantees it). */
export function analyseMessage(m: ReviewMessage, ctx: ThreadContext, analyses: Map<string, MessageAnalysis>): MessageAnalysis {
  if (ctx.postings.has(m.messageId) || m.kind === 'patch' || m.kind === 'cover' || m.ghost) {
    return { messageId: m.messageId, segments: [], ownLines: ownLinesOf(m.body, null) };
  }
  const byAuthor = samePerson(personOf(m), ctx.author);
  const split = splitReply(m.body, personOf(m));
  const ownLines = (id: string) => analyses.get(id)?.ownLines();
  let n = 0;
  const next = () => ++n;
  let answering: Answering | null = null;
  const segments: Segment[] = [];
  for (const block of split.blocks) {
    if (block.type === 'quote') {
      const anchored = anchorQuote(block, m, ctx, ownLines);
      const answers = segmentsAnswered(anchored?.source ?? null, analyses);
      answering = { anchor: withCodeLocation(anchored?.anchor ?? null, answers, analyses), answers };
      continue;
    }
    segments.push(...segmentsOfBlock(block, m, byAuthor, answering ?? answeringParent(m, ctx, analyses), next));
  }
  const own = split.blocks.filter((b): b is OwnBlock => b.type === 'own');
  return { messageId: m.messageId, segments, ownLines: ownLinesOf(m.body, own) };
}
