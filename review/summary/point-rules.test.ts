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
    leaves: [reviewer('This applies cleanly on top of mm-unstable.')],
  },
  'bug-symptom': {
    catches: [
      reviewer('With this series applied the fork test hangs after a few minutes.', { following: 'Call Trace:\n schedule+0x40/0x80' }),
      reviewer('kernel test robot noticed the following build errors:'),
      reviewer('I see a WARNING in remap_pfn_range() when booting with the series.'),
      author('... and arm64 is not happy about pte_mkhuge() here.'),
    ],
    leaves: [reviewer('Could this deadlock if the caller already holds the lock?')],
  },
  'test-passed': {
    catches: [reviewer('I ran the vma selftests with both patches, all pass.'), reviewer('Tested this on arm64, no more locking issues anymore.'), author('FWIW I did a basic build and all looking good!')],
    leaves: [reviewer('It is hard to test this without the right hardware.')],
  },
  'reviewer-nit': {
    catches: [reviewer('nit: double space after the comma.'), reviewer('Typo in the subject line.'), reviewer('s/recieve/receive/')],
    leaves: [author('Nit taken, will fix.'), reviewer('Please split this into two patches.')],
  },
  'author-commits': {
    catches: [author('Sure, will fix in v2.'), author("Good point, I'll rename it."), author('Will do.'), author('Let me send a fix-patch!'), author('Okay, change of plans.')],
    leaves: [reviewer("I'll take a look at the rest tomorrow."), author('The lock protects the global counter.')],
  },
  pushback: {
    catches: [
      reviewer("I don't think this helper should take the mm at all."),
      author('That is out of scope for this series.'),
      reviewer('Yet another boolean, yuck.'),
      author('Yeah, I am not a fan of generalised hooks.'),
    ],
    leaves: [reviewer('Yeah, that makes sense to me.')],
  },
  agrees: {
    catches: [reviewer('Makes sense.'), author('Good catch!'), reviewer('Looks good to me.'), reviewer('Ok, I see it was already considered.')],
    leaves: [reviewer('Please use vma_pages() here.')],
  },
  'reviewer-request': {
    catches: [reviewer('Please use vma_pages(vma) here.'), reviewer('This should take a const pointer.'), reviewer('Could we pass the desc instead?'), reviewer('Might be worth a comment.'), reviewer('There is one action per VMA. Either drop the stats page or give it its own mapping.')],
    leaves: [author('This should work for every caller.'), reviewer('The lock is taken twice on this path.')],
  },
  'question-mark': {
    catches: [reviewer('Is this called with the mmap lock held?'), author('Which arches lack pte_special?')],
    leaves: [reviewer('The lock is taken twice on this path.')],
  },
};

describe('point rules', () => {
  for (const rule of POINT_RULES) {
    describe(rule.id, () => {
      const examples = EXAMPLES[rule.id] ?? { catches: [], leaves: [] };
      it.each(examples.catches.map((f) => [f.text, f] as const))(`catches %j as ${rule.kind}`, (_t, facts) => {
        expect(classifyParagraph(facts)).toEqual({ kind: rule.kind, rule: rule.id, reason: rule.reason });
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
