// Draws a thread as a tree, one line per message: who wrote what, when; missing parents shown as such.
import type { ThreadMessage } from '../../ingest/archive/thread-queries.js';
import type { Colors } from './colors.js';
import { shortDate } from './dates.js';

function lastChildFlags(messages: Array<Pick<ThreadMessage, 'parentId'>>): boolean[] {
  const lastIndexOfParent = new Map<string | null, number>();
  messages.forEach((m, i) => lastIndexOfParent.set(m.parentId, i));
  return messages.map((m, i) => lastIndexOfParent.get(m.parentId) === i);
}

// Notes may carry colour codes; they take no room on the screen.
const visibleLength = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').length;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Box-drawing prefixes (`│  ├─ `) from each node's depth and whether it and its ancestors are last children. */
export function treePrefixes(messages: Array<Pick<ThreadMessage, 'parentId' | 'depth'>>): string[] {
  const isLast = lastChildFlags(messages);
  const open: boolean[] = []; // open[d]: the ancestor at depth d has later siblings
  return messages.map((m, i) => {
    let prefix = '';
    for (let d = 1; d < m.depth; d++) prefix += open[d] ? '│  ' : '   ';
    if (m.depth > 0) prefix += isLast[i] ? '└─ ' : '├─ ';
    open[m.depth] = !isLast[i];
    return prefix;
  });
}

/**
 * The thread, one line per message after its tree prefix.
 * `note` adds a few characters after a message's line (a summary marks the points each reply makes).
 */
export function drawThread<M extends ThreadMessage>(messages: M[], c: Colors, width = 100, note?: (m: M) => string): string {
  const prefixes = treePrefixes(messages);
  const lines: string[] = [];
  messages.forEach((m, i) => {
    const prefix = prefixes[i];
    if (m.ghost) {
      lines.push(`${prefix}${c.dim(`(not in the archive: <${m.messageId}>)`)}`);
      return;
    }
    const who = m.fromName || m.fromEmail;
    const meta = `${who}, ${shortDate(m.date)}`;
    const extra = note?.(m) ?? '';
    const room = Math.max(20, width - prefix.length - meta.length - 2 - (extra ? visibleLength(extra) + 2 : 0));
    const subject = clip(m.subject, room);
    const styled = m.kind === 'patch' || m.kind === 'cover' ? c.bold(subject) : subject;
    lines.push(`${prefix}${styled}  ${c.dim(meta)}${extra ? `  ${extra}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}
