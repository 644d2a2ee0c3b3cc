import { describe, expect, it } from 'vitest';
import { threadMessages, type ThreadInput } from './thread.js';

let clock = 0;
function msg(messageId: string, opts: Partial<ThreadInput> = {}): ThreadInput {
  clock += 1000;
  return { messageId, inReplyTo: null, references: [], date: clock, title: 'topic', isReply: false, ...opts };
}

/** Render a thread as indented ids, ghosts in brackets, for readable expectations. */
const draw = (threads: ReturnType<typeof threadMessages>) =>
  threads.map((t) => t.nodes.map((n) => '  '.repeat(n.depth) + (n.ghost ? `[${n.messageId}]` : n.messageId)).join('\n'));

describe('threadMessages', () => {
  it('nests replies by References and orders siblings by date', () => {
    const threads = threadMessages([
      msg('cover'),
      msg('p1', { inReplyTo: 'cover', references: ['cover'] }),
      msg('p2', { inReplyTo: 'cover', references: ['cover'] }),
      msg('r1', { inReplyTo: 'p1', references: ['cover', 'p1'], isReply: true }),
    ]);
    expect(draw(threads)).toEqual(['cover\n  p1\n    r1\n  p2']);
  });

  it('keeps a missing parent as a ghost placeholder', () => {
    const threads = threadMessages([
      msg('r1', { inReplyTo: 'gone', references: ['root', 'gone'], isReply: true }),
      msg('r2', { inReplyTo: 'root', references: ['root'], isReply: true }),
    ]);
    expect(draw(threads)).toEqual(['[root]\n  [gone]\n    r1\n  r2']);
  });

  it('puts a reply with truncated References under its In-Reply-To parent', () => {
    const threads = threadMessages([
      msg('cover'),
      msg('p3', { inReplyTo: 'cover', references: ['cover'] }),
      msg('a', { inReplyTo: 'p3', references: ['cover', 'p3'], isReply: true }),
      msg('b', { inReplyTo: 'a', references: ['cover'], isReply: true }),
    ]);
    expect(draw(threads)).toEqual(['cover\n  p3\n    a\n      b']);
  });

  it('survives reference cycles and self references', () => {
    const threads = threadMessages([
      msg('x', { inReplyTo: 'y', references: ['y', 'x'] }),
      msg('y', { inReplyTo: 'x', references: ['x'] }),
    ]);
    expect(threads).toHaveLength(1);
    expect(threads[0].nodes.map((n) => n.messageId).sort()).toEqual(['x', 'y']);
  });

  it('attaches a reference-less Re: mail to the earlier thread with the same title', () => {
    const threads = threadMessages([
      msg('root', { title: 'widget breaks' }),
      msg('lost-reply', { title: 'widget breaks', isReply: true }),
      msg('other', { title: 'something else' }),
    ]);
    expect(draw(threads)).toEqual(['root\n  lost-reply', 'other']);
  });
});
