import { describe, expect, it } from 'vitest';
import { findRevision, revisionName, revisionSlug } from './revision-name.js';

// Series 2 of the corpus has this shape: an RFC v1 and RFC v2, then v1, v2 and v3.
const series = [
  { version: 1, label: 'RFC' },
  { version: 2, label: 'RFC' },
  { version: 1, label: '' },
  { version: 2, label: '' },
  { version: 3, label: '' },
];

describe('revision names', () => {
  it('writes a revision as series show does, and as a path segment', () => {
    expect(series.map(revisionName)).toEqual(['RFC v1', 'RFC v2', 'v1', 'v2', 'v3']);
    expect(series.map(revisionSlug)).toEqual(['rfc-1', 'rfc-2', '1', '2', '3']);
    expect(revisionName({ version: null, label: '' })).toBe('');
  });

  it('finds the revision a name means, whatever the spelling', () => {
    expect(['RFC', 'rfc v1', 'RFC-v1', 'rfc-1'].map((n) => findRevision(series, n))).toEqual([0, 0, 0, 0]);
    expect(['RFC v2', 'rfc-2'].map((n) => findRevision(series, n))).toEqual([1, 1]);
    expect(['v1', '1', ' V1 '].map((n) => findRevision(series, n))).toEqual([2, 2, 2]);
    expect(findRevision(series, '3')).toBe(4);
    expect(series.map((r) => findRevision(series, revisionSlug(r)))).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads a bare version as the only revision of that version, labelled or not', () => {
    const rfcOnly = [{ version: 1, label: 'RFC' }, { version: 2, label: '' }];
    expect(findRevision(rfcOnly, '1')).toBe(0);
    const resent = [{ version: 1, label: 'RFC' }, { version: 1, label: 'RESEND' }];
    expect(findRevision(resent, 'v1')).toBe(-1);
    expect(findRevision(resent, 'RESEND v1')).toBe(1);
  });

  it('finds nothing for a revision the series does not have, or for what is no name', () => {
    expect(['v4', 'RESEND', 'RFC v3', '', 'latest'].map((n) => findRevision(series, n))).toEqual([-1, -1, -1, -1, -1]);
  });
});
