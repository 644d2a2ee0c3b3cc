// A series under review as the checks and renderers see it: each posting with its headers and its body
// split by the ingest parser (commit message, trailers, notes, diff with hunks).
import type { StoredPosting } from '../ingest/archive/posting-queries.js';
import type { SubjectInfo } from '../core/patch.js';
import { parsePatchBody, type ParsedPatchBody } from '../ingest/parse/patch-body.js';
import { parseSubject } from '../ingest/parse/subject.js';

/** A posting's headers (To and Cc as written) and decoded body, as the archive or a mail file gives them. */
export type PostingHeaders = StoredPosting;

export interface Posting extends PostingHeaders {
  /** Number in the series: 0 for the cover letter; 1 for a lone unnumbered patch. */
  index: number;
  info: SubjectInfo;
  patch: ParsedPatchBody;
}

export interface ReviewSeries {
  /** The archive's series id, when the series came from an archive. */
  seriesId: string | null;
  title: string;
  version: number;
  /** `RFC`, `RESEND` …, as the revision is labelled. */
  label: string;
  cover: Posting | null;
  /** Patches in series order (1..N), without the cover. */
  patches: Posting[];
  /** Patch numbers the subjects promise but the input lacks. */
  missing: number[];
}

/** Parses the body again with the ingest parser: the archive keeps no hunks, and checks need them. */
export function toPosting(h: PostingHeaders, index?: number): Posting {
  const info = parseSubject(h.subject);
  return { ...h, index: index ?? info.index ?? 1, info, patch: parsePatchBody(h.body) };
}

/** Cover letter first, then the patches: every posting of the series in order. */
export const postingsOf = (s: ReviewSeries): Posting[] => [...(s.cover ? [s.cover] : []), ...s.patches];

/** `v2 08/16`, `RFC v1 3/3`, `1/1`: how reviewers name a posting. */
export function postingLabel(s: ReviewSeries, p: Posting): string {
  const total = p.info.total ?? s.patches.length;
  const width = String(total).length;
  const label = s.label ? `${s.label} ` : '';
  return `${label}v${s.version} ${String(p.index).padStart(width, '0')}/${total}`;
}
