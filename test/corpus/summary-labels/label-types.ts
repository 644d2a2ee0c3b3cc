// The shape of our point labels: for each reply of a labelled series, the points we judge it makes. A
// point is found by a line of the reply's body (1-based) that it covers; kind and outcome are our call,
// and `note` says in our words what the point is. Messages are referenced by message-id only.
import type { PointKind, PointStatus } from '../../../core/review-point.js';

export interface PointLabel {
  /** A body line inside the point's own text (the line it starts on). */
  line: number;
  kind: PointKind;
  /** Within the revision's thread; a bug report also counts its reporter's Tested-by on a later revision. */
  status: PointStatus;
  /** The message that resolved or disputed it. */
  decidedBy?: string;
  note: string;
}

export interface ReplyLabel {
  id: string;
  points: PointLabel[];
  /** Why a reply makes no point, when it makes none. */
  note?: string;
}
