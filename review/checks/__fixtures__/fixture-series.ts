// Reads check fixtures (format-patch files and small mboxes in this folder) into a series, the way the
// review reads patch files: each mail parsed by the ingest parser, the 0/N posting as the cover letter.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../../ingest/parse/message.js';
import { openSource } from '../../../ingest/sources/read-source.js';
import { toPosting, type Posting, type ReviewSeries } from '../../posting.js';
import { seriesFromPostings } from '../../series-from-postings.js';
import type { ReviewFinding } from '../../../core/review-finding.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function fixtureSeries(...names: string[]): Promise<ReviewSeries> {
  const postings = [];
  for (const name of names) {
    for await (const m of openSource(join(here, name)).messages()) postings.push(postingFromMail(Buffer.from(m.raw), name));
  }
  return seriesFromPostings(postings);
}

/** One mail (a .patch or .eml file's bytes) as a posting; `source` names it in errors. */
function postingFromMail(raw: Buffer, source: string): Posting {
  const m = parseMessage(raw, { source, offset: 0 });
  return toPosting({
    messageId: m.messageId, subject: m.subject, from: m.from, to: m.recipients.to, cc: m.recipients.cc,
    date: m.date, dateRaw: m.dateRaw, inReplyTo: m.inReplyTo, references: m.references, body: m.body,
  });
}

/** `entry@index:line` (or `entry@index:part`): what a test pins, rather than message text. */
export const where = (f: ReviewFinding) => `${f.entry}@${f.patchIndex}:${f.line ?? f.part}`;
