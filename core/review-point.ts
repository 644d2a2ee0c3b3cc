// Review points: what a reply asks for, objects to, agrees to or commits to, anchored to what it answers.
// Thread summaries produce them; revision tracking (was each point addressed in vN+1) and the web view
// (points shown inline at diff lines) consume them, so the anchor is as precise as the quote allows.

/** What a point is. The first five ask something of someone; the others respond or record. */
export type PointKind =
  | 'change-request'
  | 'question'
  | 'objection'
  | 'nit'
  | 'bug-report'
  | 'agreement'
  | 'commitment'
  | 'test-report'
  | 'trailer';

export const POINT_KINDS: readonly PointKind[] = [
  'change-request', 'question', 'objection', 'nit', 'bug-report', 'agreement', 'commitment', 'test-report', 'trailer',
];

/** Kinds that wait for an answer: only these are resolved, disputed or left open. */
export const ASKING_KINDS: ReadonlySet<PointKind> = new Set(['change-request', 'question', 'objection', 'nit', 'bug-report']);

/**
 * resolved: the author agreed or committed, the question was answered, or the asker withdrew;
 * disputed: the author pushed back and nobody gave way; open: no answer in the thread;
 * noted: the point asks nothing (agreement, commitment, test report, trailer).
 */
export type PointStatus = 'resolved' | 'disputed' | 'open' | 'noted';

export interface Person {
  name: string;
  email: string;
}

/**
 * What a point answers. Quoted diff lines give the file, hunk and the line in the post-image (the file
 * after the patch); quoted prose gives the earlier message and its author.
 */
export interface PointAnchor {
  /** The posting the point is about: the patch (or cover letter) its subthread answers. */
  patchMessageId: string;
  /** That posting's number in its revision; 0 for a cover letter. */
  patchIndex: number;
  /** The message the quoted text comes from (the patch itself for quoted diff lines). */
  messageId: string;
  author: Person | null;
  /** Path in the post-image (the old path for a deleted file). */
  file?: string;
  /** Line in the post-image the quote ends at; for a quoted removed line, where it was removed. */
  line?: number;
  /** Line in the post-image the quoted diff lines start at (the quote covers firstLine..line). */
  firstLine?: number;
  /** The hunk header, e.g. `@@ -10,6 +10,8 @@ static int foo(void)`. */
  hunk?: string;
  /** The last quoted line the point follows, trimmed, for display. */
  quote?: string;
}

export interface ReviewPoint {
  /** `<message-id>#<n>`: stable while the splitter and classifier are. */
  id: string;
  messageId: string;
  by: Person;
  kind: PointKind;
  /** The classifier rule that decided the kind, and why, so a reader can check it. */
  rule: string;
  reason: string;
  /** What the reply says, in its own words (clipped). */
  text: string;
  /** 1-based lines of the message body the point covers. */
  lines: { start: number; end: number };
  anchor: PointAnchor | null;
  status: PointStatus;
  /** The message that resolved or disputed the point. */
  decidedBy: string | null;
  /** A later message that confirmed the resolution, e.g. the reporter's Tested-by on the next revision. */
  confirmedBy?: string;
  /** Ids of the points or statements this one answers. */
  answers: string[];
}
