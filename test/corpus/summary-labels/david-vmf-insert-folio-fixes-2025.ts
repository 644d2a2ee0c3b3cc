// Our labels for series 4 of the lkml-mm corpus (David Hildenbrand's vmf_insert_folio_*() fixes, v1–v3):
// every reply, with the points we judge it makes. Written by reading each reply; see label-types.ts.
import type { ReplyLabel } from './label-types.js';

export const slug = 'david-vmf-insert-folio-fixes-2025';

export const labels: ReplyLabel[] = [
  // v1 cover
  { id: 'b80b62dc-76b9-4b3b-b980-7fa3584c9762@redhat.com', points: [
    { line: 15, kind: 'bug-report', status: 'resolved', decidedBy: 'd43be0c9-cad5-4712-813b-225e9969d84e@redhat.com', note: 'the author reports his own cross-compile failure on two arches; his fix-up diff on 2/2 answers it' },
  ] },
  { id: '68422c7a3a2c2_2491100fe@dwillia2-xfh.jf.intel.com.notmuch', points: [
    { line: 13, kind: 'test-report', status: 'noted', note: 'the dax test suite passes' },
    { line: 35, kind: 'change-request', status: 'disputed', decidedBy: '371ac1ce-8f14-4914-94f5-6e6b46a486fb@redhat.com', note: 'share the pmd/pud insert internals instead of duplicating them (diff attached)' },
    { line: 38, kind: 'trailer', status: 'noted', note: 'Tested-by and Reviewed-by' },
  ] },
  { id: '371ac1ce-8f14-4914-94f5-6e6b46a486fb@redhat.com', points: [
    { line: 19, kind: 'question', status: 'open', note: 'the author asks how the test setup is done (boot parameters?)' },
    { line: 56, kind: 'objection', status: 'noted', note: 'prefers keeping folio and pfn insertion apart' },
    { line: 73, kind: 'commitment', status: 'noted', note: 'will resend with the build fix folded in' },
  ] },
  // v1 1/2
  { id: 'aEKkvdSAplmukcXz@localhost.localdomain', points: [
    { line: 86, kind: 'question', status: 'open', note: 'the new function is the old one minus devmap/special; devmap not a concern here?' },
    { line: 90, kind: 'nit', status: 'resolved', decidedBy: '965a6d13-e97b-450f-9d4c-d53cf08f9315@redhat.com', note: 'pass a boolean to the existing insert function instead' },
  ] },
  { id: 'b6a1b97b-39d9-4c9e-ba95-190684fc4074@redhat.com', points: [
    { line: 97, kind: 'objection', status: 'noted', note: 'the author refuses another boolean' },
  ] },
  { id: 'aEKmOfWDIy14Ub6n@localhost.localdomain', points: [
    { line: 8, kind: 'agreement', status: 'noted', note: 'the reviewer withdraws' },
  ] },
  { id: 'aEKmXbkbSpaPLXPD@localhost.localdomain', points: [{ line: 25, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  { id: 'b0aeba3a-6ecc-4cd5-9787-e1d3eb4222c0@redhat.com', points: [
    { line: 11, kind: 'objection', status: 'noted', note: 'explains why the boolean was dropped earlier' },
    { line: 18, kind: 'commitment', status: 'noted', note: 'plans follow-up sanity checks' },
  ] },
  { id: '965a6d13-e97b-450f-9d4c-d53cf08f9315@redhat.com', points: [
    { line: 11, kind: 'commitment', status: 'noted', note: 'changes plan: will unify the two insert functions' },
  ] },
  // v1 2/2
  { id: 'd43be0c9-cad5-4712-813b-225e9969d84e@redhat.com', points: [
    { line: 57, kind: 'commitment', status: 'noted', note: 'posts a fix-up diff for the cross-compile failure' },
  ] },
  { id: 'aEKmivRxYEytAIaa@localhost.localdomain', points: [{ line: 27, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  // v2 cover
  { id: '20250611160804.89bc8b8cb570101e51b522e4@linux-foundation.org', points: [
    { line: 7, kind: 'question', status: 'resolved', decidedBy: 'a4566c51-7a4e-4371-9922-b819cf2b11dc@redhat.com', note: 'why must refcounted pages not be marked special' },
    { line: 18, kind: 'change-request', status: 'resolved', decidedBy: 'a4566c51-7a4e-4371-9922-b819cf2b11dc@redhat.com', note: 'leave the test log out of the cover letter' },
    { line: 21, kind: 'agreement', status: 'noted', note: 'the maintainer queues it for a run in mm-new' },
    { line: 24, kind: 'question', status: 'resolved', decidedBy: 'a4566c51-7a4e-4371-9922-b819cf2b11dc@redhat.com', note: 'why cc stable, what does userspace see' },
  ] },
  { id: 'lpfprux2x34qjgpuk6ufvuq4akzolt3gwn5t4hmfakxcqakgqy@ciiwnsoqsl6j', points: [], note: 'shares a test-environment experience' },
  { id: '684a5594eb21d_2491100de@dwillia2-xfh.jf.intel.com.notmuch', points: [
    { line: 77, kind: 'test-report', status: 'noted', note: 'the suite passes with v2 applied' },
    { line: 113, kind: 'trailer', status: 'noted', note: 'Tested-by' },
  ] },
  { id: '990ce9cf-0e48-432c-a29f-0bd1704eede4@redhat.com', points: [], note: 'talk about getting the test environment running' },
  { id: 'a4566c51-7a4e-4371-9922-b819cf2b11dc@redhat.com', points: [
    { line: 30, kind: 'agreement', status: 'noted', note: 'agrees to trim the test blurb' },
  ] },
  { id: 'e11ba418-4184-4f4f-add5-18a5edaa0f34@redhat.com', points: [
    { line: 50, kind: 'test-report', status: 'noted', note: 'the suggested configuration still fails in his environment' },
    { line: 95, kind: 'question', status: 'resolved', decidedBy: '22b3158d-565d-450b-809a-af302220bcf4@linux.intel.com', note: 'is the documented config combination possible at all' },
  ] },
  { id: '6ae86037-69bc-4329-9a0f-4ecc815f645d@lucifer.local', points: [
    { line: 1, kind: 'test-report', status: 'noted', note: 'build and mm selftests pass' },
  ] },
  { id: '0340de74-1cc8-4760-9741-2d9c96bcfd17@redhat.com', points: [], note: 'mentions a dependent series and a hard-to-test config' },
  { id: '948cf313-adb2-408e-a5c2-8ebc1d47cfe5@lucifer.local', points: [
    { line: 26, kind: 'question', status: 'open', note: 'would user-mode Linux be the easy way to test that config' },
  ] },
  { id: '22b3158d-565d-450b-809a-af302220bcf4@linux.intel.com', points: [], note: 'shares working config fragments (an answer)' },
  // v2 1/3
  { id: 'dvstixx4pey6euns6xttep5bbc4jhz6smtgheijviwkbawnqbm@tqhbg4hzeiog', points: [
    { line: 51, kind: 'question', status: 'resolved', decidedBy: '00d0156e-0052-4a02-9816-d0815b4ff02e@redhat.com', note: 'why does the folio pud path not query and forward the cachemode too' },
    { line: 56, kind: 'change-request', status: 'disputed', decidedBy: '00d0156e-0052-4a02-9816-d0815b4ff02e@redhat.com', note: 'add cachemode handling to the folio variants, or a new variant' },
  ] },
  { id: '684a58bf34666_2491100d7@dwillia2-xfh.jf.intel.com.notmuch', points: [
    { line: 8, kind: 'question', status: 'resolved', decidedBy: 'fa65d0ed-ccd0-4cca-9ac4-fad423e498b6@redhat.com', note: 'only a problem when the kernel maps the pud first?' },
    { line: 11, kind: 'agreement', status: 'noted', note: 'the change looks good' },
    { line: 13, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
    { line: 15, kind: 'question', status: 'resolved', decidedBy: 'fa65d0ed-ccd0-4cca-9ac4-fad423e498b6@redhat.com', note: 'when would vm_page_prot carry the wrong cachemode' },
  ] },
  { id: 'fa65d0ed-ccd0-4cca-9ac4-fad423e498b6@redhat.com', points: [
    { line: 47, kind: 'question', status: 'open', note: 'the author wonders whether it is stable material' },
  ] },
  { id: '00d0156e-0052-4a02-9816-d0815b4ff02e@redhat.com', points: [], note: 'explains the cachemode helper is for pfn mappings (an answer)' },
  { id: '02d6a55b-52fd-4dae-ba7a-1cccf72386aa@lucifer.local', points: [
    { line: 16, kind: 'agreement', status: 'noted', note: 'nice catch' },
    { line: 18, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: 'c6c1924b-54ae-4d75-95f7-30d3e428e3e7@redhat.com', points: [
    { line: 21, kind: 'question', status: 'resolved', decidedBy: 'dfab0736-4a62-4e2f-889e-3d6fdb4564be@lucifer.local', note: 'the author asks for an opinion on stable' },
  ] },
  { id: 'dfab0736-4a62-4e2f-889e-3d6fdb4564be@lucifer.local', points: [
    { line: 28, kind: 'agreement', status: 'noted', note: 'yes, backport it' },
  ] },
  { id: 'e7d36cdc-9d12-4cd3-9480-d84422f9665e@redhat.com', points: [
    { line: 39, kind: 'agreement', status: 'noted', note: 'same opinion' },
  ] },
  { id: '20250612175940.GA1130869@ziepe.ca', points: [{ line: 19, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  // v2 2/3
  { id: 'xdkrref3md2rfc3sou6lta2vcevz6e4ckjd6q67znpipkvxbmw@gftpxkrtlqnx', points: [
    { line: 48, kind: 'objection', status: 'disputed', decidedBy: '0302ec30-856d-4e4b-be7b-1105966733e8@redhat.com', note: 'dislikes the folio-or-pfn struct pattern' },
    { line: 93, kind: 'change-request', status: 'disputed', decidedBy: '0302ec30-856d-4e4b-be7b-1105966733e8@redhat.com', note: 'build the pmd entry in the callers and share one insert function' },
  ] },
  { id: '684a5969ed654_24911000@dwillia2-xfh.jf.intel.com.notmuch', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'likes the approach' },
    { line: 27, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '0302ec30-856d-4e4b-be7b-1105966733e8@redhat.com', points: [
    { line: 52, kind: 'objection', status: 'noted', note: 'sees no problem with the pattern in this file' },
    { line: 104, kind: 'objection', status: 'noted', note: 'had considered and discarded that idea' },
  ] },
  { id: '434c6cfd-ba83-4d3c-8bde-736fcb8e9d91@lucifer.local', points: [
    { line: 26, kind: 'agreement', status: 'noted', note: 'logic unchanged, looks good' },
    { line: 29, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
    { line: 58, kind: 'nit', status: 'disputed', decidedBy: '51520205-07f5-45c2-b3e3-cf58a95d9fe6@redhat.com', note: 'declare-style macros for the folio-or-pfn struct' },
    { line: 113, kind: 'nit', status: 'resolved', decidedBy: '51520205-07f5-45c2-b3e3-cf58a95d9fe6@redhat.com', note: 'blank line inconsistency' },
  ] },
  { id: '20250612180232.GB1130869@ziepe.ca', points: [{ line: 29, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  { id: '51520205-07f5-45c2-b3e3-cf58a95d9fe6@redhat.com', points: [
    { line: 79, kind: 'objection', status: 'noted', note: 'defers the macros' },
    { line: 129, kind: 'commitment', status: 'noted', note: 'will do the blank-line nit' },
  ] },
  // v2 3/3
  { id: '684a5a32ee1dd_249110080@dwillia2-xfh.jf.intel.com.notmuch', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 25, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
  ] },
  { id: '177cb5d1-4fde-4fa0-adbc-8e295fba403b@lucifer.local', points: [
    { line: 5, kind: 'change-request', status: 'resolved', decidedBy: '43e2b05f-c499-48c3-b8e4-a23ef5efc818@lucifer.local', note: 'say which vm_normal_page() rule the commit message means' },
    { line: 19, kind: 'question', status: 'resolved', decidedBy: '43e2b05f-c499-48c3-b8e4-a23ef5efc818@lucifer.local', note: 'does the find_special_page hook not break that rule already' },
    { line: 46, kind: 'agreement', status: 'noted', note: 'looks good' },
    { line: 48, kind: 'trailer', status: 'noted', note: 'Reviewed-by' },
    { line: 133, kind: 'nit', status: 'resolved', decidedBy: '43e2b05f-c499-48c3-b8e4-a23ef5efc818@lucifer.local', note: 'abstract for pmd and pud' },
    { line: 138, kind: 'nit', status: 'open', note: 'same whitespace nit as on 2/3' },
  ] },
  { id: '11d1ff4d-3f75-42a5-968e-8f4bad84ab78@redhat.com', points: [
    { line: 31, kind: 'objection', status: 'noted', note: 'would rather see the hook go than document it' },
    { line: 57, kind: 'question', status: 'resolved', decidedBy: '43e2b05f-c499-48c3-b8e4-a23ef5efc818@lucifer.local', note: 'which part should be abstracted' },
  ] },
  { id: '43e2b05f-c499-48c3-b8e4-a23ef5efc818@lucifer.local', points: [
    { line: 23, kind: 'agreement', status: 'noted', note: 'the rule is obvious after all' },
    { line: 43, kind: 'agreement', status: 'noted', note: 'also dislikes such hooks' },
    { line: 72, kind: 'agreement', status: 'noted', note: 'withdraws the abstraction nit' },
  ] },
  { id: 'a4c900e1-76ad-4d25-88c2-2c86f7ca2055@redhat.com', points: [], note: 'doubts about code outside the patch' },
  { id: '20250612180250.GC1130869@ziepe.ca', points: [{ line: 27, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  // v3
  { id: 'aEwo9aUZTwW_rFJ9@localhost.localdomain', points: [{ line: 24, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
  { id: 'aEwseqmFrpNO5NJC@localhost.localdomain', points: [
    { line: 31, kind: 'change-request', status: 'disputed', decidedBy: '4acaa46f-f856-4116-917e-08e7c1f3156a@redhat.com', note: 'a comment in insert_pmd() on why normal folios are not special' },
    { line: 37, kind: 'trailer', status: 'noted', note: 'Reviewed-by (name misspelt)' },
  ] },
  { id: 'aEws0EQ6a3659F1g@localhost.localdomain', points: [{ line: 6, kind: 'trailer', status: 'noted', note: 'Reviewed-by again, spelt right' }] },
  { id: '4acaa46f-f856-4116-917e-08e7c1f3156a@redhat.com', points: [
    { line: 36, kind: 'objection', status: 'noted', note: 'the comment above vm_normal_page() is the one place for that' },
  ] },
  { id: 'fec14df9-da28-4717-8e4c-e5997a4c32cb@lucifer.local', points: [], note: 'a joke' },
  { id: '85b998c1-b9b7-4a8f-b2f0-f5c6d4ada9c8@redhat.com', points: [], note: 'background on the XEN code' },
  { id: 'aEwvS8AbW7OHLfmk@localhost.localdomain', points: [{ line: 28, kind: 'trailer', status: 'noted', note: 'Reviewed-by' }] },
];
