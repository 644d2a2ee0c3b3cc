// Runs the submission checks over a series and turns their hits into review findings.
import type { ReviewFinding } from '../../core/review-finding.js';
import type { ReviewSeries } from '../posting.js';
import type { CheckHit, SubmissionCheck } from './check.js';
import { CHECKS } from './check-registry.js';

export function findingId(patchIndex: number, entry: string, where: string, line: number | null): string {
  return `${patchIndex}:${entry}:${where}:${line ?? 0}`;
}

export function checkFinding(check: SubmissionCheck, hit: CheckHit): ReviewFinding {
  const p = hit.posting;
  return {
    id: findingId(p.index, check.id, hit.file ?? hit.part, hit.line ?? null),
    entry: check.id,
    source: 'check',
    severity: check.severity,
    confidence: 'high',
    patch: p.messageId,
    patchIndex: p.index,
    subject: p.subject,
    part: hit.part,
    file: hit.file ?? null,
    line: hit.line ?? null,
    side: hit.line !== undefined ? 'new' : null,
    ...(hit.column !== undefined ? { column: hit.column } : {}),
    hunk: hit.hunk ?? null,
    message: hit.message ?? check.explanation,
    title: check.title,
    quote: hit.quote ?? null,
  };
}

/** Every check over the series; `only` narrows to some check ids (tests, --check). */
export function runChecks(series: ReviewSeries, checks: readonly SubmissionCheck[] = CHECKS): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const check of checks) for (const hit of check.run(series)) findings.push(checkFinding(check, hit));
  return uniqueFindings(findings);
}

/**
 * One finding per check and place (a line with two runs of trailing whitespace is one problem); two different
 * trailers a check objects to in one patch keep their own ids (`…:trailers:0`, `…:trailers:0#2`).
 */
function uniqueFindings(findings: ReviewFinding[]): ReviewFinding[] {
  const quotes = new Map<string, Array<string | null>>();
  const out: ReviewFinding[] = [];
  for (const f of findings) {
    const seen = quotes.get(f.id) ?? [];
    if (seen.includes(f.quote)) continue;
    quotes.set(f.id, [...seen, f.quote]);
    out.push(seen.length ? { ...f, id: `${f.id}#${seen.length + 1}` } : f);
  }
  return out;
}
