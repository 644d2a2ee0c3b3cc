// Revisions written by hand for the unit tests: a patch is a title, a commit message and a diff given as
// its hunk lines; trailers as `Name-by: Person <addr>` strings, own or given in a reply.
import type { TrailerRef } from '../../../ingest/archive/series-queries.js';
import { parseDiff } from '../../../ingest/parse/diff.js';
import type { RevisionPatch, RevisionSnapshot } from '../revision-input.js';

export interface PatchSpec {
  title: string;
  message?: string;
  notes?: string;
  /** path → hunk body lines (with their ' ', '+', '-' marks), one hunk per file. */
  files: Record<string, string[]>;
  /** Tags in the patch itself. */
  own?: string[];
  /** Tags given in replies: [tag, message-id of the reply]. */
  given?: Array<[string, string]>;
}

export function diffOf(files: Record<string, string[]>): string {
  return Object.entries(files)
    .map(([path, lines]) => {
      const before = lines.filter((l) => l[0] !== '+').length;
      const after = lines.filter((l) => l[0] !== '-').length;
      return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -10,${before} +10,${after} @@ static int ${path.replace(/\W/g, '_')}_fn(void)`, ...lines].join('\n');
    })
    .join('\n')
    .concat('\n');
}

function trailer(text: string, status: TrailerRef['status'], givenIn: string): TrailerRef {
  const [name, ...value] = text.split(': ');
  return { name, value: value.join(': '), givenIn, status };
}

export function revision(version: number, cover: string, patches: PatchSpec[]): RevisionSnapshot {
  const built = patches.map((p, i): RevisionPatch => {
    const messageId = `v${version}-${i + 1}@example.org`;
    const diff = diffOf(p.files);
    return {
      index: i + 1,
      messageId,
      title: p.title,
      commitMessage: p.message ?? `${p.title}.`,
      notes: p.notes ?? '',
      diff,
      files: parseDiff(diff),
      trailers: [...(p.own ?? []).map((t) => trailer(t, 'own', messageId)), ...(p.given ?? []).map(([t, id]) => trailer(t, 'collected', id))],
      carried: false,
    };
  });
  return { version, label: '', date: Date.UTC(2025, 8, version), coverMessageId: `v${version}-0@example.org`, coverBody: cover, title: 'cache: a test series', total: patches.length, patches: built, replies: 0 };
}
