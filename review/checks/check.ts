// A submission check: the checkpatch-style conventions of kernel mail, kept like knowledge entries — an id,
// a severity, a title, a one-line explanation and where the convention is written down — and a function
// over the series under review that says where the convention is broken.
import type { Severity } from '../../core/finding.js';
import type { FindingPart } from '../../core/review-finding.js';
import type { Posting, ReviewSeries } from '../posting.js';

export interface CheckHit {
  posting: Posting;
  part: FindingPart;
  file?: string;
  line?: number;
  column?: number;
  hunk?: { index: number; header: string };
  /** The offending line, as the mail has it. */
  quote?: string;
  /** Replaces the check's explanation with one that names what was found. */
  message?: string;
}

export interface SubmissionCheck {
  id: string;
  severity: Severity;
  title: string;
  /** One line: what is wrong and what to do instead. */
  explanation: string;
  /** Where the convention is written down (a Documentation/ path and section, a checkpatch message type). */
  references: string[];
  /** How a reviewer says it in a reply; a point on the same patch that matches has already raised it. */
  mentions: RegExp;
  run(series: ReviewSeries): CheckHit[];
}

/** A check that looks at every patch (not the cover letter) on its own. */
export function eachPatch(fn: (p: Posting, s: ReviewSeries) => CheckHit[]): (s: ReviewSeries) => CheckHit[] {
  return (s) => s.patches.flatMap((p) => fn(p, s));
}

/**
 * The trailer line as written in the body (`fixes:` keeps its spelling), found by its name and the start of its
 * value; the parser's canonical form when the body has it differently (wrapped, say).
 */
export function trailerLine(p: Posting, name: string, value: string): string {
  const head = value.slice(0, 24).toLowerCase();
  const lower = name.toLowerCase();
  // Trailers sit above the `---` line; the diff below can be most of a large patch's body.
  const end = p.body.indexOf('\n---\n');
  for (const line of (end < 0 ? p.body : p.body.slice(0, end)).split('\n')) {
    const l = line.toLowerCase();
    if (l.startsWith(`${lower}:`) && l.includes(head)) return line.trimEnd();
  }
  return `${name}: ${value}`;
}
