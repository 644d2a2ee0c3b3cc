// Works out what a parsed message is (cover, patch, reply, pull request) and extracts its patch parts.
import type { AnalysedMessage, MessageKind, ParsedMessage } from '../core/message.js';
import type { PatchBody, SubjectInfo } from '../core/patch.js';
import { parseSubject } from './parse/subject.js';
import { findDiffStart } from './parse/diff.js';
import { parsePatchBody, findInlinePatches } from './parse/patch-body.js';
import { findReplyTrailers } from './parse/trailers.js';
import { extractLinkedMessageIds } from './parse/links.js';
import { findDependsOn } from './parse/depends-on.js';

function classify(msg: ParsedMessage, subject: SubjectInfo, hasDiff: boolean, patch?: PatchBody): MessageKind {
  if (subject.isReply) return 'reply';
  const isPullTag = subject.labels.includes('GIT PULL') || subject.labels.includes('GIT');
  if (patch?.pullUrl && (isPullTag || !hasDiff || /changes since commit/i.test(msg.body))) return 'pull';
  if (subject.index === 0) return 'cover';
  if (hasDiff) return 'patch';
  // b4 treats a threaded, un-Re'd mail without a diff as a reply (it may carry trailers).
  if (msg.inReplyTo || msg.references.length > 0) return 'reply';
  return 'other';
}

/** Unquoted text of a reply: what its author wrote, without `>` lines or the signature. */
function ownText(body: string): string {
  const out: string[] = [];
  for (let start = 0; start < body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (body.startsWith('-- \n', start) || (end === start + 3 && body.startsWith('-- ', start))) break;
    if (body.charCodeAt(start) !== 0x3e /* > */ && end > start) out.push(body.slice(start, end));
    start = end + 1;
  }
  return out.join('\n');
}

const isIdentStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 0x30 && c <= 0x39);

/** Identifiers (3+ characters) on the added and removed lines, once each: searchable without indexing whole diffs. */
function diffIdentifiers(diff: string): string {
  const seen = new Set<string>();
  let i = 0;
  while (i < diff.length) {
    const lineEnd = diff.indexOf('\n', i);
    const end = lineEnd < 0 ? diff.length : lineEnd;
    const marker = diff.charCodeAt(i);
    if ((marker === 0x2b || marker === 0x2d) && diff.charCodeAt(i + 1) !== marker) {
      for (let j = i + 1; j < end; ) {
        if (!isIdentStart(diff.charCodeAt(j))) {
          j++;
          continue;
        }
        let k = j + 1;
        while (k < end && isIdentPart(diff.charCodeAt(k))) k++;
        if (k - j >= 3) seen.add(diff.slice(j, k));
        j = k;
      }
    }
    i = end + 1;
  }
  return [...seen].join(' ');
}

function searchTextOf(msg: ParsedMessage, patch?: PatchBody): string {
  if (!patch) return ownText(msg.body);
  return [patch.commitMessage, patch.notes, diffIdentifiers(patch.diff)].filter(Boolean).join('\n');
}

/** Where the diff sits in the body, so the archive stores it once; undefined when it is not a slice. */
function locateDiff(body: string, diff: string): { offset: number; length: number } | undefined {
  if (diff === '') return { offset: 0, length: 0 };
  const at = body.indexOf(diff.slice(0, 200));
  return at >= 0 && body.startsWith(diff, at) ? { offset: at, length: diff.length } : undefined;
}

export function analyseMessage(msg: ParsedMessage): AnalysedMessage {
  const subject = parseSubject(msg.subject);
  const hasDiff = findDiffStart(msg.body) >= 0;
  const wantsPatchParts = !subject.isReply;
  const patch = wantsPatchParts ? parsePatchBody(msg.body) : undefined;
  const kind = classify(msg, subject, hasDiff, patch);
  const isPosting = kind === 'cover' || kind === 'patch' || kind === 'pull';
  const reply = isPosting ? undefined : findReplyTrailers(msg.body);
  return {
    message: msg,
    subject,
    kind,
    patch: isPosting ? patch : undefined,
    replyTrailers: reply?.trailers ?? [],
    quotedTrailers: reply?.quoted ?? [],
    fixups: kind === 'reply' ? findInlinePatches(msg.body) : [],
    links: extractLinkedMessageIds(msg.body).filter((id) => id !== msg.messageId),
    dependsOn: isPosting ? findDependsOn(msg.body) : [],
    diffLocation: isPosting && patch ? locateDiff(msg.body, patch.diff) : undefined,
    searchText: searchTextOf(msg, isPosting ? patch : undefined),
  };
}
