import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../ingest/parse/message.js';
import { splitReply, unquoteLine, type OwnBlock, type QuoteBlock } from './split-reply.js';

function fixture(name: string) {
  const m = parseMessage(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)), { source: name, offset: 0 });
  return { body: m.body, split: splitReply(m.body, m.from) };
}

const quotes = (blocks: ReturnType<typeof splitReply>['blocks']) => blocks.filter((b): b is QuoteBlock => b.type === 'quote');
const own = (blocks: ReturnType<typeof splitReply>['blocks']) => blocks.filter((b): b is OwnBlock => b.type === 'own').flatMap((b) => b.paragraphs);

describe('unquoteLine', () => {
  it.each([
    ['> text', 1, 'text'],
    ['>> text', 2, 'text'],
    ['> > > text', 3, 'text'],
    ['> +\tadded();', 1, '+\tadded();'],
    ['>  \tcontext();', 1, ' \tcontext();'],
    ['plain', 0, 'plain'],
  ])('%j is depth %i', (raw, depth, text) => {
    expect(unquoteLine(raw)).toEqual({ depth, text });
  });
});

describe('splitReply', () => {
  it('reads mutt attributions at every depth, nested quotes, and stops at the signature', () => {
    const { split } = fixture('mutt-attribution-nested-quotes.eml');
    const [first, second] = quotes(split.blocks);
    expect(first.attribution?.name).toBe('Ann Author');
    expect(first.nested.map((n) => [n.depth, n.attribution.name])).toEqual([[2, 'Rita Reviewer'], [3, 'Ann Author']]);
    expect(new Set(first.lines.map((l) => l.depth))).toEqual(new Set([1, 2, 3]));
    expect(second.attribution).toBeNull();
    expect(own(split.blocks).map((p) => [p.role, p.text])).toEqual([
      ['courtesy', 'Thanks.'],
      ['prose', 'Makes sense, I missed that the counter is global.'],
    ]);
    expect(split.signature).not.toBeNull();
  });

  it('reads the "* Name <addr> [yymmdd hh:mm]:" style and tells quoted code from quoted prose', () => {
    const { split } = fixture('liam-attribution-style.eml');
    const [q] = quotes(split.blocks);
    expect(q.attribution).toEqual({ name: 'Ann Author', email: 'ann@example.org', date: '250915 10:00' });
    expect(q.code).toBe(true);
    expect(own(split.blocks).map((p) => p.role)).toEqual(['prose', 'courtesy']);
  });

  it('records trimmed-quote markers, keeps the greeting and the trailer apart, drops the signature', () => {
    const { split } = fixture('thunderbird-attribution-snips.eml');
    expect(quotes(split.blocks)[0].attribution?.name).toBe('Ann Author');
    expect(split.snips).toHaveLength(2);
    expect(own(split.blocks).map((p) => p.role)).toEqual(['courtesy', 'snip', 'snip', 'prose', 'trailer']);
    expect(own(split.blocks).some((p) => p.text.includes('Dave / dd'))).toBe(false);
  });

  it('takes a top-posted reply as own text above a quote whose attribution wrapped', () => {
    const { split } = fixture('top-posted-wrapped-attribution.eml');
    expect(split.blocks.map((b) => b.type)).toEqual(['own', 'quote']);
    expect(quotes(split.blocks)[0].attribution).toMatchObject({ name: 'Ann Author', email: 'ann@example.org' });
    expect(own(split.blocks)[0].text).toMatch(/^Applied to mm-unstable/);
  });

  it('keeps a fix-up patch pasted below scissors as one patch paragraph', () => {
    const { split } = fixture('fixup-after-scissors.eml');
    expect(quotes(split.blocks)[0].attribution?.name).toBe('Max Maintainer');
    const roles = own(split.blocks).map((p) => p.role);
    expect(roles).toEqual(['prose', 'courtesy', 'patch']);
    const patch = own(split.blocks).find((p) => p.role === 'patch')!;
    expect(patch.text).toContain('Signed-off-by: Ann Author');
  });

  it('gives 1-based body lines', () => {
    const { body, split } = fixture('liam-attribution-style.eml');
    const lines = body.split('\n');
    for (const p of own(split.blocks)) expect(lines[p.start - 1]).toBe(p.text.split('\n')[0]);
  });
});

describe('own paragraphs', () => {
  it('reads a sentence ending in a smiley as prose, and a statement as code', () => {
    const { blocks } = splitReply('> quoted\n\nOkay, change of plans, let me try to unify both functions in a clean way :)\n\n\tvma_set_anonymous(vma);\n');
    expect(own(blocks).map((p) => p.role)).toEqual(['prose', 'code']);
  });
});
