// A patch mail body split the way `git mailinfo`/`git am` and b4 split it: scissors, in-body
// headers, commit message and trailers, the `---` "basement" (notes and diffstat), the diff, and
// the lines format-patch and b4 put after it (base-commit, prerequisite-patch-id, change-id).

import type { PatchBody } from '../../core/patch.js';
import { findDiffStartLine, scanDiff } from './diff.js';
import { readDiffstat } from './diffstat.js';
import { findPullUrl } from './pull-url.js';
import { isScissorsLine } from './scissors.js';
import { parseTrailerBlock } from './trailers.js';

/** PatchBody plus the `prerequisite-patch-id:` lines of `git format-patch --base`. */
export interface ParsedPatchBody extends PatchBody {
  prerequisitePatchIds: string[];
}

const FORMAT_PATCH_FROM = /^From [0-9a-f]{40} /;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]?(.*)$/;
const META_LINE = /^(base-commit|change-id|prerequisite-patch-id): *(\S+)\s*$/;

interface Meta {
  baseCommit?: string;
  changeId?: string;
  prerequisitePatchIds: string[];
}

export function parsePatchBody(body: string): ParsedPatchBody {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const diffAt = findDiffStartLine(lines);
  const limit = diffAt < 0 ? lines.length : diffAt;
  let top = 0;
  // git mailinfo --scissors: everything above the (last) scissors line is discussion.
  for (let i = 0; i < limit; i++) if (isScissorsLine(lines[i])) top = i + 1;
  const inBody = readInBodyHeaders(lines, top, limit);
  top = inBody.next;
  const { files, end } = diffAt < 0 ? { files: [], end: lines.length } : scanDiff(lines, diffAt);
  const meta: Meta = { prerequisitePatchIds: [] };
  const before = takeMeta(lines.slice(top, limit), meta);
  takeMeta(lines.slice(end), meta);
  const split = splitBasement(before, diffAt < 0);
  const { message, trailers } = parseTrailerBlock(split.message.join('\n'));
  const result: ParsedPatchBody = {
    commitMessage: message, trailers, notes: trimBlankLines(split.notes).join('\n'),
    diffstat: split.diffstat.join('\n'),
    diff: diffAt < 0 ? '' : lines.slice(diffAt, end).join('\n') + '\n',
    files, prerequisitePatchIds: meta.prerequisitePatchIds,
  };
  if (inBody.from !== undefined) result.inBodyFrom = inBody.from;
  if (inBody.subject !== undefined) result.inBodySubject = inBody.subject;
  if (meta.baseCommit) result.baseCommit = meta.baseCommit;
  if (meta.changeId) result.changeId = meta.changeId;
  const pullUrl = findPullUrl(lines, top, limit);
  if (pullUrl) result.pullUrl = pullUrl;
  return result;
}

/**
 * In-body `From:`/`Subject:`/`Date:` lines at the top of the body, ended by a blank line (git
 * mailinfo). After a pasted `From <sha> Mon Sep 17 00:00:00 2001` line any header may follow.
 */
function readInBodyHeaders(lines: string[], top: number, limit: number) {
  const none = { next: top, from: undefined as string | undefined, subject: undefined as string | undefined };
  let i = top;
  while (i < limit && lines[i].trim() === '') i++;
  const pasted = i < limit && FORMAT_PATCH_FROM.test(lines[i]);
  if (pasted) i++;
  const found = new Map<string, string>();
  let lastName = '';
  for (; i < limit && lines[i].trim() !== ''; i++) {
    const line = lines[i];
    if ((line[0] === ' ' || line[0] === '\t') && lastName) {
      found.set(lastName, `${found.get(lastName)} ${line.trim()}`);
      continue;
    }
    const m = HEADER_LINE.exec(line);
    const name = m ? m[1].toLowerCase() : '';
    if (!m || (!pasted && name !== 'from' && name !== 'subject' && name !== 'date')) return none;
    lastName = name;
    found.set(name, m[2].trim());
  }
  if (found.size === 0 || (i < limit && lines[i].trim() !== '')) return none;
  return { next: i, from: found.get('from'), subject: found.get('subject') };
}

/** Removes base-commit/change-id/prerequisite-patch-id lines, recording their values. */
function takeMeta(region: string[], meta: Meta): string[] {
  const kept: string[] = [];
  for (const line of region) {
    const c = line[0];
    const m = c === 'b' || c === 'c' || c === 'p' ? META_LINE.exec(line) : null;
    if (!m) {
      kept.push(line);
    } else if (m[1] === 'base-commit') {
      meta.baseCommit ??= m[2];
    } else if (m[1] === 'change-id') {
      meta.changeId ??= m[2];
    } else {
      meta.prerequisitePatchIds.push(m[2]);
    }
  }
  return kept;
}

/**
 * Splits the text above the diff at the first `---` line: the commit message above, notes and
 * diffstat below. Without `---`, a diffstat right above the diff (as in pull requests) is still
 * taken out of the message.
 */
function splitBasement(region: string[], noDiff: boolean) {
  const sep = region.findIndex((line) => line.trimEnd() === '---');
  const stop = noDiff ? lastSignature(region) : region.length;
  const messageEnd = cutAtSignatureOrFooter(region, 0, sep < 0 ? stop : sep);
  if (sep >= 0) {
    const below = region.slice(sep + 1, cutAtSignatureOrFooter(region, sep + 1, Math.max(stop, sep + 1)));
    const stat = readDiffstat(below);
    return { message: region.slice(0, messageEnd), ...stat };
  }
  const message = region.slice(0, messageEnd);
  const stat = readDiffstat(message, true);
  return { message: stat.notes, notes: [] as string[], diffstat: stat.diffstat };
}

/**
 * The last `-- ` line (a signature) of a body without a diff; the whole region if none. Some mailers
 * strip the trailing space, so a bare `--` counts too.
 */
function lastSignature(region: string[]): number {
  for (let i = region.length - 1; i >= 0; i--) if (region[i] === '-- ' || region[i] === '--') return i;
  return region.length;
}

/** Cuts a text section at a `-- ` signature or a mailing-list footer (`____` + `X mailing list`). */
function cutAtSignatureOrFooter(region: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const line = region[i];
    if (line === '-- ') return i;
    if (line.startsWith('__________') && /^_+\s*$/.test(line) && /mailing list\s*$/i.test(region[i + 1] ?? '')) {
      return i;
    }
  }
  return to;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * Fix-up patches proposed inside a reply: after a scissors line or a pasted
 * `From <sha> Mon Sep 17 00:00:00 2001` line, a format-patch with a diff. Quoted (`>`) diffs are
 * someone else's patch, not a proposal.
 */
export function findInlinePatches(replyBody: string): ParsedPatchBody[] {
  const lines = replyBody.replace(/\r\n/g, '\n').split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isScissorsLine(lines[i]) || FORMAT_PATCH_FROM.test(lines[i])) starts.push(i);
  }
  const patches: ParsedPatchBody[] = [];
  for (let k = 0; k < starts.length; k++) {
    const segment = lines.slice(starts[k], starts[k + 1] ?? lines.length);
    if (findDiffStartLine(segment) < 0) continue;
    const patch = parsePatchBody(segment.join('\n'));
    if (patch.files.length > 0) patches.push(patch);
  }
  return patches;
}
