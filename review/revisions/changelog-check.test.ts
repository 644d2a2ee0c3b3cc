import { describe, expect, it } from 'vitest';
import { V1, V2 } from './__fixtures__/cache-series.js';
import { checkChangelog } from './changelog-check.js';
import { compareRevisions } from './comparison.js';
import { changelogBetween } from './pair-changelog.js';
import { checkTrailers } from './trailer-carry.js';

const comparison = compareRevisions(V1, V2);
const entries = changelogBetween([V1, V2], 0, 1);
const { checks, unmentioned } = checkChangelog(comparison, entries, checkTrailers(comparison));
const check = (start: string) => checks.find((k) => k.entry.text.startsWith(start))!;

describe('checkChangelog on the cache series', () => {
  it('reads the v2 section of the cover, every line', () => {
    expect(entries.map((e) => e.text)).toEqual([
      'Added hold_lock_until_done flag so the driver can keep the lock (Rita).',
      'Dropped the debugfs file as per Max.',
      'Added cache_flush().',
      'Collected tags.',
      'Rebased on v6.17-rc1.',
      'Various cleanups.',
    ]);
  });

  it('calls a line that adds a name the code spells differently a mismatch, and names the spelling the code has', () => {
    const k = check('Added hold_lock_until_done');
    expect(k).toMatchObject({ matched: false, checkable: true, unknownNames: [{ name: 'hold_lock_until_done', closest: 'hide_lock_until_done' }] });
  });

  it('matches a line by a name the new revision adds, and one by the patch its words name', () => {
    expect(check('Added cache_flush()')).toMatchObject({ matched: true });
    expect(check('Added cache_flush()').evidence[0]).toBe('cache_flush: new v2 4/4');
    expect(check('Dropped the debugfs')).toMatchObject({ matched: true, evidence: ['patches it names: dropped v1 4/4'] });
  });

  it('checks claims about tags and rebasing against what happened', () => {
    expect(check('Collected tags')).toMatchObject({ matched: true });
    expect(check('Rebased')).toMatchObject({ matched: false, checkable: true });
  });

  it('does not pretend to check a line that names nothing', () => {
    expect(check('Various cleanups')).toMatchObject({ matched: false, checkable: false });
  });

  it('lists the change no line accounts for: the blank line added to 3/4', () => {
    expect(unmentioned.map((p) => comparison.label(p.to!))).toEqual(['v2 3/4']);
  });
});
