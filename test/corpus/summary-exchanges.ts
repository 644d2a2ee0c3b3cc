// The review exchanges the corpus INDEX calls out, as what a summary must show: who raised which point on
// which patch (and file, where the reply quotes code), how it ended and which message decided it.
// Messages by message-id; descriptions in our words.
import type { PointKind, PointStatus } from '../../core/review-point.js';
import type { Role } from '../../review/summary/participants.js';

export interface ExpectedPoint {
  messageId: string;
  by: string;
  kinds: PointKind[];
  /** The patch (posting) the point is about. */
  patch: string;
  file?: string;
  status: PointStatus;
  /** Any of these may be the deciding message. */
  decidedBy?: string[];
  confirmedBy?: string;
  /** An identifier the point names, to pick it among the reply's points. */
  mentions?: RegExp;
}

export interface Exchange {
  name: string;
  slug: string;
  people: Array<{ name: string; role: Role }>;
  points: ExpectedPoint[];
  maintainerSteps?: Array<{ messageId: string; action: string }>;
}

const S1 = 'lorenzo-mmap-prepare-expand-2025';
const V1_03 = 'd8767cda1afd04133e841a819bcedf1e8dda4436.1757329751.git.lorenzo.stoakes@oracle.com';
const V1_06 = 'ea1a5ab9fff7330b69f0b97c123ec95308818c98.1757329751.git.lorenzo.stoakes@oracle.com';
const V1_08 = '895d7744c693aa8744fd08e0098d16332dfb359c.1757329751.git.lorenzo.stoakes@oracle.com';
const V2_08 = 'd85cc08dd7c5f0a4d5a3c5a5a1b75556461392a1.1757534913.git.lorenzo.stoakes@oracle.com';
const V4_11 = 'e5532a0aff1991a1b5435dcb358b7d35abc80f3b.1758135681.git.lorenzo.stoakes@oracle.com';
const REPLY_116 = 'c9c576db-a8d6-4a69-a7f6-2de4ab11390b@lucifer.local';
const REPLY_118 = '3c968a23-cf25-4b95-bb44-f7cdfd47c964@lucifer.local';
const REPLY_037 = '731db7f1-5a0a-45a3-8173-be1f19470bba@lucifer.local';
const REPLY_055 = '4b3a2009-7ad6-4110-bff1-5d3adf43b5ef@lucifer.local';

