// Review notes as replies, kernel style: one mail per patch with findings, answering that patch (its
// subject, In-Reply-To and References, reply to all), quoting only the lines each comment is about with
// `> `, the comment below the quote, what lies between trimmed to `[...]`, nothing on top. The replies
// come as one mbox (mboxrd From_ lines) that git send-email or mutt can send as it is. Points a
// reviewer already made in the thread are left out: the reply should not repeat them.
import { createHash } from 'node:crypto';
import type { Address } from '../../core/message.js';
import type { ReviewFinding } from '../../core/review-finding.js';
import type { Posting } from '../posting.js';
import type { Review } from '../review-series.js';
import { addressHeader, encodeWord, formatAddress, mailDate, replyRecipients } from './mail-headers.js';
import { byPosting } from './review-view.js';
import { quoteFor } from './reply-quotes.js';

export interface EmailOptions {
  reviewer: Address;
  /** The Date of the replies, epoch ms (an argument: rendering stays pure). */
  now: number;
}

/** Words wrapped at 72 columns, as mail to the lists is written. */
export function wrap(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) lines.push(line), (line = '');
    line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The finding's explanation, then what the reviewer asks: a fix when the rule is sure, a question when it
 * may be wrong (medium or low confidence) — as a reviewer would put it, and as the summary reads it back.
 */
const comment = (f: ReviewFinding): string[] =>
  wrap(`${f.message} ${f.confidence === 'high' ? 'Please fix.' : 'Is that intended here?'}`);

/** The reply's body: the attribution, then each quote with its comments below, trimmed between. */
function replyBody(p: Posting, findings: ReviewFinding[]): string[] {
  const out = [`On ${p.dateRaw || 'an earlier date'}, ${p.from.name || p.from.email} wrote:`];
  const groups = new Map<string, { order: number; quote: string[]; findings: ReviewFinding[] }>();
  for (const f of findings) {
    const q = quoteFor(p, f);
    const key = q.lines.join('\n');
    const g = groups.get(key) ?? { order: q.order, quote: q.lines, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
    out.push('> [...]', ...g.quote.map((l) => (l ? `> ${l}` : '>')), '');
    for (const f of g.findings) out.push(...comment(f), '');
  }
  out.push('> [...]');
  return out;
}

/** A stable Message-ID for the reply: the same review of the same patch by the same person gets the same id. */
function replyId(p: Posting, reviewer: Address, now: number): string {
  const hash = createHash('sha1').update(`${p.messageId}\0${reviewer.email}\0${now}`).digest('hex').slice(0, 16);
  const domain = reviewer.email.split('@')[1] || 'mlreview.invalid';
  return `mlreview.${hash}@${domain}`;
}

function replyHeaders(p: Posting, opts: EmailOptions): string[] {
  const { to, cc } = replyRecipients(p.from, p.to, p.cc, opts.reviewer);
  const subject = /^re:/i.test(p.subject) ? p.subject : `Re: ${p.subject}`;
  const refs = [...p.references.filter((r) => r !== p.messageId), p.messageId].map((r) => `<${r}>`);
  return [
    `From: ${formatAddress(opts.reviewer)}`,
    ...addressHeader('To', to),
    ...addressHeader('Cc', cc),
    `Subject: ${encodeWord(subject)}`,
    `Date: ${mailDate(opts.now)}`,
    `Message-ID: <${replyId(p, opts.reviewer, opts.now)}>`,
    `In-Reply-To: <${p.messageId}>`,
    `References: ${refs.join('\n ')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
}

/** mboxrd: a body line that starts with `From ` (after any `>`) gets one more `>`. */
const escapeFromLines = (lines: string[]) => lines.map((l) => (/^>*From /.test(l) ? `>${l}` : l));

export function reviewEmails(reviews: readonly Review[], opts: EmailOptions): string {
  const mails: string[] = [];
  for (const r of reviews) {
    for (const g of byPosting(r)) {
      const fresh = g.findings.filter((f) => !f.raisedBy);
      if (fresh.length === 0) continue;
      const lines = ['From mboxrd@z Thu Jan  1 00:00:00 1970', ...replyHeaders(g.posting, opts), '', ...escapeFromLines(replyBody(g.posting, fresh))];
      mails.push(`${lines.join('\n')}\n`);
    }
  }
  return mails.join('\n');
}
