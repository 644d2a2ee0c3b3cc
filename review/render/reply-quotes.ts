// What a reply quotes for one finding: for code, the diff header of its file, the hunk header and the few
// hunk lines down to the finding's line (a reviewer's `> ` quote that anyone can place in the patch); for
// the mail parts, the line concerned. `order` sorts the quotes in the order the patch reads.
import type { ReviewFinding } from '../../core/review-finding.js';
import { findFile, hunkOf, lineIndexInHunk, quotedHunkLines } from '../diff-anchor.js';
import type { Posting } from '../posting.js';

export interface ReplyQuote {
  lines: string[];
  /** Where the quoted text sits in the body: mail parts first, then the diff in file and line order. */
  order: number;
}

const bodyLines = (p: Posting) => p.body.split('\n');

function lineOfBody(p: Posting, text: string): number {
  const at = bodyLines(p).findIndex((l) => l.trimEnd() === text.trimEnd());
  return at;
}

function diffQuote(p: Posting, f: ReviewFinding): ReplyQuote | undefined {
  const fileIndex = p.patch.files.findIndex((x) => (x.newPath ?? x.oldPath) === f.file);
  const file = findFile(p.patch.files, f.file ?? '');
  if (!file || f.line === null || f.side === null) return undefined;
  const located = hunkOf(file, f.line, f.side, f.hunk?.index);
  if (!located) return undefined;
  const at = lineIndexInHunk(located.hunk, f.line, f.side);
  const header = `diff --git a/${file.oldPath ?? file.newPath} b/${file.newPath ?? file.oldPath}`;
  const hunkLine = f.hunk?.header ?? '';
  return { lines: [header, hunkLine, ...quotedHunkLines(located.hunk, at)], order: 1e6 + fileIndex * 1e5 + f.line };
}

function partQuote(p: Posting, f: ReviewFinding): ReplyQuote {
  if (f.part === 'subject' || f.part === 'series') return { lines: [`Subject: ${p.subject}`], order: -1 };
  if (f.part === 'notes') {
    const sep = bodyLines(p).findIndex((l) => l.trimEnd() === '---');
    return { lines: ['---'], order: sep < 0 ? 1e6 - 1 : sep };
  }
  const text = f.quote ?? p.patch.commitMessage.split('\n')[0] ?? '';
  return { lines: [text], order: Math.max(0, lineOfBody(p, text)) };
}

export function quoteFor(p: Posting, f: ReviewFinding): ReplyQuote {
  return (f.part === 'diff' ? diffQuote(p, f) : undefined) ?? partQuote(p, f);
}
