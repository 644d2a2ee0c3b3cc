// Where a mail without In-Reply-To or References belongs (a pipermail page shows none): among earlier
// messages of the same title, the one its attribution line names and whose words it quotes. Also tells
// when the page is a copy of a message the archive already has (same sender, same time).
import type { PlacementCandidate } from './archive/placement-queries.js';

export interface PagedMail {
  fromEmail: string;
  date: number | null;
  body: string;
}

export type Placement =
  | { kind: 'duplicate'; of: string }
  | { kind: 'reply'; parent: PlacementCandidate; reason: string }
  | { kind: 'unplaced' };

/** Mail copied through an archive keeps its Date header to the second; a minute covers rounding. */
const SAME_MAIL_MS = 60_000;

// "On Mon, Sep 15, 2025 at 11:34:14AM -0300, Jason Gunthorpe wrote:", "* Liam <l@x> [250915 10:11]:",
// "Jason Gunthorpe <jgg@nvidia.com> writes:", "Jason wrote:". The name is what placement compares.
const ATTRIBUTIONS = [/^On .+?, ([^,<]+?)(?: <[^>]*>)? wrote:\s*$/, /^\* ([^<]+?) <[^>]*> \[\d{6} \d\d:\d\d\]:\s*$/, /^([^<>:]+?)(?: <[^>]*>)? (?:wrote|writes):\s*$/];

/** The name the first attribution line gives, if any. */
export function attributedName(body: string): string | undefined {
  for (const line of body.split('\n')) {
    if (line.startsWith('>')) break; // attributions come before the quote they introduce
    for (const pattern of ATTRIBUTIONS) {
      const m = pattern.exec(line.trim());
      if (m) return m[1].trim();
    }
  }
  return undefined;
}

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

/** Lines quoted once (`> text`, not `> > text`) that say something: what the author is answering. */
function quotedLines(body: string): string[] {
  return body
    .split('\n')
    .filter((l) => /^>\s?[^>\s]/.test(l) || /^> {2,}\S/.test(l))
    .map((l) => normalise(l.replace(/^>\s?/, '')))
    .filter((l) => l.length >= 12);
}

/** Share of the page's quoted lines that are the candidate's own (unquoted) lines. */
function quotedShare(quoted: string[], candidate: PlacementCandidate): number {
  if (quoted.length === 0) return 0;
  const own = new Set(candidate.body.split('\n').filter((l) => !l.startsWith('>')).map(normalise));
  return quoted.filter((l) => own.has(l)).length / quoted.length;
}

const sameName = (a: string, b: string) => a.toLowerCase().replace(/["']/g, '').trim() === b.toLowerCase().replace(/["']/g, '').trim();

export function placeMail(mail: PagedMail, candidates: PlacementCandidate[]): Placement {
  const copy = candidates.find((c) => c.fromEmail === mail.fromEmail.toLowerCase() && c.date !== null && mail.date !== null && Math.abs(c.date - mail.date) <= SAME_MAIL_MS);
  if (copy) return { kind: 'duplicate', of: copy.messageId };
  const earlier = candidates.filter((c) => mail.date === null || c.date === null || c.date < mail.date);
  const name = attributedName(mail.body);
  const quoted = quotedLines(mail.body);
  let best: { candidate: PlacementCandidate; score: number; reason: string } | undefined;
  for (const c of earlier) {
    const share = quotedShare(quoted, c);
    const named = name !== undefined && sameName(name, c.fromName);
    // The quoted words decide; the attribution breaks ties between messages quoting the same lines.
    const score = share + (named ? 0.5 : 0);
    if (share === 0 && !named) continue;
    if (!best || score > best.score || (score === best.score && (c.date ?? 0) > (best.candidate.date ?? 0))) {
      const parts = [share > 0 && `quotes ${Math.round(share * 100)}% of its lines`, named && `its attribution names ${c.fromName}`].filter(Boolean);
      best = { candidate: c, score, reason: parts.join(', ') };
    }
  }
  return best ? { kind: 'reply', parent: best.candidate, reason: best.reason } : { kind: 'unplaced' };
}
