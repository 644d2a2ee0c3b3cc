// mlreview threads / mlreview thread MSGID: list threads, or draw one as a tree.
import { getThread, listThreads } from '../../ingest/archive/thread-queries.js';
import { normaliseMessageId } from '../../ingest/parse/msgid.js';
import { drawThread } from '../../review/render/thread-tree.js';
import { colors } from '../../review/render/colors.js';
import { isoDate, shortDate } from '../../review/render/dates.js';
import { json, outputFormat, UsageError, type CommandResult } from '../command-result.js';
import { openArchiveForReading } from '../open-archive.js';

export interface ReadArgs {
  db: string;
  output?: string;
  color: boolean;
}

export async function runThreads(args: ReadArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const db = await openArchiveForReading(args.db);
  try {
    const threads = listThreads(db);
    if (format === 'json') {
      return { exitCode: 0, stdout: json({ schema: 1, threads: threads.map((t) => ({ id: t.id, rootMessageId: t.rootId, subject: t.subject, messages: t.messageCount, firstDate: isoDate(t.firstDate), lastDate: isoDate(t.lastDate) })) }) };
    }
    const c = colors(args.color);
    const lines = threads.map((t) => `${String(t.id).padStart(5)}  ${shortDate(t.firstDate)}  ${String(t.messageCount).padStart(4)} msgs  ${t.subject}  ${c.dim(`<${t.rootId}>`)}`);
    return { exitCode: 0, stdout: lines.length ? `${lines.join('\n')}\n` : 'no threads in the archive\n' };
  } finally {
    db.close();
  }
}

export async function runThread(id: string, args: ReadArgs): Promise<CommandResult> {
  const format = outputFormat(args.output);
  const messageId = normaliseMessageId(id);
  const db = await openArchiveForReading(args.db);
  try {
    const found = getThread(db, messageId);
    if (!found) throw new UsageError(`<${messageId}>: no such message in the archive`);
    if (format === 'json') {
      const { thread, messages } = found;
      return {
        exitCode: 0,
        stdout: json({
          schema: 1,
          thread: {
            id: thread.id,
            rootMessageId: thread.rootId,
            subject: thread.subject,
            messages: messages.map((m) => ({ messageId: m.messageId, parent: m.parentId, depth: m.depth, ghost: m.ghost, subject: m.subject, from: { name: m.fromName, email: m.fromEmail }, date: isoDate(m.date), kind: m.kind, lists: m.lists, proposedFixups: m.fixups })),
          },
        }),
      };
    }
    return { exitCode: 0, stdout: drawThread(found.messages, colors(args.color), process.stdout.columns || 110) };
  } finally {
    db.close();
  }
}
