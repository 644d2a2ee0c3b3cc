// Where a revision stands, in numbers the series pages show: trailers gathered, findings, open points.
import type { ReviewFinding } from '../../core/review-finding.js';
import type { ArchiveView } from '../archive-view.js';

export interface RevisionStatus {
  trailers: number;
  findings: ReviewFinding[];
  worst: 'error' | 'warning' | 'info';
  open: number;
}

export async function revisionStatus(view: ArchiveView, seriesId: string, slug: string | undefined): Promise<RevisionStatus> {
  const model = slug === undefined ? undefined : view.revision(seriesId, slug);
  if (!model) return { trailers: 0, findings: [], worst: 'info', open: 0 };
  const patches = model.revision.patches;
  const trailers = patches.reduce((n, p) => n + p.trailers.filter((t) => t.status === 'collected').length, 0);
  const findings = await view.reviewFindings(seriesId, model.slug);
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const open = patches.flatMap((p) => p.points).filter((p) => p.status === 'open' || p.status === 'disputed').length;
  return { trailers, findings, worst, open };
}
