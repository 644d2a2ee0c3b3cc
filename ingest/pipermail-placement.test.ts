import { describe, expect, it } from 'vitest';
import type { PlacementCandidate } from './archive/placement-queries.js';
import { attributedName, placeMail } from './pipermail-placement.js';

const at = (iso: string) => Date.parse(iso);
const candidate = (messageId: string, fromName: string, date: string, body: string): PlacementCandidate => ({
  messageId,
  fromName,
  fromEmail: `${fromName.split(' ')[0].toLowerCase()}@example.org`,
  date: at(date),
  references: ['root@example.org'],
  body,
});

const rita = candidate('rita-1', 'Rita Reviewer', '2025-09-08T11:00:00Z', '> + code\n\nrb->buf comes from vmalloc_user(), so use remap_vmalloc_range().\nAlso nit: vma_pages().\n');
const max = candidate('max-1', 'Max Maintainer', '2025-09-08T12:00:00Z', 'Looks fine to me overall.\n\nAcked-by: Max Maintainer <max@example.com>\n');
const page = (body: string, date = '2025-09-08T13:00:00Z') => ({ fromEmail: 'ada@example.org', date: at(date), body });

describe('attributedName', () => {
  it.each([
    ['On Mon, Sep 08, 2025 at 11:00:00AM +0000, Rita Reviewer wrote:', 'Rita Reviewer'],
    ['On Mon, 8 Sep 2025, Rita Reviewer <rita@example.net> wrote:', 'Rita Reviewer'],
    ['* Liam R. Howlett <liam@example.org> [250915 10:11]:', 'Liam R. Howlett'],
    ['Rita Reviewer <rita@example.net> writes:', 'Rita Reviewer'],
    ['Rita wrote:', 'Rita'],
  ])('reads %s', (line, name) => {
    expect(attributedName(`${line}\n> quoted\n`)).toBe(name);
  });

  it('ignores a "wrote:" line inside the quote', () => {
    expect(attributedName('> Rita wrote:\n> text\n')).toBeUndefined();
  });
});

describe('placeMail', () => {
  it('places a reply under the message whose own lines it quotes', () => {
    const p = placeMail(page('> rb->buf comes from vmalloc_user(), so use remap_vmalloc_range().\n\nWill fix.\n'), [rita, max]);
    expect(p).toMatchObject({ kind: 'reply', parent: { messageId: 'rita-1' }, reason: 'quotes 100% of its lines' });
  });

  it('lets the attribution decide between messages that quote the same words', () => {
    const quoting = candidate('max-2', 'Max Maintainer', '2025-09-08T12:30:00Z', '> rb->buf comes from vmalloc_user(), so use remap_vmalloc_range().\nAgreed.\n');
    const p = placeMail(page('On Mon, Sep 08, 2025 at 11:00:00AM +0000, Rita Reviewer wrote:\n> rb->buf comes from vmalloc_user(), so use remap_vmalloc_range().\n\nOK.\n'), [rita, quoting]);
    expect(p).toMatchObject({ kind: 'reply', parent: { messageId: 'rita-1' } });
  });

  it('never places a mail under a later one', () => {
    expect(placeMail(page('> rb->buf comes from vmalloc_user(), so use remap_vmalloc_range().\n', '2025-09-08T10:00:00Z'), [rita])).toEqual({ kind: 'unplaced' });
  });

  it('knows a copy of a stored message: same sender within a minute', () => {
    const stored = { ...rita, fromEmail: 'ada@example.org', date: at('2025-09-08T13:00:30Z') };
    expect(placeMail(page('anything\n'), [stored])).toEqual({ kind: 'duplicate', of: 'rita-1' });
  });
});
