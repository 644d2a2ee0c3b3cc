// What revision tracking should find on series 1 and 4 of the corpus: our own reading of the INDEX ("what
// changed between versions", the patch mapping tables and the review exchanges), written as checks on the
// tool's output. Patches are named by revision and number, review comments by message-id.

export type Step = 'v1→v2' | 'v2→v3' | 'v3→v4' | 'v4→v5';

/** One thing the INDEX says changed, as a check the output can pass or fail. */
export type ChangeItem = { step: Step; what: string } & (
  | { kind: 'dropped'; from: number }
  | { kind: 'new'; to: number }
  | { kind: 'split'; to: number; from: number }
  | { kind: 'names'; from: number; to: number; gained?: string[]; lost?: string[] }
  | { kind: 'interdiff-touches'; from: number; to: number; text: string }
  | { kind: 'message-changed'; from: number; to: number }
  | { kind: 'changelog-matched'; line: string }
  | { kind: 'changelog-mismatch'; line: string; name: string; closest: string }
  | { kind: 'tag-carried-onto-changed'; from: number; to: number; person: string }
  | { kind: 'no-tag-findings'; lost?: boolean }
);

/** A review comment (by the message that made it) and whether the next revision acted on it. */
export interface ReviewDriven {
  step: Step;
  messageId: string;
  /** When the message asks several things: the point meant, by its words. */
  about?: RegExp;
  who: string;
  status: 'addressed' | 'not-addressed';
  what: string;
}

export interface SeriesExpectations {
  slug: string;
  /** Per step, `old:new` patch numbers ('-' for none), in any order. */
  pairing: Partial<Record<Step, string[]>>;
  changes: ChangeItem[];
  reviewDriven: ReviewDriven[];
}

const seq = (pairs: string) => pairs.split(' ');

