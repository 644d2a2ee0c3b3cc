// mlreview review TARGET: review notes for a series — the knowledge base and the submission checks, each
// finding anchored to patch, file, post-image line and hunk, marked when the thread already raised it —
// as text, Markdown, JSON, a standalone HTML page, or replies to send.
//
// Exit code: 0 whatever was found, 2 for usage and input errors. A review is a report for a person, as
// b4's check output and checkpatch run by a reviewer are read, not gated on; `mlreview check` is the
// gate (exit 1 at or above --fail-on) for a submitter's hook or CI.
import type { Address } from '../../core/message.js';
import { parseAddress } from '../../ingest/parse/address.js';
import { colors } from '../../review/render/colors.js';
import { reviewJson } from '../../review/render/review-json.js';
import { reviewMarkdown } from '../../review/render/review-md.js';
import { drawReview } from '../../review/render/review-text.js';
import { json, UsageError, type CommandResult } from '../command-result.js';
import { loadReviews, type ReviewInputArgs } from './review-input.js';
import { REVIEW_FORMATS, type ReviewFormat } from '../output-formats.js';


export interface ReviewArgs extends ReviewInputArgs {
  output?: string;
  color: boolean;
  /** `--from "Name <addr>"`, for -o email. */
  from?: string;
  /** The reviewer from git config (user.name, user.email), asked only when -o email needs it. */
  gitIdentity: () => Address | undefined;
  now: number;
}

export function reviewer(from: string | undefined, gitIdentity: () => Address | undefined): Address {
  if (from !== undefined) {
    const a = parseAddress(from);
    if (!a.email.includes('@')) throw new UsageError(`--from "${from}": expected "Name <address>"`);
    return a;
  }
  const git = gitIdentity();
  if (!git) throw new UsageError('-o email needs the reviewer\'s name and address: pass --from "Name <address>", or set git config user.name and user.email');
  return git;
}

export async function runReview(targets: string[], args: ReviewArgs): Promise<CommandResult> {
  const format = (args.output ?? 'text') as ReviewFormat;
  if (!REVIEW_FORMATS.includes(format)) throw new UsageError(`unknown output format "${format}" (expected ${REVIEW_FORMATS.join(', ')})`);
  const identity = format === 'email' ? reviewer(args.from, args.gitIdentity) : undefined;
  const { reviews, notes } = await loadReviews(targets, args);
  const stderr = notes.map((n) => `mlreview: skipped ${n}\n`).join('');
  return { exitCode: 0, stdout: await render(format, reviews, { ...args, identity }), stderr };
}

async function render(format: ReviewFormat, reviews: Parameters<typeof reviewJson>[0], args: ReviewArgs & { identity?: Address }): Promise<string> {
  if (format === 'json') return json(reviewJson(reviews));
  if (format === 'md') return reviewMarkdown(reviews);
  if (format === 'html') return (await import('../../review/render/review-html.js')).reviewHtml(reviews);
  if (format === 'email') return (await import('../../review/render/review-email.js')).reviewEmails(reviews, { reviewer: args.identity!, now: args.now });
  const c = colors(args.color);
  return reviews.map((r) => drawReview(r, c)).join('\n');
}