export const EXCHANGES: Exchange[] = [
  {
    name: 'v2 08/16: the action API — kdoc and whole-VMA helpers, then dropping mixed map for one action per VMA',
    slug: S1,
    people: [{ name: 'Jason Gunthorpe', role: 'reviewer' }, { name: 'Lorenzo Stoakes', role: 'author' }, { name: 'Chris Mason', role: 'ai-review' }],
    points: [
      { messageId: '20250915121112.GC1024672@nvidia.com', by: 'Jason Gunthorpe', kinds: ['change-request'], patch: V2_08, file: 'include/linux/mm.h', status: 'resolved', decidedBy: ['77bbbfe8-871f-4bb3-ae8d-84dd328a1f7c@lucifer.local', REPLY_116, REPLY_118], mentions: /kdoc/ },
      { messageId: '20250915131142.GI1024672@nvidia.com', by: 'Jason Gunthorpe', kinds: ['change-request'], patch: V2_08, status: 'resolved', decidedBy: [REPLY_116, REPLY_118], mentions: /mixedmem|mixedmap/ },
      { messageId: '20250915143414.GJ1024672@nvidia.com', by: 'Jason Gunthorpe', kinds: ['objection', 'change-request'], patch: V2_08, status: 'resolved', decidedBy: [REPLY_118], mentions: /mixed ?map/i },
      // The AI review before it: the mixed-map completion passed an address where a pfn belongs.
      { messageId: '829e914a-5413-4377-aeda-fe56a56dad0a@meta.com', by: 'Chris Mason', kinds: ['change-request', 'question'], patch: V2_08, file: 'mm/util.c', status: 'resolved', decidedBy: ['29510ad8-a240-4ab8-8af8-75e3f377da78@lucifer.local'] },
    ],
  },
  {
    name: 'v1 03/16: naming a shared-only helper, ending in plain is_cow_mapping()',
    slug: S1,
    people: [{ name: 'Jason Gunthorpe', role: 'reviewer' }, { name: 'David Hildenbrand', role: 'reviewer' }, { name: 'Lorenzo Stoakes', role: 'author' }],
    points: [
      { messageId: '20250908125101.GX616306@nvidia.com', by: 'Jason Gunthorpe', kinds: ['change-request'], patch: V1_03, file: 'mm/secretmem.c', status: 'resolved', decidedBy: [REPLY_037], mentions: /shared check/ },
      { messageId: 'af3695c3-836a-4418-b18d-96d8ae122f25@redhat.com', by: 'David Hildenbrand', kinds: ['objection', 'question', 'change-request'], patch: V1_03, status: 'resolved', decidedBy: [REPLY_037] },
    ],
  },
  {
    name: 'v1 06/16 and 08/16: from design pushback on the complete/abort hooks to the redesign',
    slug: S1,
    people: [{ name: 'David Hildenbrand', role: 'reviewer' }, { name: 'Suren Baghdasaryan', role: 'reviewer' }, { name: 'Jason Gunthorpe', role: 'reviewer' }],
    points: [
      { messageId: 'ad69e837-b5c7-4e2d-a268-c63c9b4095cf@redhat.com', by: 'David Hildenbrand', kinds: ['question', 'objection'], patch: V1_06, status: 'resolved', decidedBy: ['c04357f9-795e-4a5d-b762-f140e3d413d8@lucifer.local', '8994a0f1-1217-49e6-a0db-54ddb5ab8830@lucifer.local', REPLY_055] },
      { messageId: 'CAJuCfpEeUkta7UfN2qzSxHuohHnm7qXe=rEzVjfynhmn2WF0fA@mail.gmail.com', by: 'Suren Baghdasaryan', kinds: ['question'], patch: V1_06, status: 'resolved', decidedBy: [REPLY_055] },
      { messageId: '20250908130015.GZ616306@nvidia.com', by: 'Jason Gunthorpe', kinds: ['objection', 'change-request'], patch: V1_08, status: 'resolved', decidedBy: ['0645c8bf-4d5d-4740-beab-10157d133725@lucifer.local'] },
    ],
  },
  {
    name: 'v4 11/14: the hugetlbfs hang that got the series pulled, fixed in v5',
    slug: S1,
    people: [{ name: 'Sumanth Korikkar', role: 'reviewer' }, { name: 'Andrew Morton', role: 'maintainer' }, { name: 'Lorenzo Stoakes', role: 'author' }],
    points: [
      { messageId: 'aNKJ6b7kmT_u0A4c@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com', by: 'Sumanth Korikkar', kinds: ['bug-report'], patch: V4_11, file: 'fs/hugetlbfs/inode.c', status: 'resolved', decidedBy: ['2e65cc96-5fb8-4197-b4c2-188c4378c417@lucifer.local'], confirmedBy: 'aPY7eQec0bB9847x@li-2b55cdcc-350b-11b2-a85c-a78bff51fc11.ibm.com' },
    ],
    maintainerSteps: [
      { messageId: '20250923141704.90fba5bdf8c790e0496e6ac1@linux-foundation.org', action: 'moved' },
      { messageId: '20251017143722.d045a2cd9d1839803da3f28a@linux-foundation.org', action: 'dropped' },
    ],
  },
  {
    name: "series 4 v1 1/2: Oscar's boolean nit, refused, withdrawn, then taken up as a unified insert function",
    slug: 'david-vmf-insert-folio-fixes-2025',
    people: [{ name: 'Oscar Salvador', role: 'reviewer' }, { name: 'David Hildenbrand', role: 'author' }],
    points: [
      { messageId: 'aEKkvdSAplmukcXz@localhost.localdomain', by: 'Oscar Salvador', kinds: ['nit', 'change-request'], patch: '20250603211634.2925015-2-david@redhat.com', file: 'mm/huge_memory.c', status: 'resolved', decidedBy: ['965a6d13-e97b-450f-9d4c-d53cf08f9315@redhat.com'], mentions: /boolean/ },
      { messageId: 'b6a1b97b-39d9-4c9e-ba95-190684fc4074@redhat.com', by: 'David Hildenbrand', kinds: ['objection'], patch: '20250603211634.2925015-2-david@redhat.com', file: 'mm/huge_memory.c', status: 'noted' },
    ],
  },
];
