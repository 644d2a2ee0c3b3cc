import { describe, expect, it } from 'vitest';
import { normaliseTitle, parseSubject } from './subject.js';

/** Only the fields a case is about; the rest must be at their defaults. */
function info(partial: Partial<ReturnType<typeof parseSubject>>) {
  return {
    isReply: false, isPatchTagged: false, version: null, labels: [], tags: [], index: null, total: null,
    ...partial,
  };
}

describe('parseSubject', () => {
  it.each([
    ['[PATCH v2 08/16] mm: add foo', info({ title: 'mm: add foo', isPatchTagged: true, version: 2, index: 8, total: 16 })],
    ['[PATCH RFC v2 0/12] mm: rework', info({ title: 'mm: rework', isPatchTagged: true, version: 2, labels: ['RFC'], index: 0, total: 12 })],
    ['[RFC 0/4] mm: idea', info({ title: 'mm: idea', isPatchTagged: true, labels: ['RFC'], index: 0, total: 4 })],
    ['[RFC PATCH v3 1/2] x', info({ title: 'x', isPatchTagged: true, version: 3, labels: ['RFC'], index: 1, total: 2 })],
    ['[PATCH RESEND 00/12] y', info({ title: 'y', isPatchTagged: true, labels: ['RESEND'], index: 0, total: 12 })],
    ['[PATCH net-next v3 2/5] net: z', info({ title: 'net: z', isPatchTagged: true, version: 3, tags: ['net-next'], index: 2, total: 5 })],
    ['[PATCH V2 0/4] upper-case version', info({ title: 'upper-case version', isPatchTagged: true, version: 2, index: 0, total: 4 })],
    ['[PATCH v5.1 10/12] dotted version', info({ title: 'dotted version', isPatchTagged: true, version: 5.1, index: 10, total: 12 })],
    ['[PATCH v10] two digits', info({ title: 'two digits', isPatchTagged: true, version: 10 })],
    ['[Patch 2/2]: trailing colon', info({ title: 'trailing colon', isPatchTagged: true, index: 2, total: 2 })],
    ['[PATCH 1 of 2] mercurial', info({ title: 'mercurial', isPatchTagged: true, index: 1, total: 2 })],
    ['[PATCH 0 of 2] mercurial cover', info({ title: 'mercurial cover', isPatchTagged: true, index: 0, total: 2 })],
    ['[PATCH -next] kernel: fix', info({ title: 'kernel: fix', isPatchTagged: true, tags: ['-next'] })],
    ['[PATCH 3/2] extra patch', info({ title: 'extra patch', isPatchTagged: true, index: 3, total: 2 })],
    ['[GIT PULL] Please pull', info({ title: 'Please pull', isPatchTagged: true, labels: ['GIT PULL'] })],
    ['[git pull] lower case', info({ title: 'lower case', isPatchTagged: true, labels: ['GIT PULL'] })],
    ['[GIT] Networking', info({ title: 'Networking', isPatchTagged: true, labels: ['GIT'] })],
    ['[PATCHv2 1/3] glued version', info({ title: 'glued version', isPatchTagged: true, version: 2, index: 1, total: 3 })],
  ])('%s', (subject, expected) => {
    expect(parseSubject(subject)).toEqual(expected);
  });

  it('splits bracket contents on commas as well as spaces', () => {
    expect(parseSubject('[net,v2,1/2] net: fix')).toEqual(
      info({ title: 'net: fix', isPatchTagged: true, version: 2, tags: ['net'], index: 1, total: 2 }),
    );
    expect(parseSubject('[PATCH v6,19/24] mixed')).toEqual(
      info({ title: 'mixed', isPatchTagged: true, version: 6, index: 19, total: 24 }),
    );
  });

  it('reads several leading bracket groups, list tags first', () => {
    expect(parseSubject('[dpdk-dev] [PATCH] kni: fix')).toEqual(
      info({ title: 'kni: fix', isPatchTagged: true, tags: ['dpdk-dev'] }),
    );
    expect(parseSubject('[Buildroot] [PATCH 01/11] package: rename')).toEqual(
      info({ title: 'package: rename', isPatchTagged: true, tags: ['Buildroot'], index: 1, total: 11 }),
    );
    expect(parseSubject('[snowpatch] [PATCH 1/3] Test commit')).toEqual(
      info({ title: 'Test commit', isPatchTagged: true, tags: ['snowpatch'], index: 1, total: 3 }),
    );
  });

  it('strips repeated and mixed reply and forward markers', () => {
    for (const subject of [
      'Re: [PATCH v2 1/3] mm: foo', 'RE: [PATCH v2 1/3] mm: foo', 'Aw: Re: [PATCH v2 1/3] mm: foo',
      'Fwd: RE: [PATCH v2 1/3] mm: foo', 'Fw: [PATCH v2 1/3] mm: foo', 'Sv: SV: [PATCH v2 1/3] mm: foo',
      'Antw: [PATCH v2 1/3] mm: foo', 'Re:[PATCH v2 1/3] mm: foo', 'Re[2]: [PATCH v2 1/3] mm: foo',
    ]) {
      expect(parseSubject(subject), subject).toEqual(
        info({ title: 'mm: foo', isReply: true, isPatchTagged: true, version: 2, index: 1, total: 3 }),
      );
    }
  });

  it('finds Re: after a list tag', () => {
    expect(parseSubject('[dpdk-dev] Re: [PATCH] kni: fix')).toEqual(
      info({ title: 'kni: fix', isReply: true, isPatchTagged: true, tags: ['dpdk-dev'] }),
    );
  });

  it('leaves plain subjects alone and collapses folded whitespace', () => {
    expect(parseSubject('  widget subsystem  corrupts\n data ')).toEqual(info({ title: 'widget subsystem corrupts data' }));
    expect(parseSubject('')).toEqual(info({ title: '' }));
  });

  it('does not take words that merely start like markers or versions', () => {
    expect(parseSubject('Rewrite: the plan')).toEqual(info({ title: 'Rewrite: the plan' }));
    expect(parseSubject('[PATCH v4l2] media: fix')).toEqual(
      info({ title: 'media: fix', isPatchTagged: true, tags: ['v4l2'] }),
    );
  });

  it('keeps an unclosed bracket in the title', () => {
    expect(parseSubject('[PATCH v2 broken')).toEqual(info({ title: '[PATCH v2 broken' }));
  });
});

describe('normaliseTitle', () => {
  it('compares titles across revisions: case, spacing and trailing punctuation do not matter', () => {
    expect(normaliseTitle('mm: Fix  the   foo.')).toBe('mm: fix the foo');
    expect(normaliseTitle(' mm: fix the foo!? ')).toBe('mm: fix the foo');
    expect(normaliseTitle('mm: fix the foo')).toBe(normaliseTitle('MM: fix the foo;'));
    expect(normaliseTitle('mm: v1.2 of foo')).toBe('mm: v1.2 of foo');
  });
});
