// Collects trailers given in replies onto the patches they answer, the way a maintainer applying the
// series would: cover-letter trailers go to every patch, quoted ones never count, and a person trailer
// that does not match its sender is reported, not silently taken.
import type { Trailer } from '../core/patch.js';

export interface ReplyFacts {
  messageId: string;
  fromName: string;
  fromEmail: string;
  date: number | null;
  /** Unquoted trailer lines the reply gives. */
  trailers: Trailer[];
  /** The posting (cover or patch) the reply answers: its nearest posting ancestor. */
  answers: string;
}

export interface RevisionTargets {
  coverId?: string;
  /** Patches posted in this revision (not carried ones), in index order. */
  patchIds: string[];
  /** For a partial reroll: the cover of the revision it rerolls, whose trailers apply here too. */
  inheritedCoverId?: string;
}

export interface PatchTrailer {
  patchId: string;
  name: string;
  value: string;
  givenIn: string;
  status: 'own' | 'collected' | 'mismatch' | 'bot';
}

/** Senders whose trailers are suggestions in a report, not trailers given (kernel test robot, syzbot …). */
const BOT_SENDER = /(^|[.@+-])(lkp@intel\.com|syzbot|bot@|noreply|no-reply|patchwork|ci@)/i;

const normName = (s: string) => s.toLowerCase().replace(/["'()[\]]/g, '').replace(/\s+/g, ' ').trim();

function matchesSender(t: Trailer, reply: ReplyFacts): boolean {
  if (t.kind !== 'person' || !t.person) return true;
  if (t.person.email && t.person.email.toLowerCase() === reply.fromEmail.toLowerCase()) return true;
  return t.person.name !== '' && normName(t.person.name) === normName(reply.fromName);
}

/** One trailer per name and value, ignoring case and spacing: a restatement adds nothing. */
const key = (t: Trailer) => `${t.name.toLowerCase()}\u0000${t.value.toLowerCase().replace(/\s+/g, ' ')}`;

export function collectTrailers(
  ownTrailers: Map<string, Trailer[]>,
  replies: ReplyFacts[],
  revisions: RevisionTargets[],
): PatchTrailer[] {
  const patchTargets = new Map<string, string[]>();
  for (const rev of revisions) {
    for (const p of rev.patchIds) patchTargets.set(p, [p]);
    if (rev.coverId) patchTargets.set(rev.coverId, [...(patchTargets.get(rev.coverId) ?? []), ...rev.patchIds]);
    if (rev.inheritedCoverId) {
      const fresh = rev.patchIds.filter((p) => !(patchTargets.get(rev.inheritedCoverId!) ?? []).includes(p));
      patchTargets.set(rev.inheritedCoverId, [...(patchTargets.get(rev.inheritedCoverId) ?? []), ...fresh]);
    }
  }
  const out: PatchTrailer[] = [];
  const seen = new Map<string, Map<string, PatchTrailer>>();
  const seenFor = (patch: string) => seen.get(patch) ?? seen.set(patch, new Map()).get(patch)!;
  for (const [patchId, trailers] of ownTrailers) {
    for (const t of trailers) {
      const entry: PatchTrailer = { patchId, name: t.name, value: t.value, givenIn: patchId, status: 'own' };
      seenFor(patchId).set(key(t), entry);
      out.push(entry);
    }
  }
  const ordered = [...replies].sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
  for (const reply of ordered) {
    const targets = patchTargets.get(reply.answers) ?? [];
    const bot = BOT_SENDER.test(reply.fromEmail);
    for (const t of reply.trailers) {
      // A Signed-off-by is added by whoever handles the patch; a reviewer never gives one in a reply.
      if (t.name === 'Signed-off-by') continue;
      const status = bot ? 'bot' : matchesSender(t, reply) ? 'collected' : 'mismatch';
      for (const patchId of targets) {
        const earlier = seenFor(patchId).get(key(t));
        if (earlier) {
          // The same person re-sending a trailer with its case fixed ("Oscar salvador"): keep the new one.
          if (earlier.status === 'collected' && status === 'collected' && earlier.value !== t.value) {
            Object.assign(earlier, { value: t.value, givenIn: reply.messageId });
          }
          continue; // restated or given twice: nothing new
        }
        const entry: PatchTrailer = { patchId, name: t.name, value: t.value, givenIn: reply.messageId, status };
        seenFor(patchId).set(key(t), entry);
        out.push(entry);
      }
    }
  }
  return out;
}
