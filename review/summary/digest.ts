// The few lines at the top of a summary: how big the discussion was, what got settled, what a maintainer
// did with the patches, where the talk concentrated, and what is still open.
import { ASKING_KINDS, type ReviewPoint } from '../../core/review-point.js';
import type { RevisionSummary, Summary } from './summary.js';

const CLIP = 90;

export function revisionLabel(r: Pick<RevisionSummary, 'version' | 'label'>): string {
  if (r.version === null) return 'thread';
  return [r.label, `v${r.version}`].filter(Boolean).join(' ');
}

/** "v2 08/16", "v1 cover", or "thread" for a thread that is no series. */
export function patchLabel(r: RevisionSummary, index: number): string {
  if (r.version === null) return 'thread';
  const total = Math.max(0, ...r.patches.map((p) => p.index));
  const width = String(total).length;
  return `${revisionLabel(r)} ${index === 0 ? 'cover' : `${String(index).padStart(width, '0')}/${total}`}`;
}

export const clip = (text: string, width = CLIP) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** "v2 08/16": where in the series a point was made. */
export function whereIs(summary: Summary, p: ReviewPoint): string {
  for (const r of summary.revisions) {
    const patch = r.patches.find((x) => x.messageId === p.anchor?.patchMessageId);
    if (patch) return patchLabel(r, patch.index);
  }
  return '';
}

function scale(summary: Summary): string {
  const rs = summary.revisions;
  const replies = rs.reduce((n, r) => n + r.replies, 0);
  const span = rs.length > 1 ? `${rs.length} revisions (${revisionLabel(rs[0])}–${revisionLabel(rs[rs.length - 1])})` : rs[0] ? revisionLabel(rs[0]) : 'no revision';
  const author = summary.participants.find((p) => p.role === 'author');
  return `${span}, ${replies} replies from ${summary.participants.length - (author ? 1 : 0)} people${author ? `; author ${author.name}` : ''}.`;
}

function tally(points: ReviewPoint[]): string {
  const asks = points.filter((p) => ASKING_KINDS.has(p.kind) && p.status !== 'noted');
  const n = (status: string) => asks.filter((p) => p.status === status).length;
  const trailers = new Set(points.filter((p) => p.kind === 'trailer').map((p) => p.messageId)).size;
  return `${asks.length} points raised: ${n('resolved')} resolved, ${n('disputed')} disputed, ${n('open')} open; trailers given in ${trailers} ${trailers === 1 ? 'reply' : 'replies'}.`;
}

function maintainerLine(summary: Summary): string | null {
  const steps = summary.decisions.filter((d) => d.kind !== 'resolved' && d.kind !== 'disputed');
  if (steps.length === 0) return null;
  const revisionOf = (id: string) => summary.revisions.find((r) => r.messages.some((m) => m.messageId === id));
  const parts = steps.map((s) => `${s.by.name} ${s.kind} ${revisionOf(s.messageId) ? revisionLabel(revisionOf(s.messageId)!) : ''}`.trim());
  return `Maintainer: ${parts.join('; ')}.`;
}

function busiest(summary: Summary): string | null {
  const patches = summary.revisions.flatMap((r) => r.patches.map((p) => ({ label: patchLabel(r, p.index), points: p.points.filter((x) => x.kind !== 'trailer') })));
  const top = patches.filter((p) => p.points.length > 0).sort((a, b) => b.points.length - a.points.length).slice(0, 3);
  if (top.length === 0) return null;
  const who = (pts: ReviewPoint[]) => [...new Set(pts.map((p) => p.by.name))].slice(0, 3).join(', ');
  return `Most discussed: ${top.map((p) => `${p.label} (${p.points.length} points; ${who(p.points)})`).join('; ')}.`;
}

export function buildDigest(summary: Summary): string[] {
  const lines = [scale(summary), tally(summary.points)];
  const maintainer = maintainerLine(summary);
  if (maintainer) lines.push(maintainer);
  const busy = busiest(summary);
  if (busy) lines.push(busy);
  const open = summary.open.filter((p) => p.kind !== 'question' || p.status === 'disputed').slice(-3);
  for (const p of open) lines.push(`Still ${p.status}: ${whereIs(summary, p)} ${p.by.name} (${p.kind}): "${clip(p.text)}"`);
  return lines;
}
