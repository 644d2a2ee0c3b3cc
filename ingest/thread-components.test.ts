import { describe, expect, it } from 'vitest';
import { ComponentFinder, type ReplyLinks } from './thread-components.js';

let rowid = 0;
const msg = (messageId: string, references: string[] = [], inReplyTo: string | null = null): ReplyLinks => ({ rowid: ++rowid, messageId, inReplyTo, references });

/** Batches as lists of rowids, for readable expectations. */
const batches = (f: ComponentFinder, size: number) => f.batches(size).map((b) => Array.from(b));

describe('ComponentFinder', () => {
  it('puts a reply with its thread, also through a missing (ghost) parent', () => {
    rowid = 0;
    const f = new ComponentFinder();
    f.addMessage(msg('cover')); // 1
    f.addMessage(msg('other')); // 2
    f.addMessage(msg('r1', ['cover', 'gone'], 'gone')); // 3: answers a message never stored
    f.addMessage(msg('r2', ['gone'])); // 4: reaches the thread only through the ghost
    expect(batches(f, 1)).toEqual([[1, 3, 4], [2]]);
  });

  it('links a message to replies that arrived before it', () => {
    rowid = 0;
    const f = new ComponentFinder();
    f.addMessage(msg('reply', [], 'late-parent')); // 1
    f.addMessage(msg('unrelated')); // 2
    f.addMessage(msg('late-parent')); // 3
    expect(batches(f, 1)).toEqual([[1, 3], [2]]);
  });

  it('packs small components into one batch but never splits a component', () => {
    rowid = 0;
    const f = new ComponentFinder();
    for (const id of ['a', 'b', 'c']) f.addMessage(msg(id)); // 1, 2, 3: one each
    for (let i = 0; i < 4; i++) f.addMessage(msg(`big-${i}`, ['big-root'])); // 4..7: one component of 4
    expect(batches(f, 2)).toEqual([[1, 2], [3, 4, 5, 6, 7]]);
    expect(batches(f, 100)).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
  });

  it('joins stored messages on request and ignores ids it never saw', () => {
    rowid = 0;
    const f = new ComponentFinder();
    f.addMessage(msg('orphan-reply')); // 1
    f.addMessage(msg('root')); // 2
    f.join('orphan-reply', 'root');
    f.join('orphan-reply', 'never-stored');
    expect(batches(f, 1)).toEqual([[1, 2]]);
  });

  it('grows past its initial capacity', () => {
    rowid = 0;
    const f = new ComponentFinder();
    for (let i = 0; i < 5000; i++) f.addMessage(msg(`m${i}`, i % 2 ? [`m${i - 1}`] : []));
    const out = batches(f, 1);
    expect(out).toHaveLength(2500);
    expect(out[0]).toEqual([1, 2]);
  });
});
