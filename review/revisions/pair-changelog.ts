// The changelog lines that describe the step from one revision to another: for every revision after the
// old one up to the new one, its section in the newest cover letter that has one (covers are cumulative),
// and the matching sections of the patches' notes below `---`.
import { changelogSections, type VersionRef } from './changelog.js';
import type { RevisionSnapshot } from './revision-input.js';

export interface ChangelogEntry {
  text: string;
  /** The revision the line describes. */
  describes: VersionRef;
  /** Where it was written: a cover letter, or a patch (then its index in that revision). */
  messageId: string;
  patchIndex: number | null;
}

export const versionOf = (r: Pick<RevisionSnapshot, 'version' | 'label'>): VersionRef => ({ version: r.version, rfc: r.label === 'RFC' });
const same = (a: VersionRef, b: VersionRef) => a.version === b.version && a.rfc === b.rfc;

/** Changelog lines for revisions[from+1 .. to] (positions in series order). */
export function changelogBetween(revisions: RevisionSnapshot[], from: number, to: number): ChangelogEntry[] {
  const out: ChangelogEntry[] = [];
  const seen = new Set<string>();
  const add = (e: ChangelogEntry) => {
    const key = `${e.patchIndex ?? 'cover'}\n${e.text}`;
    if (!seen.has(key)) seen.add(key), out.push(e);
  };
  for (let step = from + 1; step <= to; step++) {
    const wanted = versionOf(revisions[step]);
    for (let at = to; at >= step; at--) {
      const r = revisions[at];
      const section = r.coverMessageId ? changelogSections(r.coverBody, versionOf(r)).find((s) => same(s.describes, wanted)) : undefined;
      if (!section) continue;
      for (const text of section.items) add({ text, describes: wanted, messageId: r.coverMessageId!, patchIndex: null });
      break;
    }
    for (const p of revisions[step].patches) {
      const section = changelogSections(p.notes, wanted).find((s) => same(s.describes, wanted));
      for (const text of section?.items ?? []) add({ text, describes: wanted, messageId: p.messageId, patchIndex: p.index });
    }
  }
  return out;
}
