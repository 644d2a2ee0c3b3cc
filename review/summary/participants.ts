// Who took part and in what role. The author is the series author. Bots are known by address or name
// (kernel test robot, syzbot, patchwork). AI-assisted reviews are known by their markers: `[ ... ]` where
// the tool elided the patch, `^^^^` under the quoted code it questions. A maintainer is known by what the
// thread shows them doing — applying, queueing, moving or dropping the patches — never by name.
import type { Person } from '../../core/review-point.js';
import type { ReviewMessage } from '../../ingest/archive/review-queries.js';
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
const AI_MARKERS = [/^\[ \.\.\. \]$/m, /^\s+\^{3,}\s*$/m];
const TREE = /\b(?:mm-(?:new|unstable|stable|hotfixes[-\w]*|nonmm[-\w]*|everything)|mm\.git|linux-next|[\w-]+\.git|for-next|[\w-]+-next|tip|(?:my|the) tree|branch)\b/i;
const ACTIONS: Array<[MaintainerAction, RegExp]> = [
  ['dropped', /\b(?:dropped|removed|pulled (?:this|it|the \w+) out|reverted)\b/i],
  ['moved', /\b(?:moved|put (?:it|this|them) back|back into)\b/i],
  ['applied', /\b(?:applied|(?:re-?)?added|merged|picked up|taken)\b/i],
  ['queued', /\b(?:queued|give the \w+ a run|will take)\b/i],
];

export const isBot = (p: Person) => BOT.test(p.email) || BOT.test(p.name);

export const isAiReview = (body: string) => AI_MARKERS.every((re) => re.test(body)) || /\bAI[- ](?:assisted|generated) review\b/i.test(body);

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
    if (seen.has(s.messageId) || !TREE.test(s.text) || /\?/.test(s.text)) continue;
    // The first action word is what was done ("pulled it out of mm-stable, put it back into mm-unstable" is a move).
    const found = ACTIONS.map(([action, re]) => ({ action, at: s.text.search(re) })).filter((a) => a.at >= 0).sort((a, b) => a.at - b.at)[0];
    if (!found) continue;
    seen.add(s.messageId);
    out.push({ by: s.by, messageId: s.messageId, date: s.date, action: found.action, text: s.text });
  }
  return out;
}

function roleOf(p: Person, author: Person, replies: ReviewMessage[], steps: MaintainerStep[]): { role: Role; evidence?: string } {
  if (p.email === author.email) return { role: 'author' };
  if (isBot(p)) return { role: 'bot' };
  const step = steps.find((s) => s.by.email === p.email);
  if (step) return { role: 'maintainer', evidence: step.text };
  if (replies.length > 0 && replies.every(isAiReviewMessage)) return { role: 'ai-review' };
  return { role: 'reviewer' };
}

/** Everyone who wrote in `messages`, author first, then maintainers, then by how much they wrote. */
export function participantsOf(messages: ReviewMessage[], author: Person, steps: MaintainerStep[]): Participant[] {
  const byEmail = new Map<string, { person: Person; messages: number; replies: ReviewMessage[] }>();
  for (const m of messages) {
    if (m.ghost) continue;
    const person = personOf(m);
    const entry = byEmail.get(person.email) ?? { person, messages: 0, replies: [] };
    entry.messages++;
    if (m.kind === 'reply' || m.kind === 'other') entry.replies.push(m);
    byEmail.set(person.email, entry);
  }
  const out = [...byEmail.values()].map((e) => ({ ...e.person, ...roleOf(e.person, author, e.replies, steps), messages: e.messages }));
  const rank = (p: Participant) => (p.role === 'author' ? 0 : p.role === 'maintainer' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || b.messages - a.messages || a.name.localeCompare(b.name));
}
