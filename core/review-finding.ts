// What `mlreview review` and `mlreview check` report: a knowledge-base finding or a submission-check
// finding, anchored to a posting and, for code, to a file, a line of the post-image and its hunk.
import type { Confidence, Severity } from './finding.js';
import type { Person } from './review-point.js';

/** Where in the posting the finding is: the diff, or one of the mail parts around it. */
export type FindingPart = 'diff' | 'subject' | 'commit-message' | 'trailers' | 'notes' | 'series';

export interface RaisedBy {
  by: Person;
  /** The reply that made the point, and the point's id in the thread summary. */
  messageId: string;
  pointId: string;
  /** 'anchor': the point quotes the same place; 'text': it names what the finding is about. */
  how: 'anchor' | 'text';
}

export interface ReviewFinding {
  /** Stable within one review: `<patch index>:<entry>:<file or part>:<line>`. */
  id: string;
  /** The knowledge entry or submission check that fired. */
  entry: string;
  source: 'knowledge' | 'check';
  severity: Severity;
  confidence: Confidence;
  /** The posting: message-id, number in its series (0 = cover letter), subject. */
  patch: string;
  patchIndex: number;
  subject: string;
  part: FindingPart;
  /** Path in the post-image (diff findings); null for the mail parts. */
  file: string | null;
  /** Line in the post-image for diff findings (the pre-image for a removed line, see `side`); else null. */
  line: number | null;
  side: 'new' | 'old' | null;
  /** 1-based column of the offending character, when a check knows it (the caret). */
  column?: number;
  /** The hunk the line sits in: its index in the file's diff and its header. */
  hunk: { index: number; header: string } | null;
  function?: string;
  /** The one-line explanation of the entry or check, or a hit-specific message naming what was found. */
  message: string;
  /** The entry's or check's title. */
  title: string;
  /** The offending line as the mail has it (without the diff prefix), for quoting. */
  quote: string | null;
  raisedBy?: RaisedBy;
}
