// The summary of a thread or series as renderers and later stages see it: a value, no I/O.
import type { Person, ReviewPoint } from '../../core/review-point.js';
import type { TrailerRef } from '../../ingest/archive/series-queries.js';
import type { ThreadMessage } from '../../ingest/archive/thread-queries.js';
import type { MaintainerAction, Participant } from './participants.js';

/** A message as the drawn tree shows it, with the points it makes. */
export interface SummaryMessage extends ThreadMessage {
  points: ReviewPoint[];
}

export interface PatchSummary {
  /** 0 for the cover letter. */
  index: number;
  messageId: string;
  subject: string;
  /** Points about this patch, in the order they were made. */
  points: ReviewPoint[];
  /** Trailers given in replies (collected, or reported as a mismatch or a bot's). */
  trailers: TrailerRef[];
}

export interface RevisionSummary {
  /** null for a thread that is no series. */
  version: number | null;
  label: string;
  coverMessageId: string | null;
  date: number | null;
  replies: number;
  participants: Participant[];
  patches: PatchSummary[];
  /** The revision's messages in tree order, depths counted from its own top messages. */
  messages: SummaryMessage[];
}

/** A point settled (or pushed back on) by a message, or a maintainer's step with the patches. */
export interface Decision {
  kind: 'resolved' | 'disputed' | MaintainerAction;
  /** The deciding message. */
  messageId: string;
  date: number | null;
  by: Person;
  /** The point decided; absent for a maintainer's step. */
  pointId?: string;
  text: string;
}

export interface Summary {
  schema: 1;
  series: { id: string; title: string; author: Person } | null;
  title: string;
  /** A few readable lines: what happened, what is settled, what is still open. */
  digest: string[];
  participants: Participant[];
  revisions: RevisionSummary[];
  points: ReviewPoint[];
  /** Points still open or disputed at the end of the scope. */
  open: ReviewPoint[];
  decisions: Decision[];
}
