// The diffstat of the final tree against the base: lines added and removed per file, by a Myers line diff
// of the file before the series and after it (so a line a patch adds and a later one removes counts for
// neither), renames drawn `old => new` as git diff --stat draws them.
import type { DiffstatLine, PatchOutcome } from './apply-types.js';
import { splitLines } from './hunk-image.js';
import type { FileState } from './working-tree.js';

/** Past this many differing lines, counts come from line multisets instead (same totals for rewrites). */
const MAX_EDIT_DISTANCE = 4000;

export function diffstat(changed: Array<{ path: string; before: FileState | null; after: FileState | null }>, patches: readonly PatchOutcome[]): DiffstatLine[] {
  const renamed = renames(patches);
  const byPath = new Map(changed.map((c) => [c.path, c]));
  const out: DiffstatLine[] = [];
  for (const c of changed) {
    const source = [...renamed].find(([, to]) => to === c.path)?.[0];
    if (renamed.has(c.path) && byPath.get(renamed.get(c.path)!)) continue;
    const before = source && byPath.get(source) ? byPath.get(source)!.before : c.before;
    const path = source && byPath.get(source) ? `${source} => ${c.path}` : c.path;
    if (!before && !c.after) continue;
    if (before?.unknown || c.after?.unknown) {
      out.push({ path, added: 0, removed: 0, note: 'binary, not simulated' });
      continue;
    }
    const { added, removed } = countLines(before?.bytes ?? '', c.after?.bytes ?? '');
    const note = !before ? 'new file' : !c.after ? 'deleted' : before.mode !== c.after.mode ? `mode ${before.mode} => ${c.after.mode}` : undefined;
    if (added || removed || note || source) out.push({ path, added, removed, ...(note ? { note } : {}) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Final name of each file the series renamed (a → b → c gives a → c). */
function renames(patches: readonly PatchOutcome[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of patches) {
    for (const f of p.files) {
      if (f.operation !== 'rename' || f.status !== 'applied' || !f.oldPath) continue;
      const origin = [...map].find(([, to]) => to === f.oldPath)?.[0] ?? f.oldPath;
      map.set(origin, f.path);
    }
  }
  return map;
}

export function countLines(before: string, after: string): { added: number; removed: number } {
  let a = splitLines(before);
  let b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.slice(start, a.length - end);
  b = b.slice(start, b.length - end);
  const d = editDistance(a, b);
  if (d === undefined) return multisetCounts(a, b);
  const common = (a.length + b.length - d) / 2;
  return { added: b.length - common, removed: a.length - common };
}

/** Myers' O(ND) shortest edit script length (insertions plus deletions), or undefined past the cap. */
function editDistance(a: readonly string[], b: readonly string[]): number | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[max + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return undefined;
}

function multisetCounts(a: readonly string[], b: readonly string[]): { added: number; removed: number } {
  const left = new Map<string, number>();
  for (const l of a) left.set(l, (left.get(l) ?? 0) + 1);
  let common = 0;
  for (const l of b) {
    const n = left.get(l) ?? 0;
    if (n > 0) common++, left.set(l, n - 1);
  }
  return { added: b.length - common, removed: a.length - common };
}
