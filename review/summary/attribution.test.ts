import { describe, expect, it } from 'vitest';
import { attributionAbove, parseAttribution } from './attribution.js';

describe('parseAttribution', () => {
  it.each([
    ['On Mon, Sep 15, 2025 at 02:51:52PM +0100, Lorenzo Stoakes wrote:', 'Lorenzo Stoakes', null],
    ['On 12.06.25 17:28, Lorenzo Stoakes wrote:', 'Lorenzo Stoakes', null],
    ['On Mon 08-09-25 12:10:31, Lorenzo Stoakes wrote:', 'Lorenzo Stoakes', null],
    ['On 9/10/25 4:22 PM, Lorenzo Stoakes wrote:', 'Lorenzo Stoakes', null],
    ['On Fri, 4 Jul 2025, David Hildenbrand wrote:', 'David Hildenbrand', null],
    ['On Tue, Jan 20, 2026, at 16:10, Lorenzo Stoakes wrote:', 'Lorenzo Stoakes', null],
    ['On Mon, Jun 23, 2025 at 10:04 PM David Hildenbrand <david@redhat.com> wrote:', 'David Hildenbrand', 'david@redhat.com'],
    ['On Wed, 10 Sep 2025 21:21:55 +0100 Lorenzo Stoakes <lorenzo.stoakes@oracle.com> wrote:', 'Lorenzo Stoakes', 'lorenzo.stoakes@oracle.com'],
    ['* Lorenzo Stoakes <lorenzo.stoakes@oracle.com> [250915 10:11]:', 'Lorenzo Stoakes', 'lorenzo.stoakes@oracle.com'],
    ['Alistair Popple wrote:', 'Alistair Popple', null],
    ['Alistair Popple <apopple@nvidia.com> wrote:', 'Alistair Popple', 'apopple@nvidia.com'],
    ['Quoting Dan Williams (2025-06-12 04:20:00)', 'Dan Williams', null],
  ])('%s', (line, name, email) => {
    const a = parseAttribution(line);
    expect(a?.name).toBe(name);
    expect(a?.email ?? null).toBe(email);
  });

  it('keeps the date as written when the style has one', () => {
    expect(parseAttribution('* Liam R. Howlett <liam@example.com> [250915 10:11]:')?.date).toBe('250915 10:11');
    expect(parseAttribution('On 12.06.25 17:28, Lorenzo Stoakes wrote:')?.date).toBe('12.06.25 17:28');
  });

  it.each([
    'On superficial comment inline.',
    'As the changelog above wrote:',
    'This should be documented in the patch description above.',
    'Thanks!',
    'Reviewed-by: Lorenzo Stoakes <lorenzo.stoakes@oracle.com>',
  ])('is not fooled by %j', (line) => {
    expect(parseAttribution(line)).toBeNull();
  });
});

describe('attributionAbove', () => {
  it('joins an attribution wrapped onto a second line', () => {
    const found = attributionAbove(['Some text.', 'On Wed, 10 Sep 2025 21:21:55 +0100 Lorenzo Stoakes', '<lorenzo.stoakes@oracle.com> wrote:']);
    expect(found).toEqual({ attribution: { name: 'Lorenzo Stoakes', email: 'lorenzo.stoakes@oracle.com', date: 'Wed, 10 Sep 2025 21:21:55 +0100' }, lineCount: 2 });
  });

  it('prefers the single line when it is one', () => {
    expect(attributionAbove(['Hi Ann,', 'Rita Reviewer wrote:'])?.lineCount).toBe(1);
  });
});
