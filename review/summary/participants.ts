// Who took part and in what role. The author is the series author. Bots are known by address or name
// (kernel test robot, syzbot, patchwork). AI-assisted reviews are known by their markers: `[ ... ]` where
// the tool elided the patch, `^^^^` under the quoted code it questions. A maintainer is known by what the
// thread shows them doing — applying, queueing, moving or dropping the patches — never by name.
import type { Person } from '../../core/review-point.js';
import { groupPeople } from '../../core/same-person.js';
import type { ReviewMessage } from '../../ingest/archive/review-queries.js';
import { TREE } from './point-phrases.js';
import type { Segment } from './segment-reply.js';
import { personOf } from './thread-context.js';

export type Role = 'author' | 'maintainer' | 'reviewer' | 'bot' | 'ai-review';

export interface Participant extends Person {
  role: Role;
  messages: number;
  /** Why the role was given, e.g. the maintainer action seen. */
  evidence?: string;
}

export type MaintainerAction = 'applied' | 'queued' | 'moved' | 'dropped';

export interface MaintainerStep {
  by: Person;
  messageId: string;
  date: number | null;
  action: MaintainerAction;
  text: string;
}

const BOT = /(?:\bbot\b|robot|syzbot|syzkaller|patchwork|noreply|no-reply|lkp@intel\.com|\bci\b|kernelci)/i;
// The AI review tool's trace: the patch elided as `[ ... ]` between the hunks it comments on.
const AI_ELISION = /^\[ \.\.\. \]$/m;
const AI_SAYS = /\bAI[- ](?:assisted|generated) review\b/i;
/** What a maintainer does with the patches, in the first person or as a one-word reply. */
const ACTIONS: Array<[MaintainerAction, RegExp]> = [
  ['dropped', /\b(?:I(?:'ve| have)? (?:dropped|removed|reverted)|(?:dropped|removed) (?:it|this|them|the (?:series|patch(?:es|set)?))\b)|^(?:no probs?|ok(?:ay)?|sure|done)?[,.]?\s*(?:gone|dropped)\b/i],
  ['moved', /\bI (?:pulled|moved|put)\b[^.]*\b(?:out of|back into|to)\b/i],
  ['queued', /\bI(?:'ll| will)? (?:queue|queued|give the \w+ a run)\b|^queued\b/i],
  ['applied', /\b(?:I(?:'ve| have|'ll| will)?\s+(?:\(re-\))?(?:re-?)?(?:applied|added|add|merged|picked up|updated|pushed)|(?:^|[.!]\s+)(?:all\s+|thanks,?\s+)?(?:applied|added|merged|picked up))\b/i],
];

export const isBot = (p: Person) => BOT.test(p.email) || BOT.test(p.name);

export const isAiReview = (body: string) => (body.includes('[ ... ]') && AI_ELISION.test(body)) || (body.includes('AI') && AI_SAYS.test(body));

const aiReviews = new WeakMap<ReviewMessage, boolean>();
function isAiReviewMessage(m: ReviewMessage): boolean {
  let found = aiReviews.get(m);
  if (found === undefined) aiReviews.set(m, (found = isAiReview(m.body)));
  return found;
}

/** A maintainer's steps in their own words, e.g. "I pulled this series out of mm-stable": one per message. */
export function maintainerSteps(segments: Segment[]): MaintainerStep[] {
  const out: MaintainerStep[] = [];
  const seen = new Set<string>();
  for (const s of segments) {
    if (seen.has(s.messageId) || /\?/.test(s.text)) continue;
    // The first step named is what was done: "I updated mm.git to this version. I dropped the … hunk" applies it.
    const found = ACTIONS.map(([action, re]) => ({ action, at: re.exec(s.text)?.index ?? -1 }))
      .filter((a) => a.at >= 0 && (a.action === 'dropped' || TREE.test(s.text)))
      .sort((a, b) => a.at - b.at)[0];
    if (!found) continue;
    seen.add(s.messageId);
    out.push({ by: s.by, messageId: s.messageId, date: s.date, action: found.action, text: s.text });
  }
  return out;
}

function roleOf(p: Person, emails: ReadonlySet<string>, author: Person, replies: ReviewMessage[], steps: MaintainerStep[]): { role: Role; evidence?: string } {
  if (emails.has(author.email)) return { role: 'author' };
  if (isBot(p)) return { role: 'bot' };
  const step = steps.find((s) => emails.has(s.by.email));
  if (step) return { role: 'maintainer', evidence: step.text };
  // Most of what they sent carries the AI review tool's markers (a reply of theirs may lack them).
  if (replies.length > 0 && replies.filter(isAiReviewMessage).length * 2 >= replies.length) return { role: 'ai-review' };
  return { role: 'reviewer' };
}

interface Writer {
  person: Person;
  messages: number;
  replies: ReviewMessage[];
}

/** Everyone who wrote in `messages`, author first, then maintainers, then by how much they wrote. */
export function participantsOf(messages: ReviewMessage[], author: Person, steps: MaintainerStep[]): Participant[] {
  // Per address and name shown first; then one participant per person (core/same-person.ts), shown with
  // the address and the name they used most.
  const byAddressAndName = new Map<string, Writer>();
  for (const m of messages) {
    if (m.ghost) continue;
    const person = personOf(m);
    const key = `${person.email}\n${person.name}`;
    const entry: Writer = byAddressAndName.get(key) ?? { person, messages: 0, replies: [] };
    entry.messages++;
    if (m.kind === 'reply' || m.kind === 'other') entry.replies.push(m);
    byAddressAndName.set(key, entry);
  }
  const writers = [...byAddressAndName.values()];
  const groups = groupPeople(writers.map((w) => w.person));
  const people = new Map<number, Writer[]>();
  writers.forEach((w, i) => people.set(groups[i], [...(people.get(groups[i]) ?? []), w]));
  const out = [...people.values()].map((ws) => {
    const most = (key: (w: Writer) => string) => {
      const counts = new Map<string, number>();
      for (const w of ws) counts.set(key(w), (counts.get(key(w)) ?? 0) + w.messages);
      return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    };
    const person = { name: most((w) => w.person.name), email: most((w) => w.person.email) };
    const emails = new Set(ws.map((w) => w.person.email));
    const replies = ws.flatMap((w) => w.replies);
    return { ...person, ...roleOf(person, emails, author, replies, steps), messages: ws.reduce((n, w) => n + w.messages, 0) };
  });
  const rank = (p: Participant) => (p.role === 'author' ? 0 : p.role === 'maintainer' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || b.messages - a.messages || a.name.localeCompare(b.name));
}
