// Our labels for series 1 of the lkml-mm corpus (Lorenzo Stoakes' mmap_prepare series, v1–v5): every
// reply, with the points we judge it makes. Written by reading each reply; see label-types.ts.
import type { ReplyLabel } from './label-types.js';

export const slug = 'lorenzo-mmap-prepare-expand-2025';

export const labels: ReplyLabel[] = [
  { id: 'tyoifr2ym3pzx4nwqhdwap57us3msusbsmql7do4pim5ku7qtm@wjyvh5bs633s', points: [
    { line: 54, kind: 'change-request', status: 'disputed', decidedBy: '4af2ef49-2695-4880-8d4b-92f11d8f9c7c@lucifer.local', note: 'make mmap a single high-level hook calling mm library helpers, like read/write' },
  ] },
  { id: '9b463af0-3f29-4816-bd5d-caa282b1a9cd@lucifer.local', points: [
    { line: 46, kind: 'objection', status: 'noted', note: 'mm must know how to map before the VMA is in the tree, and act after' },
  ] },
  { id: '20250908150404.GL616306@nvidia.com', points: [
    { line: 5, kind: 'change-request', status: 'disputed', decidedBy: '4af2ef49-2695-4880-8d4b-92f11d8f9c7c@lucifer.local', note: 'restates the idea as driver-side alloc/commit pseudo-code' },
  ] },
  { id: '4af2ef49-2695-4880-8d4b-92f11d8f9c7c@lucifer.local', points: [
    { line: 29, kind: 'objection', status: 'noted', note: 'locking, merge and error paths are too subtle to hand to drivers' },
  ] },
  { id: '4fbe6c51-69f4-455e-922f-acdc613108cb-agordeev@linux.ibm.com', points: [
    { line: 5, kind: 'bug-report', status: 'resolved', decidedBy: 'ecffb1a8-86af-40f6-bb78-3367e2223953@lucifer.local', note: 'a WARNING in remap_pfn_range_internal() when booting with the series' },
  ] },
  { id: 'ecffb1a8-86af-40f6-bb78-3367e2223953@lucifer.local', points: [
    { line: 11, kind: 'agreement', status: 'noted', note: 'acknowledges the inverted assertion' },
    { line: 24, kind: 'commitment', status: 'noted', note: 'will fix on respin' },
  ] },
  { id: 'cc59a58c-266c-4424-9df1-d1cec8d740c5@redhat.com', points: [
    { line: 7, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '171b197f-0f40-4faa-9e40-1b68a79e05c9@lucifer.local', points: [], note: 'thanks only' },
  { id: '2a08292a-fdad-49f1-8ad9-550bf3129b2f@linux.alibaba.com', points: [
    { line: 9, kind: 'agreement', status: 'noted', note: 'LGTM' },
    { line: 10, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'ff2d31de-be6b-401c-ae33-db2f01c87a45@lucifer.local', points: [], note: 'thanks only' },
  { id: 'e9f2a694-29b0-4761-ad7a-88c4b24b90b7@redhat.com', points: [
    { line: 26, kind: 'trailer', status: 'noted', note: 'Acked-by' },
    { line: 28, kind: 'change-request', status: 'resolved', decidedBy: 'a97321dd-d8a4-4658-8894-14b854661d34@lucifer.local', note: 'rename __check_vma(), it checks no VMA' },
  ] },
  { id: 'a97321dd-d8a4-4658-8894-14b854661d34@lucifer.local', points: [
    { line: 33, kind: 'agreement', status: 'noted', note: 'agrees the name is wrong' },
    { line: 40, kind: 'question', status: 'resolved', decidedBy: 'cb2f3d85-928f-4a48-9f14-0628c189f10d@redhat.com', note: 'proposes check_vma_desc()' },
  ] },
  { id: 'cb2f3d85-928f-4a48-9f14-0628c189f10d@redhat.com', points: [
    { line: 43, kind: 'agreement', status: 'noted', note: 'the name would work' },
    { line: 45, kind: 'change-request', status: 'open', note: 'let check_vma() build a desc and pass it on' },
  ] },
  { id: '20250908125101.GX616306@nvidia.com', points: [
    { line: 10, kind: 'change-request', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'a helper for the forced-shared check' },
    { line: 16, kind: 'change-request', status: 'resolved', decidedBy: 'e71b7763-4a62-4709-9969-8579bdcff595@lucifer.local', note: 'a helper for must-not-be-exec as well' },
  ] },
  { id: 'e71b7763-4a62-4709-9969-8579bdcff595@lucifer.local', points: [
    { line: 15, kind: 'commitment', status: 'noted', note: 'can add one' },
    { line: 20, kind: 'question', status: 'resolved', decidedBy: '20250908133224.GE616306@nvidia.com', note: 'floats a could-be-shared name' },
    { line: 25, kind: 'commitment', status: 'noted', note: 'will look at the exec one' },
  ] },
  { id: '20250908133224.GE616306@nvidia.com', points: [
    { line: 23, kind: 'objection', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'must, not could' },
    { line: 25, kind: 'change-request', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'name it after CoW: !vma_desc_cowable()' },
  ] },
  { id: '090675bd-cb18-4148-967b-52cca452e07b@lucifer.local', points: [
    { line: 41, kind: 'objection', status: 'noted', note: 'read-only private mappings are not CoW, so no' },
  ] },
  { id: '20250908142011.GK616306@nvidia.com', points: [
    { line: 17, kind: 'change-request', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'drivers check shared to prevent CoW; name the helper for that and make it right' },
  ] },
  { id: '764d413a-43a3-4be2-99c4-616cd8cd3998@lucifer.local', points: [
    { line: 34, kind: 'objection', status: 'noted', note: 'worried about scope and breaking things' },
    { line: 37, kind: 'commitment', status: 'noted', note: 'offers a cowable helper used only where sure' },
  ] },
  { id: 'af3695c3-836a-4418-b18d-96d8ae122f25@redhat.com', points: [
    { line: 41, kind: 'objection', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'the desc is not cowable, the mapping is: bad name' },
  ] },
  { id: '076658ac-78bc-4d4b-bf3b-d04cd3f0fa21@redhat.com', points: [
    { line: 44, kind: 'change-request', status: 'open', note: 'const pointers for both helpers' },
    { line: 64, kind: 'change-request', status: 'resolved', decidedBy: 'b62e38e7-9f27-4594-943e-987a14dba05e@lucifer.local', note: 'secretmem wants no private mappings: a private-mapping helper' },
  ] },
  { id: '20250908151637.GM616306@nvidia.com', points: [
    { line: 52, kind: 'change-request', status: 'resolved', decidedBy: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', note: 'call it never-cowable and convert plain shared checks' },
  ] },
  { id: '8edb13fc-e58d-4480-8c94-c321da0f4d8e@redhat.com', points: [
    { line: 14, kind: 'objection', status: 'resolved', decidedBy: 'b62e38e7-9f27-4594-943e-987a14dba05e@lucifer.local', note: 'secretmem should check for private mappings, not CoW' },
  ] },
  { id: '20250908153342.GA789684@nvidia.com', points: [], note: 'a remark on why secretmem differs' },
  { id: 'b62e38e7-9f27-4594-943e-987a14dba05e@lucifer.local', points: [
    { line: 22, kind: 'commitment', status: 'noted', note: 'will add a helper for both cases' },
    { line: 24, kind: 'question', status: 'open', note: 'proposes a name for the private case' },
  ] },
  { id: 'd47b68a2-9376-425c-86ce-0a3746819f38@lucifer.local', points: [
    { line: 50, kind: 'question', status: 'resolved', decidedBy: '92def589-a76f-4360-8861-6bc9f94c1987@redhat.com', note: 'maybe just use is_cow_mapping() for that case?' },
  ] },
  { id: '365c1ec2-cda6-4d94-895c-b2a795101857@redhat.com', points: [], note: 'an argument in the naming discussion' },
  { id: '3229ac90-943f-4574-a9b8-bd4f5fa6cf03@redhat.com', points: [], note: 'a self-correction' },
  { id: '20250908155652.GE789684@nvidia.com', points: [], note: 'restates the case for a CoW-named helper' },
  { id: '92def589-a76f-4360-8861-6bc9f94c1987@redhat.com', points: [
    { line: 54, kind: 'agreement', status: 'noted', note: 'no extra wrapper needed' },
  ] },
  { id: '7b0f5b81-e18c-4629-a715-b5fee722b4aa@redhat.com', points: [
    { line: 23, kind: 'change-request', status: 'resolved', decidedBy: 'b1a1f4be-8f1c-4fc1-8f60-a5f02836bd12@lucifer.local', note: 'offers a memfd simplification diff' },
  ] },
  { id: 'b1a1f4be-8f1c-4fc1-8f60-a5f02836bd12@lucifer.local', points: [
    { line: 37, kind: 'agreement', status: 'noted', note: 'the memfd diff is fine' },
  ] },
  { id: '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local', points: [
    { line: 57, kind: 'commitment', status: 'noted', note: 'will use is_cow_mapping() instead of a wrapper' },
  ] },
  { id: 'e9b9b4f4-8ed1-40e8-8b49-22a0b10c72e6@redhat.com', points: [
    { line: 8, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '4ff77411-f760-4837-b5ab-24b4e181dcaa@lucifer.local', points: [], note: 'thanks only' },
  { id: '07ea2397-bec1-4420-8ee2-b1ca2d7c30e5@redhat.com', points: [
    { line: 9, kind: 'question', status: 'resolved', decidedBy: 'a8fe7ef8-07e5-45af-b930-ce5deda226d9@lucifer.local', note: 'prologue vs epilogue naming' },
    { line: 11, kind: 'change-request', status: 'resolved', decidedBy: 'dacfa550-df12-481e-a47f-068c440e6a8b@lucifer.local', note: 'rename only to __mmap_setup(), keep __mmap_complete()' },
  ] },
  { id: 'a8fe7ef8-07e5-45af-b930-ce5deda226d9@lucifer.local', points: [
    { line: 20, kind: 'commitment', status: 'noted', note: 'will rename to __mmap_setup()' },
    { line: 25, kind: 'objection', status: 'noted', note: 'but a complete hook is being added' },
    { line: 27, kind: 'question', status: 'resolved', decidedBy: '225a3143-93de-4968-bfc5-6794c70f3f82@redhat.com', note: 'offers __mmap_finish() instead' },
  ] },
  { id: '225a3143-93de-4968-bfc5-6794c70f3f82@redhat.com', points: [
    { line: 32, kind: 'agreement', status: 'noted', note: 'setup/finish is fine' },
  ] },
  { id: 'dacfa550-df12-481e-a47f-068c440e6a8b@lucifer.local', points: [
    { line: 37, kind: 'commitment', status: 'noted', note: 'will fix on respin' },
  ] },
  { id: '20250908125526.GY616306@nvidia.com', points: [
    { line: 20, kind: 'change-request', status: 'resolved', decidedBy: '0df59b0c-dd8d-4087-9ddf-3659326f57e9@lucifer.local', note: 'say in the commit message whether the prepopulate race is fixed' },
    { line: 33, kind: 'question', status: 'resolved', decidedBy: '0df59b0c-dd8d-4087-9ddf-3659326f57e9@lucifer.local', note: 'why both private_data and mmap_context' },
  ] },
  { id: '0df59b0c-dd8d-4087-9ddf-3659326f57e9@lucifer.local', points: [
    { line: 33, kind: 'question', status: 'open', note: 'should that not resolve the race?' },
    { line: 35, kind: 'commitment', status: 'noted', note: 'will add a note' },
  ] },
  { id: 'ad69e837-b5c7-4e2d-a268-c63c9b4095cf@redhat.com', points: [
    { line: 66, kind: 'question', status: 'resolved', decidedBy: 'c04357f9-795e-4a5d-b762-f140e3d413d8@lucifer.local', note: 'is there a description of what the hooks do and allow' },
    { line: 69, kind: 'objection', status: 'resolved', decidedBy: '8994a0f1-1217-49e6-a0db-54ddb5ab8830@lucifer.local', note: 'complete looks like another way for drivers to abuse the VMA' },
  ] },
  { id: 'c04357f9-795e-4a5d-b762-f140e3d413d8@lucifer.local', points: [
    { line: 76, kind: 'objection', status: 'noted', note: 'only so much can be done; the VMA is handed out only when safe' },
  ] },
  { id: 'e882bb41-f112-4ec3-a611-0b7fcf51d105@redhat.com', points: [
    { line: 87, kind: 'change-request', status: 'resolved', decidedBy: '8994a0f1-1217-49e6-a0db-54ddb5ab8830@lucifer.local', note: 'abstract the common complete operations behind an opaque handle' },
  ] },
  { id: '8994a0f1-1217-49e6-a0db-54ddb5ab8830@lucifer.local', points: [
    { line: 26, kind: 'question', status: 'open', note: 'proposes an opaque object with accessors and an escape hatch' },
    { line: 36, kind: 'commitment', status: 'noted', note: 'will refactor so complete only prepopulates' },
  ] },
  { id: 'CAJuCfpEeUkta7UfN2qzSxHuohHnm7qXe=rEzVjfynhmn2WF0fA@mail.gmail.com', points: [
    { line: 42, kind: 'question', status: 'resolved', decidedBy: '4b3a2009-7ad6-4110-bff1-5d3adf43b5ef@lucifer.local', note: 'does mmap_abort need vm_private_data at all' },
  ] },
  { id: 'CAJuCfpFr+vMowHzAs7QDwMmNvS4RMJg0xqXkYAxBLCKh1wdAmQ@mail.gmail.com', points: [
    { line: 116, kind: 'nit', status: 'open', note: 'a misspelling in a comment' },
  ] },
  { id: '4b3a2009-7ad6-4110-bff1-5d3adf43b5ef@lucifer.local', points: [
    { line: 48, kind: 'commitment', status: 'noted', note: 'mmap_abort is gone in the next respin' },
  ] },
  { id: 'c0d7df5f-ac43-4e15-8400-155bf87d5e77@infradead.org', points: [
    { line: 28, kind: 'nit', status: 'resolved', decidedBy: '0a19543e-d2bd-40d0-8f0a-42cbabedaa9c@lucifer.local', note: 'wrong hook name in the doc text' },
    { line: 37, kind: 'nit', status: 'resolved', decidedBy: '0a19543e-d2bd-40d0-8f0a-42cbabedaa9c@lucifer.local', note: 'bold for MUST NOT' },
  ] },
  { id: '0a19543e-d2bd-40d0-8f0a-42cbabedaa9c@lucifer.local', points: [
    { line: 31, kind: 'commitment', status: 'noted', note: 'will fix on respin' },
    { line: 47, kind: 'commitment', status: 'noted', note: 'will do the bold' },
  ] },
  { id: '20250908130015.GZ616306@nvidia.com', points: [
    { line: 8, kind: 'objection', status: 'resolved', decidedBy: '0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local', note: 'callers should not have to hold locks across prepare and complete' },
    { line: 23, kind: 'change-request', status: 'resolved', decidedBy: '0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local', note: 'store the pfn in the desc and make complete a generic helper' },
  ] },
  { id: 'f819a3b8-7040-44fd-b1ae-f273d702eb5b@lucifer.local', points: [
    { line: 25, kind: 'objection', status: 'noted', note: 'implementors may need locks across the split' },
    { line: 45, kind: 'objection', status: 'noted', note: 'cannot always be generic' },
    { line: 55, kind: 'question', status: 'open', note: 'wonders about a no-CoW prepare variant' },
  ] },
  { id: '20250908133538.GF616306@nvidia.com', points: [
    { line: 6, kind: 'objection', status: 'resolved', decidedBy: '0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local', note: 'complete should only fill PTEs, not be split this way' },
  ] },
  { id: '34d93f7f-8bb8-4ffc-a6b9-05b68e876766@lucifer.local', points: [
    { line: 9, kind: 'objection', status: 'noted', note: 'disagrees: the two stages are needed' },
    { line: 30, kind: 'question', status: 'resolved', decidedBy: '20250908160306.GF789684@nvidia.com', note: 'can all remaining mmap users do with prepopulate only?' },
    { line: 41, kind: 'commitment', status: 'noted', note: 'will check the resctrl lock, maybe drop mmap_abort' },
    { line: 44, kind: 'objection', status: 'noted', note: 'calling it prepopulate is not sensible' },
  ] },
  { id: '20250908160306.GF789684@nvidia.com', points: [
    { line: 13, kind: 'change-request', status: 'resolved', decidedBy: '0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local', note: 'as far as possible complete should only populate PTEs' },
  ] },
  { id: '0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local', points: [
    { line: 20, kind: 'commitment', status: 'noted', note: 'will refactor so complete only populates, try a generic helper' },
    { line: 33, kind: 'agreement', status: 'noted', note: 'ack' },
  ] },
  { id: '20250908131121.GA616306@nvidia.com', points: [
    { line: 13, kind: 'question', status: 'resolved', decidedBy: 'f81fe6d4-43d2-461d-81b9-032a590f5b22@lucifer.local', note: 'was it split only because the vma is passed?' },
    { line: 38, kind: 'change-request', status: 'resolved', decidedBy: 'd9121de1-e929-4450-8e19-f1df8b617978@lucifer.local', note: 'refactor hugetlb_reserve_pages() to work on the desc' },
  ] },
  { id: 'f81fe6d4-43d2-461d-81b9-032a590f5b22@lucifer.local', points: [
    { line: 53, kind: 'objection', status: 'noted', note: 'wants minimal changes, no big refactor' },
    { line: 60, kind: 'agreement', status: 'noted', note: 'agrees complete should mostly fill PTEs' },
  ] },
  { id: '20250908135240.GI616306@nvidia.com', points: [
    { line: 51, kind: 'change-request', status: 'resolved', decidedBy: 'd9121de1-e929-4450-8e19-f1df8b617978@lucifer.local', note: 'do only the lock setup in complete' },
    { line: 59, kind: 'change-request', status: 'resolved', decidedBy: 'd9121de1-e929-4450-8e19-f1df8b617978@lucifer.local', note: 'it is a small refactor: pass the desc in' },
  ] },
  { id: 'd9121de1-e929-4450-8e19-f1df8b617978@lucifer.local', points: [
    { line: 63, kind: 'commitment', status: 'noted', note: 'will look at refactoring it' },
  ] },
  { id: '20250908132447.GB616306@nvidia.com', points: [
    { line: 6, kind: 'objection', status: 'resolved', decidedBy: 'd8ccda47-aad1-4900-be48-ae413d55d98f@lucifer.local', note: 'holding the mutex over the remap is pointless' },
    { line: 16, kind: 'change-request', status: 'resolved', decidedBy: 'fb9ce6c6-913e-491a-99c6-0bb38f0d1d37@lucifer.local', note: 'a generic no-CoW remap helper' },
    { line: 22, kind: 'change-request', status: 'disputed', decidedBy: 'fb9ce6c6-913e-491a-99c6-0bb38f0d1d37@lucifer.local', note: 'store phys in the desc, populate in common code' },
  ] },
  { id: 'fb9ce6c6-913e-491a-99c6-0bb38f0d1d37@lucifer.local', points: [
    { line: 21, kind: 'agreement', status: 'noted', note: 'agrees on a no-CoW helper' },
    { line: 24, kind: 'question', status: 'open', note: 'asks about the helper name' },
    { line: 32, kind: 'objection', status: 'noted', note: 'reluctant to put the pfn in the desc' },
  ] },
  { id: 'd8ccda47-aad1-4900-be48-ae413d55d98f@lucifer.local', points: [
    { line: 11, kind: 'agreement', status: 'noted', note: 'the mutex is not needed' },
    { line: 17, kind: 'commitment', status: 'noted', note: 'will drop it and mmap_abort' },
  ] },
  { id: '20250908132723.GC616306@nvidia.com', points: [
    { line: 51, kind: 'change-request', status: 'disputed', decidedBy: 'a2e8efd4-22a3-43c3-835d-7f3a55fb4252@lucifer.local', note: 'separate ops for the normal and mixed map cases' },
    { line: 54, kind: 'question', status: 'resolved', decidedBy: 'a2e8efd4-22a3-43c3-835d-7f3a55fb4252@lucifer.local', note: 'should the hooks be in vm_ops rather than f_op' },
  ] },
  { id: 'a2e8efd4-22a3-43c3-835d-7f3a55fb4252@lucifer.local', points: [
    { line: 55, kind: 'objection', status: 'noted', note: 'cannot refactor every converted user' },
  ] },
  { id: '20250908133013.GD616306@nvidia.com', points: [
    { line: 10, kind: 'question', status: 'resolved', decidedBy: 'c548e94d-5a06-464d-9076-b4a5d2e750dd@lucifer.local', note: 'why re-check the size' },
    { line: 15, kind: 'change-request', status: 'resolved', decidedBy: 'c548e94d-5a06-464d-9076-b4a5d2e750dd@lucifer.local', note: 'use a vma size helper instead' },
  ] },
  { id: 'c548e94d-5a06-464d-9076-b4a5d2e750dd@lucifer.local', points: [
    { line: 18, kind: 'commitment', status: 'noted', note: 'will fix' },
  ] },
  { id: '20250910143845.7ecfed713e436ed532c93491@linux-foundation.org', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'the maintainer adds v2 to mm-new' },
  ] },
  { id: '24895019-1473-4b1f-9d5a-8beea30e95b1@lucifer.local', points: [], note: 'thanks only' },
  { id: '4lfedpbfjq6yexryq4jmdoycky762ewmw2thjm2h6wzgqda46a@p3wzpxlhe7ka', points: [
    { line: 8, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 10, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'fpdlink5oiu7dbx35qayavv4lq2qjvruyplo2bomvu7lnsz62h@uwoawxkmywo7', points: [
    { line: 8, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 10, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'afrz7upbj463hmejktsw2dxvvty7a7jtsibyn4fdlwwyrzogrh@c3svlrvl4job', points: [
    { line: 8, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 11, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '3f11cb3a-7f48-4fb8-a700-228fee3e4627@redhat.com', points: [
    { line: 44, kind: 'change-request', status: 'resolved', decidedBy: '17b6846e-d06e-4a2f-9104-17b147cafc7d@lucifer.local', note: 'const pointer parameters' },
    { line: 64, kind: 'trailer', status: 'noted', note: 'Acked-by' },
  ] },
  { id: '17b6846e-d06e-4a2f-9104-17b147cafc7d@lucifer.local', points: [
    { line: 44, kind: 'commitment', status: 'noted', note: 'will do on respin' },
  ] },
  { id: 'q5kr5klayp7wcdv5535etvhfcmsftf2h5pi2nhxjpxsyu4h6qt@e6fidg7kolk2', points: [
    { line: 8, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 10, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '97117b3a-1d92-418d-a01e-539c77872ff2@redhat.com', points: [
    { line: 9, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '9428453d-d67a-4c49-a71e-d0acfee7cc12@lucifer.local', points: [], note: 'thanks only' },
  { id: 'ce124bd3-ee49-498a-ae23-47a4797f03bd@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts a sparc fix-patch' },
  ] },
  { id: 'dce30be7-90d3-4a6a-9b26-44d76c3190a0@intel.com', points: [
    { line: 57, kind: 'nit', status: 'resolved', decidedBy: 'c7ae6643-f9bf-446f-a046-72ae2c8ff87c@lucifer.local', note: 'typo in a comment, also in the test header copy' },
  ] },
  { id: 'c7ae6643-f9bf-446f-a046-72ae2c8ff87c@lucifer.local', points: [
    { line: 61, kind: 'commitment', status: 'noted', note: 'will fix' },
  ] },
  { id: '3f7a0972-50da-453c-a0cf-73001e9ba835@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts a nommu fix-patch' },
  ] },
  { id: '829e914a-5413-4377-aeda-fe56a56dad0a@meta.com', points: [
    { line: 110, kind: 'change-request', status: 'resolved', decidedBy: '29510ad8-a240-4ab8-8af8-75e3f377da78@lucifer.local', note: 'AI review: should this be the pfn rather than the address?' },
  ] },
  { id: '29510ad8-a240-4ab8-8af8-75e3f377da78@lucifer.local', points: [
    { line: 113, kind: 'agreement', status: 'noted', note: 'yes, a real bug' },
    { line: 118, kind: 'commitment', status: 'noted', note: 'will send a fix-patch' },
  ] },
  { id: '4ce3adda-6351-4530-92aa-103acf638004@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts the mixedmap fix-patch' },
  ] },
  { id: '20250915121112.GC1024672@nvidia.com', points: [
    { line: 14, kind: 'change-request', status: 'resolved', decidedBy: '77bbbfe8-871f-4bb3-ae8d-84dd328a1f7c@lucifer.local', note: 'kdoc for the driver-facing helpers' },
    { line: 18, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'take the desc; discourage pgprot other than vm_page_prot' },
    { line: 22, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'a whole-VMA remap helper' },
    { line: 41, kind: 'change-request', status: 'resolved', decidedBy: 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local', note: 'avoid allocating the page array; use a callback' },
  ] },
  { id: '77bbbfe8-871f-4bb3-ae8d-84dd328a1f7c@lucifer.local', points: [
    { line: 19, kind: 'agreement', status: 'noted', note: 'ok on kdoc' },
    { line: 26, kind: 'objection', status: 'noted', note: 'keeps action apart from desc' },
    { line: 41, kind: 'objection', status: 'noted', note: 'same for the whole-VMA helper' },
    { line: 61, kind: 'objection', status: 'noted', note: 'a callback is impractical' },
  ] },
  { id: '20250915124259.GF1024672@nvidia.com', points: [
    { line: 30, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'no need to separate; name functions by action' },
    { line: 44, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'the whole-VMA helper is what most want' },
    { line: 51, kind: 'change-request', status: 'resolved', decidedBy: '5be340e8-353a-4cde-8770-136a515f326a@lucifer.local', note: 'use pgoff for the callback context' },
    { line: 60, kind: 'objection', status: 'resolved', decidedBy: '5be340e8-353a-4cde-8770-136a515f326a@lucifer.local', note: 'such a driver may never exist' },
  ] },
  { id: '5be340e8-353a-4cde-8770-136a515f326a@lucifer.local', points: [
    { line: 36, kind: 'objection', status: 'noted', note: 'sub-callers mapping partially need actions' },
    { line: 72, kind: 'commitment', status: 'noted', note: 'will try it that way' },
  ] },
  { id: '20250915131142.GI1024672@nvidia.com', points: [
    { line: 9, kind: 'question', status: 'resolved', decidedBy: 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local', note: 'how can there be more than one action?' },
    { line: 12, kind: 'objection', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'one action per VMA' },
    { line: 21, kind: 'objection', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'the mixedmap helpers are wrong for real mixed maps' },
    { line: 30, kind: 'change-request', status: 'resolved', decidedBy: 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local', note: 'drop mixedmap; vmalloc_user action for kcov' },
    { line: 33, kind: 'change-request', status: 'resolved', decidedBy: 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local', note: 'one action type per series with a few users' },
  ] },
  { id: 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local', points: [
    { line: 20, kind: 'question', status: 'resolved', decidedBy: '20250915143414.GJ1024672@nvidia.com', note: 'is that not how true mixed maps work?' },
    { line: 49, kind: 'agreement', status: 'noted', note: 'a plain list would be better than custom hooks' },
    { line: 54, kind: 'commitment', status: 'noted', note: 'will drop mixed map' },
    { line: 61, kind: 'commitment', status: 'noted', note: 'will group future series by action type' },
    { line: 71, kind: 'question', status: 'resolved', decidedBy: '20250915143414.GJ1024672@nvidia.com', note: 'drop the vmalloc_user bits too?' },
    { line: 114, kind: 'commitment', status: 'noted', note: 'will respin' },
  ] },
  { id: '20250915143414.GJ1024672@nvidia.com', points: [
    { line: 11, kind: 'objection', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'not a mix of actions; mixed map is a pfn list' },
    { line: 41, kind: 'agreement', status: 'noted', note: 'sure, remap only' },
    { line: 45, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'convert four or five users to prove the API' },
    { line: 78, kind: 'change-request', status: 'resolved', decidedBy: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', note: 'send a kcov remap_vmalloc_range() patch this cycle' },
  ] },
  { id: '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local', points: [
    { line: 29, kind: 'agreement', status: 'noted', note: 'agrees the proposed mixed map interface is better' },
    { line: 44, kind: 'agreement', status: 'noted', note: 'agrees again' },
    { line: 61, kind: 'commitment', status: 'noted', note: 'will convert more users' },
    { line: 66, kind: 'objection', status: 'noted', note: 'not a rework' },
    { line: 78, kind: 'agreement', status: 'noted', note: 'not a refactoring exercise, but will get the API right' },
    { line: 108, kind: 'commitment', status: 'noted', note: 'can probably send the kcov patch' },
  ] },
  { id: 'xbz56k25ftkjbjpjpslqad5b77klaxg3ganckhbnwe3mf6vtpy@3ytagvaq4gk5', points: [
    { line: 9, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 11, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '88627f0d-85cf-4095-915f-96f7091e3fca@lucifer.local', points: [], note: 'thanks for the tags' },
  { id: '20250918191119.3622358-1-clm@meta.com', points: [
    { line: 65, kind: 'question', status: 'resolved', decidedBy: 'c3084d49-3b32-465f-8410-da189924450e@lucifer.local', note: 'AI review: is the fput dance needed here too?' },
  ] },
  { id: 'c3084d49-3b32-465f-8410-da189924450e@lucifer.local', points: [
    { line: 70, kind: 'objection', status: 'noted', note: 'no, prepare runs before the file is pinned' },
  ] },
  { id: 'f04792c6-f651-41f7-a960-56ca37894454@intel.com', points: [
    { line: 13, kind: 'trailer', status: 'noted', note: 'Acked-by' },
  ] },
  { id: 'b7ae95b6-e26f-4fc4-9146-b7ff3b0a0cc1@lucifer.local', points: [], note: 'thanks only' },
  { id: '26d584a9-86da-4286-b980-d45ecf6321d4@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts a vmcore fix-patch' },
  ] },
  { id: '20250915121617.GD1024672@nvidia.com', points: [
    { line: 20, kind: 'change-request', status: 'resolved', decidedBy: 'ed1c343b-db56-4eae-83e7-ffc12448fe31@lucifer.local', note: 'a range-check helper' },
    { line: 39, kind: 'objection', status: 'resolved', decidedBy: 'ed1c343b-db56-4eae-83e7-ffc12448fe31@lucifer.local', note: 'this is not a mixed map; a vmalloc_user action instead' },
  ] },
  { id: '872a06d7-6b74-410c-a0fe-0a64ae1efd9b@lucifer.local', points: [
    { line: 28, kind: 'objection', status: 'noted', note: 'cannot refactor every driver' },
    { line: 52, kind: 'objection', status: 'noted', note: 'out of scope, keep it mechanical' },
  ] },
  { id: '20250915124801.GG1024672@nvidia.com', points: [
    { line: 15, kind: 'objection', status: 'resolved', decidedBy: 'ed1c343b-db56-4eae-83e7-ffc12448fe31@lucifer.local', note: 'not a big deal; helpers belong in the new API' },
    { line: 25, kind: 'change-request', status: 'resolved', decidedBy: 'ed1c343b-db56-4eae-83e7-ffc12448fe31@lucifer.local', note: 'the action set must be sane: no mixed map for vmalloc_user' },
  ] },
  { id: 'ed1c343b-db56-4eae-83e7-ffc12448fe31@lucifer.local', points: [
    { line: 19, kind: 'objection', status: 'noted', note: 'across ~230 users it is a big deal' },
    { line: 45, kind: 'commitment', status: 'noted', note: 'will refactor this case to get the series in' },
  ] },
  { id: '20250918194556.3814405-1-clm@meta.com', points: [
    { line: 70, kind: 'change-request', status: 'resolved', decidedBy: '17bef9e0-575f-4ced-9884-3fd5a8f77067@lucifer.local', note: 'AI review: round nr_pages up, size may be unaligned' },
  ] },
  { id: '17bef9e0-575f-4ced-9884-3fd5a8f77067@lucifer.local', points: [
    { line: 75, kind: 'agreement', status: 'noted', note: 'may be right, but kcov is no longer in the series' },
  ] },
  { id: '20250916164226.GJ1086830@nvidia.com', points: [
    { line: 12, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'ixvivcg7sr6twekgyfgas7yl23nv7zi5bmn6xyqjvsvuituc4d@usfryzkaf7dm', points: [
    { line: 9, kind: 'trailer', status: 'noted', note: 'Reviewed-by (name misspelt)' },
  ] },
  { id: '20250916164339.GK1086830@nvidia.com', points: [
    { line: 12, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '2jvm2x7krh7bkt43goiufksuxntncu2hxx67jos3i7zwj63jhh@rw47665pa25y', points: [
    { line: 9, kind: 'trailer', status: 'noted', note: 'Acked-by' },
    { line: 71, kind: 'question', status: 'disputed', decidedBy: '4a0fa339-56c7-4a6e-8d47-f683f6388132@lucifer.local', note: 'is the per-fault check_vma() needed at all?' },
  ] },
  { id: '4a0fa339-56c7-4a6e-8d47-f683f6388132@lucifer.local', points: [
    { line: 80, kind: 'objection', status: 'noted', note: 'keep it out of the series' },
  ] },
  { id: '20250916164637.GL1086830@nvidia.com', points: [
    { line: 15, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'qqfw52uzfa3upljmv2nkpqsob373kyckhujsit2wkzuzik3lkg@2qkiclab53zw', points: [
    { line: 10, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '20250916164812.GM1086830@nvidia.com', points: [
    { line: 11, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'jrxexcuzlxpnfs2jhm7ecdh4kak5i4a6e5od4cm72fn3twwzms@vptu5rfimbez', points: [
    { line: 8, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '20250916164828.GN1086830@nvidia.com', points: [
    { line: 12, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'jokgdkyv4ca4sb7nl2wjkzxclhzhaee4p4luwj546tsdbylfei@laplfpugf3of', points: [
    { line: 9, kind: 'nit', status: 'resolved', decidedBy: '5a00d4ba-dcab-416c-97e8-10e47433ef05@lucifer.local', note: 'would bikeshed the new name, does not mind' },
    { line: 12, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '5a00d4ba-dcab-416c-97e8-10e47433ef05@lucifer.local', points: [
    { line: 13, kind: 'objection', status: 'noted', note: 'keeps the name' },
  ] },
  { id: '20250916170723.GO1086830@nvidia.com', points: [
    { line: 20, kind: 'change-request', status: 'resolved', decidedBy: '19ec3d37-46c4-4921-933d-4d554a351ef2@lucifer.local', note: 'drop the stale mmap_abort paragraph' },
    { line: 66, kind: 'change-request', status: 'resolved', decidedBy: '19ec3d37-46c4-4921-933d-4d554a351ef2@lucifer.local', note: 'avoid the set_vma boolean with a prepare helper' },
    { line: 99, kind: 'agreement', status: 'noted', note: 'the logic is fine' },
    { line: 101, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '19ec3d37-46c4-4921-933d-4d554a351ef2@lucifer.local', points: [
    { line: 24, kind: 'commitment', status: 'noted', note: 'will fix the commit message' },
    { line: 74, kind: 'commitment', status: 'noted', note: 'will drop the boolean' },
  ] },
  { id: 'fdkqhtegozzwx3p4fqzkar7dfbzffn7xiz7ht365c3pe4x6hk3@zbfwoktrhci3', points: [
    { line: 30, kind: 'question', status: 'resolved', decidedBy: '8ff73b67-ebe4-4407-905e-3fbc27bb5c2b@lucifer.local', note: 'why not declare them in mm/internal.h' },
    { line: 36, kind: 'agreement', status: 'noted', note: 'looks ok' },
    { line: 39, kind: 'trailer', status: 'noted', note: 'Acked-by' },
  ] },
  { id: '8ff73b67-ebe4-4407-905e-3fbc27bb5c2b@lucifer.local', points: [], note: 'points to the answer on another patch' },
  { id: '20250916171930.GP1086830@nvidia.com', points: [
    { line: 13, kind: 'change-request', status: 'resolved', decidedBy: '07448a14-68f9-4577-9c00-36f63c1f2e90@lucifer.local', note: 'make the pfn calculation the arch hook' },
  ] },
  { id: '07448a14-68f9-4577-9c00-36f63c1f2e90@lucifer.local', points: [
    { line: 17, kind: 'commitment', status: 'noted', note: 'will do' },
    { line: 45, kind: 'agreement', status: 'noted', note: 'nice to restrict arches' },
  ] },
  { id: 'hfczgna46ok6zvh3xxgzdhf5t5nzqybpxkmvuulbzncagmgrcy@ase57zw2xsj5', points: [
    { line: 11, kind: 'question', status: 'resolved', decidedBy: 'c8eed40b-e0d9-4251-8cd8-6219890d6935@lucifer.local', note: 'the same internal.h question' },
    { line: 15, kind: 'agreement', status: 'noted', note: 'looks ok' },
    { line: 17, kind: 'trailer', status: 'noted', note: 'Acked-by' },
  ] },
  { id: 'c8eed40b-e0d9-4251-8cd8-6219890d6935@lucifer.local', points: [
    { line: 22, kind: 'commitment', status: 'noted', note: 'will look into moving them' },
  ] },
  { id: '20250916172836.GQ1086830@nvidia.com', points: [
    { line: 8, kind: 'change-request', status: 'resolved', decidedBy: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', note: 'an io-remap action type instead of a bool' },
    { line: 32, kind: 'change-request', status: 'resolved', decidedBy: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', note: 'prepare calling complete is misnamed' },
    { line: 46, kind: 'change-request', status: 'resolved', decidedBy: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', note: 'drop a duplicate check' },
    { line: 85, kind: 'change-request', status: 'resolved', decidedBy: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', note: 'spell out the success path' },
    { line: 128, kind: 'change-request', status: 'resolved', decidedBy: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', note: 'err is never set here; move it later' },
    { line: 130, kind: 'change-request', status: 'resolved', decidedBy: '1b013d8d-47c8-4a74-8d7b-4cd8d3b8f2e2@lucifer.local', note: 'share the cleanup between mmu and nommu' },
    { line: 138, kind: 'change-request', status: 'resolved', decidedBy: '1b013d8d-47c8-4a74-8d7b-4cd8d3b8f2e2@lucifer.local', note: 'return err and share the finishing sequence' },
  ] },
  { id: '1d78a0f4-5057-4c68-94d0-6e07cedf3ae7@lucifer.local', points: [
    { line: 15, kind: 'commitment', status: 'noted', note: 'will add the action type' },
    { line: 43, kind: 'agreement', status: 'noted', note: 'good point on the name' },
    { line: 48, kind: 'commitment', status: 'noted', note: 'will rename' },
    { line: 66, kind: 'commitment', status: 'noted', note: 'will drop the check' },
    { line: 114, kind: 'agreement', status: 'noted', note: 'nicer' },
    { line: 153, kind: 'commitment', status: 'noted', note: 'will drop' },
    { line: 159, kind: 'question', status: 'resolved', decidedBy: '20250916180854.GV1086830@nvidia.com', note: 'which cleanup is meant' },
    { line: 161, kind: 'objection', status: 'noted', note: 'dislikes sharing code with nommu' },
    { line: 186, kind: 'commitment', status: 'noted', note: 'will look at a shared function' },
  ] },
  { id: '20250916180854.GV1086830@nvidia.com', points: [
    { line: 26, kind: 'change-request', status: 'resolved', decidedBy: '1b013d8d-47c8-4a74-8d7b-4cd8d3b8f2e2@lucifer.local', note: 'put the finishing sequence in one function for both' },
  ] },
  { id: '1b013d8d-47c8-4a74-8d7b-4cd8d3b8f2e2@lucifer.local', points: [
    { line: 31, kind: 'agreement', status: 'noted', note: 'ah right' },
    { line: 39, kind: 'agreement', status: 'noted', note: 'ack' },
  ] },
  { id: 'wabzfghapygwy3fzexbplmasrdzttt3nsgpmoj4kr6g7ldstkg@tthpx7de6tqk', points: [
    { line: 21, kind: 'question', status: 'resolved', decidedBy: '9f88366f-84ac-4210-bbf0-b27cec284572@lucifer.local', note: 'what are the rules for prepare and the hooks' },
    { line: 89, kind: 'change-request', status: 'disputed', decidedBy: '9f88366f-84ac-4210-bbf0-b27cec284572@lucifer.local', note: 'a single finish hook instead of two' },
    { line: 102, kind: 'question', status: 'resolved', decidedBy: '9f88366f-84ac-4210-bbf0-b27cec284572@lucifer.local', note: 'why allow changing error codes' },
  ] },
  { id: '9f88366f-84ac-4210-bbf0-b27cec284572@lucifer.local', points: [
    { line: 30, kind: 'objection', status: 'noted', note: 'no point writing rules for wayward drivers' },
    { line: 121, kind: 'objection', status: 'noted', note: 'two hooks are clearer' },
  ] },
  { id: '20250916173034.GR1086830@nvidia.com', points: [
    { line: 16, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '20250916174006.GS1086830@nvidia.com', points: [
    { line: 21, kind: 'objection', status: 'disputed', decidedBy: 'cc8e295d-83ec-4172-a541-21b877349a73@lucifer.local', note: 'preserving the EAGAIN conversion is wrong' },
    { line: 28, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
    { line: 35, kind: 'change-request', status: 'resolved', decidedBy: 'cc8e295d-83ec-4172-a541-21b877349a73@lucifer.local', note: 'split shmem_zero_setup_desc() out; use it in vma.c' },
    { line: 41, kind: 'agreement', status: 'noted', note: 'the code looks fine' },
  ] },
  { id: 'cc8e295d-83ec-4172-a541-21b877349a73@lucifer.local', points: [
    { line: 27, kind: 'objection', status: 'noted', note: 'keeps the error code to avoid behaviour changes' },
    { line: 49, kind: 'commitment', status: 'noted', note: 'will look at the vma.c caller' },
  ] },
  { id: '20250916174027.GT1086830@nvidia.com', points: [
    { line: 12, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'ef36f24a-2076-42e8-b9b0-0a64238d15d4@lucifer.local', points: [], note: 'thanks for the tags' },
  { id: '20250916154048.GG1086830@nvidia.com', points: [
    { line: 16, kind: 'change-request', status: 'open', note: 'drop a redundant alignment check' },
    { line: 23, kind: 'change-request', status: 'open', note: 'use the no-CoW helper' },
    { line: 41, kind: 'question', status: 'open', note: 'an existing pgoff bug?' },
    { line: 63, kind: 'bug-report', status: 'resolved', decidedBy: 'a2674243-86a2-435e-9add-3038c295e0c7@lucifer.local', note: 'an existing race in iommufd mmap; a fix is coming' },
  ] },
  { id: 'a2674243-86a2-435e-9add-3038c295e0c7@lucifer.local', points: [
    { line: 1, kind: 'commitment', status: 'noted', note: 'asks the maintainer to drop the iommufd patch' },
  ] },
  { id: '20250916183253.a966ce2ed67493b5bca85c59@linux-foundation.org', points: [
    { line: 6, kind: 'agreement', status: 'noted', note: 'drops it' },
    { line: 8, kind: 'agreement', status: 'noted', note: 'all added to mm-new' },
  ] },
  { id: '44f3cd3e-d0cc-46fb-b9d5-0ddfe678487a@lucifer.local', points: [
    { line: 11, kind: 'commitment', status: 'noted', note: 'a respin is coming today' },
  ] },
  { id: '20250917133146.cc7ea49dc2ec8093ab938a57@linux-foundation.org', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'the maintainer updates mm-new to v4' },
  ] },
  { id: '20250917213209.GG1391379@nvidia.com', points: [
    { line: 11, kind: 'nit', status: 'resolved', decidedBy: '5d177369-3c0b-4c31-9383-aaa52b7e9185@lucifer.local', note: 'a stray edit' },
  ] },
  { id: '5d177369-3c0b-4c31-9383-aaa52b7e9185@lucifer.local', points: [
    { line: 14, kind: 'commitment', status: 'noted', note: 'asks the maintainer to fix it up' },
  ] },
  { id: '20250917211944.GF1391379@nvidia.com', points: [
    { line: 9, kind: 'change-request', status: 'resolved', decidedBy: '9d28f23b-5455-46b4-b88e-682b707093be@lucifer.local', note: 'delete the cargo-cult define' },
    { line: 18, kind: 'change-request', status: 'resolved', decidedBy: '9d28f23b-5455-46b4-b88e-682b707093be@lucifer.local', note: 'drop the pgprot_decrypted() handling' },
    { line: 25, kind: 'agreement', status: 'noted', note: 'otherwise looks good' },
    { line: 27, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '9d28f23b-5455-46b4-b88e-682b707093be@lucifer.local', points: [
    { line: 18, kind: 'agreement', status: 'noted', note: 'a great point' },
    { line: 32, kind: 'agreement', status: 'noted', note: 'simplifies things' },
    { line: 43, kind: 'question', status: 'open', note: 'unsure what the future-work remark means' },
  ] },
  { id: '96e4a163-a791-4b08-a006-bdd7ebbecaf9@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts the fix-patch' },
  ] },
  { id: '2cf129c4-627b-4a78-9ec3-cf43c95cf17d@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts a follow-up fix-patch' },
  ] },
  { id: '20250917213737.GH1391379@nvidia.com', points: [
    { line: 28, kind: 'question', status: 'disputed', decidedBy: 'df1c197d-ff38-40e9-8466-829bc5d4e642@lucifer.local', note: 'expected a single finish hook' },
    { line: 43, kind: 'change-request', status: 'resolved', decidedBy: 'df1c197d-ff38-40e9-8466-829bc5d4e642@lucifer.local', note: 'WARN and return an error on the nommu path' },
    { line: 101, kind: 'question', status: 'resolved', decidedBy: 'df1c197d-ff38-40e9-8466-829bc5d4e642@lucifer.local', note: 'the test header copy lacks the new action type' },
  ] },
  { id: 'df1c197d-ff38-40e9-8466-829bc5d4e642@lucifer.local', points: [
    { line: 34, kind: 'objection', status: 'noted', note: 'keeps two hooks' },
    { line: 61, kind: 'objection', status: 'noted', note: 'doubts erroring out helps' },
    { line: 67, kind: 'commitment', status: 'noted', note: 'will send a fix-patch anyway' },
    { line: 124, kind: 'commitment', status: 'noted', note: 'will fix the header' },
  ] },
  { id: '20f1c97d-b958-474c-b3a1-8ea9a177e096@lucifer.local', points: [
    { line: 3, kind: 'commitment', status: 'noted', note: 'posts the fix-patch' },
  ] },
  { id: 'aNKJ6b7kmT_u0A4c@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com', points: [
    { line: 34, kind: 'bug-report', status: 'resolved', decidedBy: '2e65cc96-5fb8-4197-b4c2-188c4378c417@lucifer.local', note: 'libhugetlbfs fallocate test hangs with the hugetlbfs conversion' },
  ] },
  { id: '20250923141704.90fba5bdf8c790e0496e6ac1@linux-foundation.org', points: [], note: 'the maintainer moves the series back to mm-unstable (a maintainer step, not a point)' },
  { id: 'ff0ff4ef-bb6f-4a43-a2d8-35ab0f18dd09@lucifer.local', points: [
    { line: 26, kind: 'commitment', status: 'noted', note: 'will dig in after a cycle' },
  ] },
  { id: 'aPI2SZ5rFgZVT-I8@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com', points: [
    { line: 28, kind: 'bug-report', status: 'resolved', decidedBy: 'c64e017a-5219-4382-bba9-d24310ad2c21@lucifer.local', note: 'the hang reproduces again in linux-next' },
  ] },
  { id: 'c64e017a-5219-4382-bba9-d24310ad2c21@lucifer.local', points: [
    { line: 32, kind: 'commitment', status: 'noted', note: 'needs to rework it' },
    { line: 36, kind: 'question', status: 'resolved', decidedBy: '20251017143722.d045a2cd9d1839803da3f28a@linux-foundation.org', note: 'asks the maintainer to drop it until the respin' },
  ] },
  { id: '20251017143722.d045a2cd9d1839803da3f28a@linux-foundation.org', points: [
    { line: 12, kind: 'agreement', status: 'noted', note: 'dropped' },
  ] },
  { id: '2e65cc96-5fb8-4197-b4c2-188c4378c417@lucifer.local', points: [
    { line: 80, kind: 'commitment', status: 'noted', note: 'root cause found; a respin with the fix is coming' },
  ] },
  { id: '20250917213844.GI1391379@nvidia.com', points: [
    { line: 14, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '20251020111609.cfafaa22c20ac33be573898f@linux-foundation.org', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'the maintainer re-adds v5' },
  ] },
  { id: '20251020140756.GQ316284@nvidia.com', points: [
    { line: 13, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'aPY7eQec0bB9847x@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com', points: [
    { line: 17, kind: 'test-report', status: 'noted', note: 'libhugetlbfs tests no longer hang' },
    { line: 19, kind: 'trailer', status: 'noted', note: 'Tested-by' },
  ] },
  { id: '270738c1-e2e5-4e23-83d9-7709601e2e40@lucifer.local', points: [
    { line: 24, kind: 'test-report', status: 'noted', note: 'reproduced and confirmed the fix locally' },
  ] },
];
