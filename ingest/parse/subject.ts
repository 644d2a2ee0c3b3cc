// Subject prefixes of patch mail: `Re:` markers and bracketed tags such as `[PATCH RFC v2 08/16]`.
// b4 splits bracket contents on whitespace only; patchwork also splits on commas (`[net,v2,1/2]`)
// and understands Mercurial's `[PATCH 1 of 2]`, so we do both.

import type { SubjectInfo } from '../../core/patch.js';

// Reply and forward markers in the languages that show up on kernel lists (Aw: German, Sv: Nordic,
// Antw: Dutch). `Re[2]:` is what some clients write for a second reply.
const REPLY_MARKER = /(?:re|aw|fwd|fw|sv|antw)(?:\[\d+\])?\s*:\s*/iy;
// Spaces and an optional colon after a bracket group: `[Patch 2/2]: title`.
const SEPARATOR = /\s*:?\s*/y;

// Labels we keep in `labels` (upper-cased); `PATCH` itself only sets isPatchTagged.
const LABELS = new Set(['RFC', 'RFT', 'RESEND', 'REPOST', 'PULL', 'GIT', 'WIP']);

const VERSION = /^v(\d+(?:\.\d+)?)$/i;
// `PATCHv2`, `PATCH-v2`, `RFCv3`: the label glued to the version.
const GLUED_VERSION = /^(patch|rfc)[-_]?v(\d+(?:\.\d+)?)$/i;
const COUNTER = /^(\d+)\/(\d+)$/;
const DIGITS = /^\d+$/;

/** What the bracket groups say: everything of SubjectInfo but the title and the reply marker. */
type PrefixState = Omit<SubjectInfo, 'title' | 'isReply'>;

export function parseSubject(subject: string): SubjectInfo {
  const state: PrefixState = {
    isPatchTagged: false, version: null, labels: [], tags: [], index: null, total: null,
  };
  const text = subject.replace(/\s+/g, ' ').trim();
  let at = 0;
  let isReply = false;
  for (;;) {
    REPLY_MARKER.lastIndex = at;
    const reply = REPLY_MARKER.exec(text);
    if (reply) {
      isReply = true;
      at += reply[0].length;
      continue;
    }
    if (text.charCodeAt(at) !== 0x5b /* [ */) break;
    const close = text.indexOf(']', at);
    if (close < 0) break;
    readBracketGroup(text.slice(at + 1, close), state);
    SEPARATOR.lastIndex = close + 1;
    at = close + 1 + (SEPARATOR.exec(text)?.[0].length ?? 0);
  }
  return { title: text.slice(at).trim(), isReply, ...state };
}

function readBracketGroup(group: string, state: PrefixState): void {
  const tokens = group.split(/[\s,]+/).filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const upper = token.toUpperCase();
    if (upper === 'PATCH' || upper === 'PATCHES') {
      state.isPatchTagged = true;
    } else if (upper === 'GIT' && tokens[i + 1]?.toUpperCase() === 'PULL') {
      addLabel(state, 'GIT PULL');
      i += tokens[i + 2]?.toUpperCase() === 'REQUEST' ? 2 : 1;
    } else if (LABELS.has(upper)) {
      addLabel(state, upper);
    } else {
      i = readCounterOrVersion(tokens, i, state);
    }
  }
}

/** Reads n/N, `n of N`, vN or a glued `PATCHvN` at tokens[i]; anything else is a tag. */
function readCounterOrVersion(tokens: string[], i: number, state: PrefixState): number {
  const token = tokens[i];
  const counter = COUNTER.exec(token);
  if (counter) {
    setCounter(state, Number(counter[1]), Number(counter[2]));
    return i;
  }
  if (DIGITS.test(token) && tokens[i + 1]?.toLowerCase() === 'of' && DIGITS.test(tokens[i + 2] ?? '')) {
    setCounter(state, Number(token), Number(tokens[i + 2]));
    return i + 2;
  }
  const version = VERSION.exec(token);
  if (version) {
    state.version = Number(version[1]);
    return i;
  }
  const glued = GLUED_VERSION.exec(token);
  if (glued) {
    if (glued[1].toUpperCase() === 'RFC') addLabel(state, 'RFC');
    state.isPatchTagged = true;
    state.version = Number(glued[2]);
    return i;
  }
  state.tags.push(token);
  return i;
}

function setCounter(state: PrefixState, index: number, total: number): void {
  state.index = index;
  state.total = total;
  state.isPatchTagged = true;
}

function addLabel(state: PrefixState, label: string): void {
  state.isPatchTagged = true;
  if (!state.labels.includes(label)) state.labels.push(label);
}

/**
 * A title reduced for comparing subjects across revisions: lower case, single spaces, no trailing
 * punctuation (`mm: fix foo.` and `mm: Fix  foo` are the same patch).
 */
export function normaliseTitle(title: string): string {
  const text = title.toLowerCase().replace(/\s+/g, ' ');
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1])) end--;
  return text.slice(0, end).trim();
}

const TRAILING_PUNCTUATION = new Set([' ', '.', ',', ';', ':', '!', '?']);
