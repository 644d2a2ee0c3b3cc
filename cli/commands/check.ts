// mlreview check PATCH...: the review's checks on a submitter's own git format-patch output before it is
// sent; exit 1 when a finding at or above --fail-on (default error) is present, so it can sit in a
// sendemail-validate hook or CI. Every revision in the files is checked, not only the latest.
import type { Severity } from '../../core/finding.js';
import { SEVERITIES } from '../../core/finding.js';
import { colors } from '../../review/render/colors.js';
import { reviewJson } from '../../review/render/review-json.js';
import { reviewMarkdown } from '../../review/render/review-md.js';
import { drawReview } from '../../review/render/review-text.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { loadReviews, namesFiles, type ReviewInputArgs } from './review-input.js';

export const CHECK_FORMATS = ['text', 'md', 'json'] as const;

export interface CheckArgs extends ReviewInputArgs {
  output?: string;
  color: boolean;
  failOn?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function failOnSeverity(value: string | undefined): Severity {
  const v = (value ?? 'error') as Severity;
  if (!SEVERITIES.includes(v)) throw new UsageError(`--fail-on "${value}": expected ${SEVERITIES.join(', ')}`);
  return v;
}

export async function runCheck(paths: string[], args: CheckArgs): Promise<CommandResult> {
  const format = outputFormat(args.output, CHECK_FORMATS);
  const threshold = failOnSeverity(args.failOn);
  if (!namesFiles(paths)) throw new UsageError(`${paths[0]}: no such file; check reads patch files, a format-patch folder or an mbox (- for stdin)`);
  const { reviews, notes } = await loadReviews(paths, { ...args, every: true });
  const findings = reviews.flatMap((r) => r.findings);
  const failing = findings.filter((f) => RANK[f.severity] <= RANK[threshold]);
  const exitCode = failing.length > 0 ? 1 : 0;
  const stderr = notes.map((n) => `mlreview: skipped ${n}\n`).join('');
  if (format === 'json') return { exitCode, stdout: json(reviewJson(reviews)), stderr };
  if (format === 'md') return { exitCode, stdout: reviewMarkdown(reviews), stderr };
  const c = colors(args.color);
  const verdict = failing.length ? `${failing.length} finding${failing.length > 1 ? 's' : ''} at or above ${threshold}` : `nothing at or above ${threshold}`;
  return { exitCode, stdout: `${reviews.map((r) => drawReview(r, c)).join('\n')}\n${verdict}\n`, stderr };
}
