// Reads b4's sample mboxes, am-ready reference mboxes (`*-ref-*.txt`) and `git log` transcripts
// (`*.verify`) just far enough to know which trailer lines each patch ends up with. Deliberately simple and
// independent of the product parsers, so that the expectations do not come from the code under test.
import { readFileSync } from 'node:fs';

export interface SampleMessage {
  messageId: string;
  subject: string;
  /** Lines of the trailer block above `---` / the diff, verbatim. */
  trailers: string[];
}

const SEPARATOR = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*$/m;
const TRAILER_LOOKING = /^[A-Za-z][A-Za-z0-9-]*: \S/;

function unfoldedHeader(headerBlock: string, name: string): string {
  const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
  return m ? m[1].trim() : '';
}

/** The last paragraph above the `---` line or the diff, when every line of it looks like a trailer. */
export function trailerBlockOf(bodyLines: string[]): string[] {
  let end = bodyLines.findIndex((l, i) =>
    l === '---' || l.startsWith('diff --git ') || (l.startsWith('--- ') && bodyLines[i + 1]?.startsWith('+++ ')));
  if (end < 0) end = bodyLines.length;
  while (end > 0 && bodyLines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && bodyLines[start - 1].trim() !== '') start--;
  const block = bodyLines.slice(start, end);
  return block.length > 0 && block.every((l) => TRAILER_LOOKING.test(l)) ? block : [];
}

/** Every message of an mbox file (b4 sample or reference output). */
export function readSampleMbox(path: string): SampleMessage[] {
  const text = readFileSync(path, 'utf8');
  return text.split(SEPARATOR).filter((chunk) => chunk.trim() !== '').map((chunk) => {
    const msg = chunk.replace(/^\n/, '');
    const blank = msg.indexOf('\n\n');
    const headers = blank < 0 ? msg : msg.slice(0, blank);
    const body = blank < 0 ? [] : msg.slice(blank + 2).split('\n');
    return {
      messageId: unfoldedHeader(headers, 'Message-Id').replace(/^<|>$/g, ''),
      subject: unfoldedHeader(headers, 'Subject'),
      trailers: trailerBlockOf(body),
    };
  });
}

/** Lines of `after` that `before` does not account for (multiset difference), in `after`'s order. */
export function addedLines(before: string[], after: string[]): string[] {
  const left = [...before];
  const out: string[] = [];
  for (const line of after) {
    const at = left.indexOf(line);
    if (at >= 0) left.splice(at, 1);
    else out.push(line);
  }
  return out;
}

/** The local maintainer identity the b4 tests configure; its sign-off is added by `-s`, not collected. */
export const MAINTAINER_SOB = 'Signed-off-by: Test Override <test-override@example.com>';

export interface LogEntry {
  emails: string[];
  subject: string;
  /** The commit message body (without the subject line), trailing blank lines removed. */
  body: string;
  trailers: string[];
}

/**
 * A `git log --format=%ae%n[%ce%n]%s%n%b---` transcript. `emailLines` is how many address lines open
 * each entry (2 for the shazam logs, 1 for the trailers logs).
 */
export function readGitLog(path: string, emailLines: number): LogEntry[] {
  const text = readFileSync(path, 'utf8');
  return text.split(/^---\n/m).filter((e) => e.trim() !== '').map((entry) => {
    const lines = entry.split('\n');
    const bodyLines = lines.slice(emailLines + 1);
    while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
    return {
      emails: lines.slice(0, emailLines),
      subject: lines[emailLines],
      body: bodyLines.join('\n'),
      trailers: trailerBlockOf(bodyLines),
    };
  });
}
