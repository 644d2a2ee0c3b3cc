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

const key = (name: string, value: string) => `${name.toLowerCase()}\u0000${value.toLowerCase().replace(/\s+/g, ' ')}`;

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
  const seen = new Map<string, Set<string>>();
  const seenFor = (patch: string) => seen.get(patch) ?? seen.set(patch, new Set()).get(patch)!;
  for (const [patchId, trailers] of ownTrailers) {
    for (const t of trailers) {
      seenFor(patchId).add(key(t.name, t.value));
      out.push({ patchId, name: t.name, value: t.value, givenIn: patchId, status: 'own' });
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
        const k = key(t.name, t.value);
        if (seenFor(patchId).has(k)) continue; // restated or given twice: nothing new
        seenFor(patchId).add(k);
        out.push({ patchId, name: t.name, value: t.value, givenIn: reply.messageId, status });
      }
    }
  }
  return out;
}
