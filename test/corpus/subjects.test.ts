// Subject prefixes as the peers' fixtures write them (MANIFEST §1.9 and §2.3): patchwork splits bracket
// contents on commas as well as spaces and reads Mercurial's `n of N`; b4 does neither. We do both. Folded
// Subject headers must come back as one line with single spaces (b4 0.12 crashes on them).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSubject } from '../../ingest/parse/subject.js';
import { peersRoot } from './corpus-paths.js';
import { ingestCase } from './ingest-corpus.js';
import { allMessages, messageById } from './archive-rows.js';

interface Want {
  title: string;
  version?: number | null;
  index?: number | null;
  total?: number | null;
  isReply?: boolean;
  isPatchTagged?: boolean;
  labels?: string[];
  tags?: string[];
}

const CASES: Array<[subject: string, why: string, want: Want]> = [
  ['[PATCH v6,19/24] mm: move the thing', 'version and counter separated by a comma',
    { title: 'mm: move the thing', version: 6, index: 19, total: 24 }],
  ['[net,v2,1/2] net: ieee802154: remove explicit set skb->sk', 'tree, version and counter all comma-separated, no PATCH',
    { title: 'net: ieee802154: remove explicit set skb->sk', version: 2, index: 1, total: 2, tags: ['net'], isPatchTagged: true }],
  ['[PATCH 0 of 2] Sample Mercurial patches', 'Mercurial patchbomb cover `0 of 2`',
    { title: 'Sample Mercurial patches', index: 0, total: 2 }],
  ['[PATCH 1 of 2] contrib: fix check-commit to not reject commits', 'Mercurial `1 of 2`',
    { title: 'contrib: fix check-commit to not reject commits', index: 1, total: 2, version: null }],
  ['[Patch 2/2]: powerpc/hotplug/mm: Fix hot-add memory node assoc', 'mixed-case Patch and a colon after the bracket',
    { title: 'powerpc/hotplug/mm: Fix hot-add memory node assoc', index: 2, total: 2 }],
  ['[Patch]: Fix ld pr11138 FAILures on mips*.', 'unnumbered mixed-case Patch with a colon',
    { title: 'Fix ld pr11138 FAILures on mips*.', index: null, total: null, isPatchTagged: true }],
  ['[PATCH V2 0/4] PM / OPP: Minor cleanups', 'upper-case V version',
    { title: 'PM / OPP: Minor cleanups', version: 2, index: 0, total: 4 }],
  ['[PATCH net-next v3 0/4] net: dsa: Multi-CPU ground work (v3)', 'tree tag before the version; `(v3)` in the title stays title',
    { title: 'net: dsa: Multi-CPU ground work (v3)', version: 3, index: 0, total: 4, tags: ['net-next'] }],
  ['[PATCH 1/4] net: dsa: Remove master_netdev and use\n\tdst->cpu_dp->netdev', 'a folded subject: the fold becomes one space',
    { title: 'net: dsa: Remove master_netdev and use dst->cpu_dp->netdev', version: null, index: 1, total: 4 }],
  ['[PATCH -next] bpf: Use PTR_ERR_OR_ZERO in xsk_map_inc()', 'a `-next` tree tag',
    { title: 'bpf: Use PTR_ERR_OR_ZERO in xsk_map_inc()', tags: ['-next'], index: null }],
  ['Re: [PATCH -next] bpf: Use PTR_ERR_OR_ZERO in xsk_map_inc()', 'a reply keeps the prefixes it quotes',
    { title: 'bpf: Use PTR_ERR_OR_ZERO in xsk_map_inc()', isReply: true, tags: ['-next'] }],
  ['Aw: [PATCH v2 2/2] test: Convert to Markdown', 'German reply marker',
    { title: 'test: Convert to Markdown', isReply: true, version: 2, index: 2, total: 2 }],
  ['Fwd: [PATCH] Simple test', 'forwarded',
    { title: 'Simple test', isReply: true }],
  ['[PATCH 3/2] test: Remove Markdown formatting', 'an index beyond the total is kept as written',
    { title: 'test: Remove Markdown formatting', index: 3, total: 2 }],
  ['[Buildroot] [PATCH 01/11] package/rpi-userland: rename patches', 'list tag in its own bracket, zero-padded index',
    { title: 'package/rpi-userland: rename patches', index: 1, total: 11, tags: ['Buildroot'] }],
  ['[dpdk-dev] [PATCH] kni: fix compilation error when debug enabled', 'list tag before an unnumbered PATCH',
    { title: 'kni: fix compilation error when debug enabled', tags: ['dpdk-dev'], index: null }],
  ['[snowpatch] [PATCH 1/3] Test commit; please ignore', 'another list tag',
    { title: 'Test commit; please ignore', tags: ['snowpatch'], index: 1, total: 3 }],
  ['[PATCH v3 5/5] selftests, powerpc: Add test for VPHN', 'a comma in the title is not a prefix separator',
    { title: 'selftests, powerpc: Add test for VPHN', version: 3, index: 5, total: 5 }],
  ['[git pull] Please pull powerpc.git next branch', 'lower-case git pull',
    { title: 'Please pull powerpc.git next branch', labels: ['GIT PULL'] }],
  ['[GIT PULL] soc: updates for v5.5', 'GIT PULL label; `v5.5` in the title is not a version',
    { title: 'soc: updates for v5.5', labels: ['GIT PULL'], version: null }],
  ['[GIT] Networking', 'davem\'s `[GIT]`',
    { title: 'Networking', labels: ['GIT'] }],
  ['[PATCH v3 2/2] Simple test 2', 'b4 partial reroll subject',
    { title: 'Simple test 2', version: 3, index: 2, total: 2 }],
  ['This is an orphaned patch!', 'no prefix at all',
    { title: 'This is an orphaned patch!', isPatchTagged: false, index: null, total: null, version: null, isReply: false }],
  ['', 'an empty subject (patchwork mail 0016)',
    { title: '', isPatchTagged: false, index: null, isReply: false }],
];