export const SERIES_1: SeriesExpectations = {
  slug: 'lorenzo-mmap-prepare-expand-2025',
  pairing: {
    'v1→v2': seq('1:1 2:2 3:3 4:4 5:5 6:- 7:9 8:6 9:7 -:8 10:10 11:11 12:12 13:13 14:14 15:15 16:16'),
    'v2→v3': seq('1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11 12:12 13:- 14:- 15:- 16:- -:13'),
    'v3→v4': seq('1:1 2:2 3:3 4:4 5:5 6:6 -:7 7:8 8:9 9:10 10:11 -:12 11:13 12:14 13:-'),
    'v4→v5': seq('1:1 2:2 -:3 3:4 4:5 5:6 6:7 7:8 8:9 9:10 10:11 11:12 12:13 13:14 14:15'),
  },
  changes: [
    { step: 'v1→v2', what: 'resctrl (12/16) stops using mmap_abort', kind: 'names', from: 12, to: 12, lost: ['mmap_abort'] },
    { step: 'v1→v2', what: 'the mmap_complete/mmap_abort hooks patch is gone', kind: 'dropped', from: 6 },
    { step: 'v1→v2', what: 'new patch 08/16 adds mmap_action to vm_area_desc', kind: 'new', to: 8 },
    { step: 'v1→v2', what: 'the hugetlbfs conversion no longer uses mmap_complete', kind: 'names', from: 10, to: 10, lost: ['mmap_complete'] },
    { step: 'v1→v2', what: 'the CL names vma_desc_set_remap(), which the code does not have', kind: 'changelog-mismatch', line: 'Added helper functions for these', name: 'vma_desc_set_remap', closest: '' },
    { step: 'v1→v2', what: 'the inverted VM_WARN_ON_ONCE is fixed in remap_pfn_range_prepare (08/16 → 06/16)', kind: 'interdiff-touches', from: 8, to: 6, text: 'VM_WARN_ON_ONCE' },
    { step: 'v1→v2', what: '__mmap_prelude renamed to __mmap_setup', kind: 'names', from: 5, to: 5, gained: ['__mmap_setup'], lost: ['__mmap_prelude'] },
    { step: 'v1→v2', what: 'the rename patch has a new subject', kind: 'message-changed', from: 5, to: 5 },
    { step: 'v1→v2', what: 'the relay kerneldoc fix (04/16 changed)', kind: 'changelog-matched', line: 'Fixed relay kerneldoc error.' },
    { step: 'v1→v2', what: 'tags propagated', kind: 'changelog-matched', line: 'Propagated tags, thanks everyone! :)' },
    { step: 'v2→v3', what: 'mixedmap helpers and MMAP_INSERT_MIXED* dropped from the action patch', kind: 'names', from: 8, to: 8, lost: ['mmap_action_mixedmap', 'mmap_action_mixedmap_pages', 'MMAP_INSERT_MIXED', 'MMAP_INSERT_MIXED_PAGES'] },
    { step: 'v2→v3', what: 'MMAP_CUSTOM_ACTION dropped', kind: 'names', from: 8, to: 8, lost: ['MMAP_CUSTOM_ACTION'] },
    { step: 'v2→v3', what: 'cramfs dropped', kind: 'dropped', from: 13 },
    { step: 'v2→v3', what: 'procfs dropped', kind: 'dropped', from: 14 },
    { step: 'v2→v3', what: 'vmcore dropped', kind: 'dropped', from: 15 },
    { step: 'v2→v3', what: 'kcov dropped', kind: 'dropped', from: 16 },
    { step: 'v2→v3', what: 'helpers take the desc, addr became start, no pgprot', kind: 'names', from: 8, to: 8, gained: ['start'], lost: ['pgprot'] },
    { step: 'v2→v3', what: 'new mmap_action_remap_full(), mmap_action_ioremap(), mmap_action_ioremap_full(), is_io_remap', kind: 'names', from: 8, to: 8, gained: ['mmap_action_remap_full', 'mmap_action_ioremap', 'mmap_action_ioremap_full', 'is_io_remap'] },
    { step: 'v2→v3', what: 'vma_desc_size()/vma_desc_pages() const-ified (03/16 changed)', kind: 'interdiff-touches', from: 3, to: 3, text: 'const struct vm_area_desc' },
    { step: 'v2→v3', what: 'new iommufd patch 13/13', kind: 'new', to: 13 },
    { step: 'v2→v3', what: 'mem char uses mmap_action_remap_full()', kind: 'names', from: 11, to: 11, gained: ['mmap_action_remap_full'] },
    { step: 'v2→v3', what: 'resctrl uses mmap_action_remap_full()', kind: 'names', from: 12, to: 12, gained: ['mmap_action_remap_full'] },
    { step: 'v2→v3', what: 'fix patches squashed', kind: 'changelog-matched', line: 'Squashed fix patches.' },
    { step: 'v3→v4', what: 'remap_pfn_range_internal() loses its set_vma bool', kind: 'names', from: 6, to: 6, lost: ['set_vma'] },
    { step: 'v3→v4', what: 'the stale mmap_abort mention leaves the commit message of 06', kind: 'message-changed', from: 6, to: 6 },
    { step: 'v3→v4', what: 'new patch 07/14 abstracts io_remap_pfn_range() on the PFN', kind: 'new', to: 7 },
    { step: 'v3→v4', what: 'MMAP_IO_REMAP_PFN replaces is_io_remap', kind: 'names', from: 8, to: 9, gained: ['MMAP_IO_REMAP_PFN'], lost: ['is_io_remap'] },
    { step: 'v3→v4', what: '[__]compat_vma_prepare renamed (the code: __compat_vma_mmap_prepare → __compat_vma_mmap)', kind: 'names', from: 8, to: 9, gained: ['__compat_vma_mmap'], lost: ['__compat_vma_mmap_prepare'] },
    { step: 'v3→v4', what: 'shmem_zero_setup_desc() split out of the mem char patch', kind: 'split', to: 12, from: 11 },
    { step: 'v3→v4', what: 'mmap_prepare_zero renamed to mmap_zero_prepare', kind: 'names', from: 11, to: 13, gained: ['mmap_zero_prepare'], lost: ['mmap_prepare_zero'] },
    { step: 'v3→v4', what: 'the /dev/zero MAP_PRIVATE fix uses a success hook', kind: 'names', from: 11, to: 13, gained: ['success_hook'] },
    { step: 'v3→v4', what: 'iommufd dropped after v3', kind: 'dropped', from: 13 },
    { step: 'v4→v5', what: 'the CL calls the flag hold_rmap_lock_until_complete, the code hide_from_rmap_until_complete', kind: 'changelog-mismatch', line: 'Added hold_rmap_lock_until_complete option', name: 'hold_rmap_lock_until_complete', closest: 'hide_from_rmap_until_complete' },
    { step: 'v4→v5', what: 'the action patch adds the rmap-hiding flag', kind: 'names', from: 9, to: 10, gained: ['hide_from_rmap_until_complete'] },
    { step: 'v4→v5', what: 'hugetlbfs sets the flag', kind: 'names', from: 11, to: 12, gained: ['hide_from_rmap_until_complete'] },
    { step: 'v4→v5', what: 'new patch 03/15 makes vma_link() and friends static', kind: 'new', to: 3 },
    { step: 'v4→v5', what: "hugetlbfs still carries Jason's Reviewed-by though it changed", kind: 'tag-carried-onto-changed', from: 11, to: 12, person: 'Jason Gunthorpe' },
  ],
  reviewDriven: [
    { step: 'v1→v2', messageId: '4fbe6c51-69f4-455e-922f-acdc613108cb-agordeev@linux.ibm.com', who: 'Alexander Gordeev', status: 'addressed', what: 'WARNING at boot: the inverted VM_WARN_ON_ONCE' },
    { step: 'v1→v2', messageId: '20250908125101.GX616306@nvidia.com', who: 'Jason Gunthorpe', status: 'not-addressed', what: 'a helper for the shared check: the thread settles on is_cow_mapping(), 03/16 stays as it was' },
    { step: 'v1→v2', messageId: '07ea2397-bec1-4420-8ee2-b1ca2d7c30e5@redhat.com', who: 'David Hildenbrand', status: 'addressed', what: '__mmap_setup() rather than prologue' },
    { step: 'v1→v2', messageId: '20250908125526.GY616306@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'the mmap_complete/abort hooks (redesigned into actions)' },
    { step: 'v1→v2', messageId: 'ad69e837-b5c7-4e2d-a268-c63c9b4095cf@redhat.com', who: 'David Hildenbrand', status: 'addressed', what: 'document the hooks / opaque handle (redesigned)' },
    { step: 'v1→v2', messageId: 'CAJuCfpEeUkta7UfN2qzSxHuohHnm7qXe=rEzVjfynhmn2WF0fA@mail.gmail.com', who: 'Suren Baghdasaryan', status: 'addressed', what: 'mmap_abort private data (mmap_abort removed)' },
    { step: 'v1→v2', messageId: 'c0d7df5f-ac43-4e15-8400-155bf87d5e77@infradead.org', who: 'Randy Dunlap', status: 'addressed', what: 'doc typo and bold' },
    { step: 'v1→v2', messageId: '20250908130015.GZ616306@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'complete should be a generic helper, no locks (actions)' },
    { step: 'v1→v2', messageId: '20250908133538.GF616306@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'complete only populates PTEs (actions)' },
    { step: 'v1→v2', messageId: '20250908131121.GA616306@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'hugetlbfs should take the desc' },
    { step: 'v1→v2', messageId: '20250908132447.GB616306@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'resctrl without mmap_abort' },
    { step: 'v2→v3', messageId: '3f11cb3a-7f48-4fb8-a700-228fee3e4627@redhat.com', who: 'David Hildenbrand', status: 'addressed', what: 'const parameters for vma_desc_size()/vma_desc_pages()' },
    { step: 'v2→v3', messageId: 'dce30be7-90d3-4a6a-9b26-44d76c3190a0@intel.com', who: 'Reinette Chatre', status: 'addressed', what: 'typo in the success_hook comment' },
    { step: 'v2→v3', messageId: '20250915121112.GC1024672@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'kdoc, desc-based helpers, mmap_action_remap_full(), no pgprot' },
    { step: 'v2→v3', messageId: '20250915124259.GF1024672@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'mixedmap is wrong for real MIXEDMAP users' },
    { step: 'v2→v3', messageId: '20250915131142.GI1024672@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'one action per VMA, no custom action' },
    { step: 'v2→v3', messageId: '20250915121617.GD1024672@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'kcov: should be a vmalloc_user action (kcov dropped)' },
    { step: 'v3→v4', messageId: '20250916170723.GO1086830@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'no set_vma bool; stale mmap_abort in the message' },
    { step: 'v3→v4', messageId: 'fdkqhtegozzwx3p4fqzkar7dfbzffn7xiz7ht365c3pe4x6hk3@zbfwoktrhci3', who: 'Pedro Falcato', status: 'addressed', what: 'make [io_]remap_pfn_range_[prepare, complete]() internal' },
    { step: 'v3→v4', messageId: '20250916171930.GP1086830@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'abstract the io remap PFN (new 07/14)' },
    { step: 'v3→v4', messageId: '20250916172836.GQ1086830@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'an MMAP_IO_REMAP_PFN action type' },
    { step: 'v3→v4', messageId: '20250916174006.GS1086830@nvidia.com', who: 'Jason Gunthorpe', status: 'addressed', what: 'split out shmem_zero_setup_desc()' },
    { step: 'v3→v4', messageId: 'wabzfghapygwy3fzexbplmasrdzttt3nsgpmoj4kr6g7ldstkg@tthpx7de6tqk', about: /two hooks/, who: 'Pedro Falcato', status: 'not-addressed', what: 'one finish hook instead of success and error hooks (kept)' },
    { step: 'v4→v5', messageId: '20250917213737.GH1391379@nvidia.com', about: /single hook/, who: 'Jason Gunthorpe', status: 'not-addressed', what: 'one finish hook (kept)' },
    { step: 'v4→v5', messageId: '20250917213737.GH1391379@nvidia.com', about: /abort the thing/, who: 'Jason Gunthorpe', status: 'addressed', what: 'nommu: WARN and -EINVAL rather than carry on (fix-patch 208, folded into v5)' },
    { step: 'v4→v5', messageId: 'aNKJ6b7kmT_u0A4c@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com', who: 'Sumanth Korikkar', status: 'addressed', what: 'libhugetlbfs fallocate_stress hang (fixed by hiding the VMA from rmap)' },
  ],
};

export const SERIES_4: SeriesExpectations = {
  slug: 'david-vmf-insert-folio-fixes-2025',
  pairing: {
    'v1→v2': seq('-:1 1:2 2:3'),
    'v2→v3': seq('1:1 2:2 3:3'),
  },
  changes: [
    { step: 'v1→v2', what: 'new patch 1/3: the cachemode fix in vmf_insert_pfn_pud()', kind: 'new', to: 1 },
    { step: 'v1→v2', what: 'subjects say folios instead of pages', kind: 'message-changed', from: 1, to: 2 },
    { step: 'v1→v2', what: 'the pmd patch reuses the insert function through a struct', kind: 'interdiff-touches', from: 1, to: 2, text: 'struct folio_or_pfn' },
    { step: 'v1→v2', what: 'RB/TB from Dan and Oscar dropped because the patches changed: no tag flagged as lost', kind: 'no-tag-findings', lost: true },
    { step: 'v1→v2', what: 'the CL line about dropping the tags', kind: 'changelog-matched', line: 'Dropped RB/TB from Dan and Oscar due to the changes' },
    { step: 'v2→v3', what: 'tags added, none carried onto changed code or lost', kind: 'no-tag-findings' },
    { step: 'v2→v3', what: 'added tags', kind: 'changelog-matched', line: 'Added tags (thanks for all the review!)' },
    { step: 'v2→v3', what: 'small fixups (empty lines) and descriptions', kind: 'changelog-matched', line: 'Smaller fixups (add empty lines) and patch description improvements' },
  ],
  reviewDriven: [
    { step: 'v1→v2', messageId: 'aEKkvdSAplmukcXz@localhost.localdomain', who: 'Oscar Salvador', status: 'addressed', what: "don't duplicate insert_pfn_pmd() (unified through a struct)" },
    { step: 'v2→v3', messageId: 'xdkrref3md2rfc3sou6lta2vcevz6e4ckjd6q67znpipkvxbmw@gftpxkrtlqnx', who: 'Alistair Popple', status: 'not-addressed', what: 'insert_pmd_entry() with entry constructors (declined)' },
    { step: 'v2→v3', messageId: 'dvstixx4pey6euns6xttep5bbc4jhz6smtgheijviwkbawnqbm@tqhbg4hzeiog', who: 'Alistair Popple', status: 'not-addressed', what: 'forward pgprot/track_pfn_insert in the folio PUD path (explained, no change)' },
    { step: 'v2→v3', messageId: '434c6cfd-ba83-4d3c-8bde-736fcb8e9d91@lucifer.local', who: 'Lorenzo Stoakes', status: 'addressed', what: 'the newline nit (the macro nit deferred)' },
  ],
};
