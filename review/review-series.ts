// One review: the knowledge base over every patch's diff and the submission checks over the series, each
// finding anchored to its posting, file, post-image line and hunk, then marked when a reviewer already made
// the point in the thread.
import type { Finding } from '../core/finding.js';
import type { FindingPart, ReviewFinding } from '../core/review-finding.js';
import type { ReviewPoint } from '../core/review-point.js';
import type { KernelVersion } from '../knowledge/kernel-version.js';
import { builtinCompiled, matchPatch, type CompiledEntry } from '../knowledge/match-patch.js';
import { runChecks, findingId } from './checks/run-checks.js';
import { findFile, hunkHeader, hunkOf, lineIndexInHunk } from './diff-anchor.js';
import type { Posting, ReviewSeries } from './posting.js';
import { markRaised } from './raised-by.js';

export interface Review {
  series: ReviewSeries;
  findings: ReviewFinding[];
  /** Points the thread's reviewers made about the postings with findings (the summary's), for the record. */
  points: number;
}

export interface ReviewOptions {
  targetVersion?: KernelVersion;
  entries?: readonly CompiledEntry[];
  /**
   * The review points of the thread about these postings (from its summary); asked only when there are
   * findings, and only about the postings that have them. None for mail without replies.
   */
  pointsAbout?: (postings: ReadonlySet<string>) => readonly ReviewPoint[];
}

function anchorKnowledge(f: Finding, p: Posting, title: string): ReviewFinding {
  const file = findFile(p.patch.files, f.file);
  const located = file ? hunkOf(file, f.line, f.side, f.hunk) : undefined;
  const at = located ? lineIndexInHunk(located.hunk, f.line, f.side) : -1;
  return {
    id: findingId(p.index, f.entry, f.file, f.line),
    entry: f.entry,
    source: 'knowledge',
    severity: f.severity,
    confidence: f.confidence,
    patch: p.messageId,
    patchIndex: p.index,
    subject: p.subject,
    part: 'diff',
    file: f.file,
    line: f.line,
    side: f.side,
    hunk: located ? { index: located.index, header: hunkHeader(located.hunk) } : null,
    ...(f.function ? { function: f.function } : {}),
    message: f.message,
    title,
    quote: located && at >= 0 ? located.hunk.lines[at].slice(1) : null,
  };
}

async function knowledgeFindings(s: ReviewSeries, opts: ReviewOptions): Promise<ReviewFinding[]> {
  const entries = opts.entries ?? (await builtinCompiled());
  const titles = new Map(entries.map((c) => [c.entry.id, c.entry.title]));
  const out: ReviewFinding[] = [];
  for (const p of s.patches) {
    if (p.patch.files.length === 0) continue;
    const found = await matchPatch(p.patch.files, { patch: p.messageId, targetVersion: opts.targetVersion, entries });
    out.push(...found.map((f) => anchorKnowledge(f, p, titles.get(f.entry) ?? f.entry)));
  }
  return out;
}

const PART_ORDER: Record<FindingPart, number> = { series: 0, subject: 1, 'commit-message': 2, trailers: 3, notes: 4, diff: 5 };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

// Code-unit order, not the locale's: paths and ids are ASCII, and the first localeCompare of a process
// loads the ICU collator (~20 ms of a cold review).
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Patch by patch; within one, the mail parts top to bottom, then the diff by file and line. */
export function compareFindings(a: ReviewFinding, b: ReviewFinding): number {
  return (
    a.patchIndex - b.patchIndex ||
    PART_ORDER[a.part] - PART_ORDER[b.part] ||
    byCode(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    byCode(a.entry, b.entry)
  );
}

export async function reviewSeries(s: ReviewSeries, opts: ReviewOptions = {}): Promise<Review> {
  const findings = [...(await knowledgeFindings(s, opts)), ...runChecks(s)].sort(compareFindings);
  const entries = opts.entries ?? (await builtinCompiled());
  const authors = [...(s.cover ? [s.cover] : []), ...s.patches].map((p) => ({ name: p.from.name, email: p.from.email }));
  const withFindings = new Set(findings.map((f) => f.patch));
  const points = withFindings.size && opts.pointsAbout ? opts.pointsAbout(withFindings) : [];
  const marked = markRaised(findings, points, { entries: entries.map((c) => c.entry), authors });
  return { series: s, findings: marked, points: points.length };
}
