// A patch written the way git range-diff reads it (range-diff.c, read_patches()): each file under a
// ` ## path ##` line, each hunk under `@@ path: function` with the line numbers left out, so that a patch
// that only moved in its file reads the same. The commit message comes apart from the diff: range-diff
// pairs on the diff alone (2.39 computes diffsize() on `diff`, not `patch`) and shows both.

import type { FileDiff } from '../../core/patch.js';

export interface PatchText {
  /** ` ## Commit message ##` and the message indented by four spaces, as `git log` shows it. */
  message: string[];
  /** The diff, one file after another. */
  diff: string[];
}

export function patchText(subject: string, commitMessage: string, files: FileDiff[]): PatchText {
  const body = commitMessage.replace(/\s+$/, '');
  const message = [' ## Commit message ##', `    ${subject}`, ...(body ? ['', ...body.split('\n')] : [])]
    .map((l, i) => (i < 2 ? l : l.trim() === '' ? '' : `    ${l}`.trimEnd()));
  return { message, diff: files.flatMap(fileText) };
}

function fileText(file: FileDiff): string[] {
  const path = file.newPath ?? file.oldPath ?? '';
  const current = file.status === 'deleted' ? file.oldPath ?? path : path;
  const out = [` ## ${fileTitle(file)} ##`];
  if (file.binary && file.hunks.length === 0) out.push(' Binary files differ');
  for (const h of file.hunks) {
    out.push(h.section ? `@@ ${current}: ${h.section}` : '@@');
    for (const line of h.lines) out.push(line.startsWith('\\') ? ` ${line}` : line);
  }
  return out;
}

function fileTitle(f: FileDiff): string {
  let title: string;
  if (f.status === 'added') title = `${f.newPath} (new)`;
  else if (f.status === 'deleted') title = `${f.oldPath} (deleted)`;
  else if (f.status === 'renamed') title = `${f.oldPath} => ${f.newPath}`;
  else title = f.newPath ?? f.oldPath ?? '';
  if (f.oldMode && f.newMode && f.oldMode !== f.newMode) title += ` (mode change ${f.oldMode.padStart(6, '0')} => ${f.newMode.padStart(6, '0')})`;
  return title;
}