describe('subject prefixes from the peers\' fixtures', () => {
  for (const [subject, why, want] of CASES) {
    it(`${JSON.stringify(subject)}: ${why}`, () => {
      const got = parseSubject(subject);
      expect(got).toMatchObject({ isReply: false, labels: [], tags: [], ...want });
    });
  }
});

describe('folded Subject and Message-Id headers in the series fixtures', () => {
  const series = (file: string) => join(peersRoot, 'patchwork', 'series', file);

  function expectSingleLineSubjects(subjects: string[]): void {
    for (const s of subjects) {
      expect(s).not.toMatch(/[\r\n\t]/);
      expect(s).not.toMatch(/ {2}/);
    }
  }

  it('base-different-versions.mbox: `[PATCH 1/4] … and use` folded with a tab reads as one line', async () => {
    const { db, report } = await ingestCase(series('base-different-versions.mbox'));
    expect(report.skipped).toEqual([]);
    const subjects = allMessages(db).map((m) => m.subject);
    expectSingleLineSubjects(subjects);
    expect(subjects).toContain('[PATCH 1/4] net: dsa: Remove master_netdev and use dst->cpu_dp->netdev');
  });

  it('mercurial-cover-letter.mbox: both `n of 2` subjects folded with a space read as one line', async () => {
    const { db, report } = await ingestCase(series('mercurial-cover-letter.mbox'));
    expect(report.skipped).toEqual([]);
    const subjects = allMessages(db).map((m) => m.subject);
    expectSingleLineSubjects(subjects);
    expect(subjects).toEqual(expect.arrayContaining([
      '[PATCH 1 of 2] contrib: fix check-commit to not reject commits from `hg sign` and `hg tag`',
      '[PATCH 2 of 2] tests: work around FreeBSD\'s unzip having slightly different output',
    ]));
  });

  it('bugs-multiple-references.mbox: folded subjects and Message-Ids folded onto their own line; duplicate In-Reply-To takes the first', async () => {
    const { db, report } = await ingestCase(series('bugs-multiple-references.mbox'));
    expect(report.skipped).toEqual([]);
    const messages = allMessages(db);
    expectSingleLineSubjects(messages.map((m) => m.subject));
    expect(messages.map((m) => m.subject)).toEqual(expect.arrayContaining([
      '[PATCH V2 2/4] PM / OPP: Don\'t create copy of regulators unnecessarily',
      '[PATCH V2 3/4] PM / OPP: opp-microvolt is not optional if regulators are set',
      '[PATCH V2 4/4] PM / OPP: Don\'t create debugfs "supply-0" directory unnecessarily',
    ]));
    const ids = ['cover', 'b9f67b2be37d5e9740a5e1ed85b0e8b4e5c0eb91', 'ed9beaec36649c862369a34ea209822c00d86f52',
      'dcb9872771568fec4c7d8d11ba4939cd8da279c0', '0381fc50b84535fcb7964eaa345d2501c5c903b3']
      .map((h) => `${h}.1495511998.git.viresh.kumar@linaro.org`);
    expect(messages.map((m) => m.message_id).sort()).toEqual([...ids].sort());
    expect(messages.every((m) => m.synthetic_id === 0)).toBe(true);
    expect(messageById(db, ids[2])!.in_reply_to).toBe(ids[1]);
  });
});
