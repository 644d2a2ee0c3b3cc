import { describe, expect, it } from 'vitest';
import { ftsExpression, parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it('splits prefixes, phrases and words', () => {
    const q = parseSearchQuery('from:lorenzo subject:"mmap_prepare" file:mm/memory.c remap_pfn_range "one action"');
    expect(q).toEqual({ text: ['remap_pfn_range', 'one action'], from: ['lorenzo'], subject: ['mmap_prepare'], file: ['mm/memory.c'] });
  });

  it('quotes every term so FTS operators in user input are inert', () => {
    const q = parseSearchQuery('foo OR bar" NEAR');
    expect(ftsExpression(q)).toBe('"foo" AND "OR" AND "bar""" AND "NEAR"');
  });

  it('has no text expression for a file-only query', () => {
    expect(ftsExpression(parseSearchQuery('file:kernel/kcov.c'))).toBeUndefined();
  });
});
