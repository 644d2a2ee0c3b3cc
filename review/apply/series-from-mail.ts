// The patches in files of mail (an mbox, .patch files, a format-patch folder) read straight from the mail,
// when they plainly form one revision: every patch mail has the same version and total, and each n/N
// appears once. Anything less plain (two revisions, stray patches, a reroll of a few) is left to the archive,
// which links revisions (ingest), and the caller falls back to it.
import { parseRevisionName } from '../../core/revision-name.js';
import { parseMessage } from '../../ingest/parse/message.js';
import { parsePatchBody } from '../../ingest/parse/patch-body.js';
import { parseSubject } from '../../ingest/parse/subject.js';
import { openSource } from '../../ingest/sources/read-source.js';
import type { SeriesPatch } from './apply-types.js';

interface Posting {
  index: number;
  total: number;
  version: number;
  subject: string;
  messageId: string;
  patch: ReturnType<typeof parsePatchBody>;
}

/** The revision's patches in n/N order, or undefined when the mail is not one plain revision. */
export async function seriesFromMail(sources: readonly string[], revision?: string): Promise<SeriesPatch[] | undefined> {
  // Mail read plainly carries no labels: a labelled name (RFC, RESEND v1) is left to the archive.
  const wanted = revision === undefined ? undefined : parseRevisionName(revision);
  if (revision !== undefined && (!wanted || wanted.label)) return undefined;
  const postings: Posting[] = [];
  for (const spec of sources) {
    for await (const raw of openSource(spec).messages()) {
      const msg = parseMessage(raw.raw, raw.ref);
      const subject = parseSubject(msg.subject);
      if (subject.isReply) continue;
      const patch = parsePatchBody(msg.body);
      const index = subject.index ?? (patch.files.length ? 1 : null);
      if (index === null || (index > 0 && !patch.files.length)) continue;
      postings.push({ index, total: subject.total ?? 1, version: subject.version ?? 1, subject: subject.title, messageId: msg.messageId, patch });
    }
  }
  const chosen = wanted === undefined ? postings : postings.filter((p) => p.version === wanted.version);
  const patches = chosen.filter((p) => p.index > 0);
  const shapes = new Set(chosen.map((p) => `${p.version}/${p.total}`));
  if (!patches.length || shapes.size !== 1 || new Set(patches.map((p) => p.index)).size !== patches.length) return undefined;
  const baseCommit = chosen.find((p) => p.index === 0)?.patch.baseCommit ?? patches.find((p) => p.patch.baseCommit)?.patch.baseCommit;
  return patches
    .sort((a, b) => a.index - b.index)
    .map((p) => ({ index: p.index, total: Math.max(p.total, p.index), subject: p.subject, messageId: p.messageId, files: p.patch.files, ...(baseCommit ? { baseCommit } : {}) }));
}
