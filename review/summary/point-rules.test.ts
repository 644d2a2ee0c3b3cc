// Each classifier rule with small hand-written sentences: what it must catch, and what it must leave to a
// later rule. The last test checks that every rule in POINT_RULES has examples here.
import { describe, expect, it } from 'vitest';
import { classifyParagraph } from './classify-point.js';
import { POINT_RULES, type ParagraphFacts } from './point-rules.js';

const reviewer = (text: string, more: Partial<ParagraphFacts> = {}): ParagraphFacts => ({ text, byAuthor: false, introducesPatch: false, following: '', ...more });
const author = (text: string, more: Partial<ParagraphFacts> = {}) => reviewer(text, { byAuthor: true, ...more });

const EXAMPLES: Record<string, { catches: ParagraphFacts[]; leaves: ParagraphFacts[] }> = {
  'trailer-line': {
    catches: [reviewer('Reviewed-by: Rita Reviewer <rita@example.net>'), reviewer('Tested-by: Tess Tester <tess@example.org>')],
    leaves: [reviewer('Happy to give a Reviewed-by once this is fixed.')],
  },
  'author-fixup-patch': {
    catches: [author('Andrew, could you apply the fix below?', { introducesPatch: true })],
    leaves: [author('Could you apply the fix below?')],
  },
  'reviewer-diff': {
    catches: [reviewer('Something like this would avoid the copy:', { introducesPatch: true })],
    leaves: [reviewer('Something like this would avoid the copy.')],
  },
  'maintainer-takes': {
    catches: [reviewer('Applied to mm-unstable, thanks.'), reviewer("I'll give the series a run in mm-new."), reviewer('Thanks, I re-added this series to mm.git.')],
    leaves: [reviewer('This applies cleanly on top of mm-unstable.'), reviewer('I pulled this series out of mm-stable, put it back into mm-unstable.'), reviewer('This does not conflict with the changes being queued in the tip tree.')],
  },
  'bug-symptom': {
    catches: [
      reviewer('With this series applied the fork test hangs after a few minutes.', { following: 'Call Trace:\n schedule+0x40/0x80' }),
      reviewer('kernel test robot noticed the following build errors:'),
      reviewer('I see a WARNING in remap_pfn_range() when booting with the series.'),
      author('... and arm64 is not happy about pte_mkhuge() here.'),
    ],
    leaves: [reviewer('Could this deadlock if the caller already holds the lock?'), author('Thanks for the heads up on kasan and gcov, and I see you fixed the test.')],
  },
  'test-passed': {
    catches: [reviewer('I ran the vma selftests with both patches, all pass.'), reviewer('Tested this on arm64, no more locking issues anymore.'), author('FWIW I did a basic build and all looking good!'), reviewer('FWIW with these patches on top of rc1 I get:')],
    leaves: [reviewer('It is hard to test this without the right hardware.')],
  },
  'reviewer-nit': {
    catches: [reviewer('nit: double space after the comma.'), reviewer('Typo in the subject line.'), reviewer('s/recieve/receive/'), reviewer('Stray edit')],
    leaves: [author('Nit taken, will fix.'), reviewer('Please split this into two patches.'), reviewer('Looks good to me, some micro nits below.'), reviewer('A few nits, but')],
  },
  'author-declines': {
    catches: [author("Well, I don't think we should copy that comment everywhere."), author('I really don\'t think so? It is inlined anyway.'), author('No, prepare runs before the file is pinned.'), author('Right, but the desc describes a VMA being set up.')],
    leaves: [author("I don't think it matters much, but you're right, I agree.")],
  },
  'author-commits': {
    catches: [author('Sure, will fix in v2.'), author("Good point, I'll rename it."), author('Will do.'), author('Let me send a fix-patch!'), author('Okay, change of plans.')],
    leaves: [reviewer("I'll take a look at the rest tomorrow."), author('The lock protects the global counter.'), author('Ack!')],
  },
  'agrees-first': {
    catches: [reviewer('Yes, I agree we need no wrapper.'), reviewer('Yeah, I am not a fan of those hooks either.'), author('Ack!'), reviewer('Right and most drivers check only the shared flag.')],
    leaves: [reviewer('Yeah, no. It still fails here.'), author('Yeah. So let us defer adding that for now.'), reviewer('Right, but that is a different case.')],
  },
  pushback: {
    catches: [
      reviewer("I don't think this helper should take the mm at all."),
      reviewer('Changing the error code is out of scope for this series.'),
      reviewer('Yet another boolean, yuck.'),
      reviewer("It's not a mix of actions, it is one list."),
    ],
    leaves: [reviewer('Yeah, that makes sense to me.'), author('No idea why that test fails.')],
  },
  agrees: {
    catches: [reviewer('That makes sense.'), author('That was a good catch!'), reviewer('The change looks good.'), reviewer('Ah on second thoughts it does not matter, disregard this.'), reviewer('Heh, I should have checked further. I see that happening in patch 8.')],
    leaves: [reviewer('Please use vma_pages() here.'), author("It's much better than abusing the pfn type.")],
  },
  'reviewer-asks-change': {
    catches: [reviewer('Please use vma_pages(vma) here.'), reviewer('Could we pass the desc instead?'), reviewer('Might be worth a comment.'), reviewer('Should this be the pfn instead of the address?'), reviewer('Why not reuse the existing helper?')],
    leaves: [reviewer('How can you have more than one action with this scheme?'), author('Could you apply the fix below, Andrew?')],
  },
  'question-mark': {
    catches: [reviewer('Is this called with the mmap lock held?'), author('Which arches lack pte_special?'), reviewer('Does mmap_abort need the private data at all?')],
    leaves: [reviewer('The lock is taken twice on this path.')],
  },
  'reviewer-suggests': {
    catches: [reviewer('This should take a const pointer.'), reviewer('There is one action per VMA. Either drop the stats page or give it its own mapping.'), reviewer('The helpers need to be part of the new API.')],
    leaves: [author('This should work for every caller.'), reviewer('The lock is taken twice on this path.')],
  },
};

describe('point rules', () => {
  for (const rule of POINT_RULES) {
    describe(rule.id, () => {
      const examples = EXAMPLES[rule.id] ?? { catches: [], leaves: [] };
      it.each(examples.catches.map((f) => [f.text, f] as const))(`catches %j as ${rule.kind}`, (_t, facts) => {
        expect(classifyParagraph(facts)).toEqual({ kind: rule.kind, rule: rule.id, reason: rule.reason, ...(rule.continues ? { continues: true } : {}) });
      });
      it.each(examples.leaves.map((f) => [f.text, f] as const))('leaves %j to another rule', (_t, facts) => {
        expect(classifyParagraph(facts)?.rule).not.toBe(rule.id);
      });
    });
  }

  it('has examples for every rule, and no example for a rule that is gone', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(POINT_RULES.map((r) => r.id).sort());
    for (const [id, e] of Object.entries(EXAMPLES)) expect(e.catches.length, id).toBeGreaterThan(0);
  });

  it('has unique ids and a reason for each rule', () => {
    expect(new Set(POINT_RULES.map((r) => r.id)).size).toBe(POINT_RULES.length);
    for (const r of POINT_RULES) expect(r.reason.length, r.id).toBeGreaterThan(10);
  });

  it('classifies nothing in a plain explanation', () => {
    expect(classifyParagraph(reviewer('The counter is shared by every mm, and mmap_lock only serialises one mm.'))).toBeNull();
  });
});
