// Scores summary points against our labels. A label is matched by an unmatched predicted point of the same
// reply whose lines cover the label's line; then kind, outcome and deciding message are compared.
// Precision counts every point predicted in the series' replies; recall every labelled point.
import { ASKING_KINDS, type PointKind, type ReviewPoint } from '../../core/review-point.js';
import type { PointLabel, ReplyLabel } from './summary-labels/label-types.js';

export interface Metrics {
  replies: number;
  labelled: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Matched points whose kind is the labelled kind. */
  kindAccuracy: number;
  /** Matched asking points (labelled resolved, disputed or open) whose status is the labelled one. */
  statusAccuracy: number;
  /** Of those with the right status and a labelled deciding message, how many name that message. */
  decidedByAccuracy: number;
  /** labelled kind → predicted kind → count, over matched points. */
  confusion: Record<string, Record<string, number>>;
}

export interface Evaluation {
  metrics: Metrics;
  missed: Array<{ id: string; label: PointLabel }>;
  extra: ReviewPoint[];
  wrongKind: Array<{ label: PointLabel; point: ReviewPoint }>;
  wrongStatus: Array<{ label: PointLabel; point: ReviewPoint }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

function matchReply(labels: PointLabel[], points: ReviewPoint[]) {
  const used = new Set<ReviewPoint>();
  const pairs: Array<{ label: PointLabel; point: ReviewPoint }> = [];
  const missed: PointLabel[] = [];
  for (const label of [...labels].sort((a, b) => a.line - b.line)) {
    const point = points.find((p) => !used.has(p) && p.lines.start <= label.line && label.line <= p.lines.end);
    if (point) {
      used.add(point);
      pairs.push({ label, point });
    } else missed.push(label);
  }
  return { pairs, missed, extra: points.filter((p) => !used.has(p)) };
}

export function evaluate(points: ReviewPoint[], labels: ReplyLabel[], replyIds: ReadonlySet<string>): Evaluation {
  const byMessage = new Map<string, ReviewPoint[]>();
  for (const p of points) if (replyIds.has(p.messageId)) byMessage.set(p.messageId, [...(byMessage.get(p.messageId) ?? []), p]);
  const labelled = new Map(labels.map((l) => [l.id, l.points]));
  const out: Evaluation = { metrics: {} as Metrics, missed: [], extra: [], wrongKind: [], wrongStatus: [] };
  const pairs: Array<{ label: PointLabel; point: ReviewPoint }> = [];
  for (const id of replyIds) {
    const r = matchReply(labelled.get(id) ?? [], byMessage.get(id) ?? []);
    pairs.push(...r.pairs);
    out.missed.push(...r.missed.map((label) => ({ id, label })));
    out.extra.push(...r.extra);
  }
  const confusion: Metrics['confusion'] = {};
  for (const { label, point } of pairs) {
    (confusion[label.kind] ??= {})[point.kind] = (confusion[label.kind][point.kind] ?? 0) + 1;
    if (label.kind !== point.kind) out.wrongKind.push({ label, point });
  }
  const asks = pairs.filter(({ label }) => ASKING_KINDS.has(label.kind as PointKind) && label.status !== 'noted');
  const rightStatus = asks.filter(({ label, point }) => label.status === point.status);
  out.wrongStatus = asks.filter((x) => !rightStatus.includes(x));
  const decided = rightStatus.filter(({ label }) => label.decidedBy);
  const labelCount = labels.reduce((n, l) => n + l.points.length, 0);
  const predicted = [...byMessage.values()].reduce((n, l) => n + l.length, 0);
  out.metrics = {
    replies: replyIds.size,
    labelled: labelCount,
    predicted,
    matched: pairs.length,
    precision: ratio(pairs.length, predicted),
    recall: ratio(pairs.length, labelCount),
    kindAccuracy: ratio(pairs.length - out.wrongKind.length, pairs.length),
    statusAccuracy: ratio(rightStatus.length, asks.length),
    decidedByAccuracy: ratio(decided.filter(({ label, point }) => label.decidedBy === point.decidedBy).length, decided.length),
    confusion,
  };
  return out;
}
