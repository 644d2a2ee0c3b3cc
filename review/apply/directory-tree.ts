// A source tree on disk, read as it is: lstat and read, never follow a symlink, never write.
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApplyError } from './apply-error.js';
import { C_SOURCE, SEARCH_LIMITS, wordsPattern, type SearchHit, type SearchResult, type TreeEntry, type TreeReader } from './tree-reader.js';

export function openDirectoryTree(dir: string): TreeReader {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new ApplyError('APPLY_BAD_TREE', `${dir}: expected a source tree (a directory), found ${describe(err)}`, { tree: dir });
  }
  return {
    label: dir,
    entry: async (path) => entryAt(root, path),
    read: async (path) => readAt(root, path),
    search: async (words, dirs) => searchDirs(root, words, dirs),
    close: () => undefined,
  };
}

const describe = (err: unknown) => ((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'nothing there' : (err as Error).message);

function entryAt(root: string, path: string): TreeEntry | undefined {
  let st;
  try {
    st = lstatSync(join(root, path));
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) return { kind: 'symlink', mode: '120000' };
  if (st.isDirectory()) return { kind: 'dir', mode: '040000' };
  if (!st.isFile()) return undefined;
  return { kind: 'file', mode: st.mode & 0o111 ? '100755' : '100644' };
}

function readAt(root: string, path: string): Buffer | undefined {
  const entry = entryAt(root, path);
  if (!entry || entry.kind === 'dir') return undefined;
  const full = join(root, path);
  return entry.kind === 'symlink' ? Buffer.from(readlinkSync(full), 'utf8') : readFileSync(full);
}

/** Walks the given folders (symlinks and dot folders skipped) up to SEARCH_LIMITS.files C files. */
function searchDirs(root: string, words: readonly string[], dirs: readonly string[]): SearchResult {
  const pattern = wordsPattern(words);
  const hits: SearchHit[] = [];
  const state = { files: 0, complete: true };
  const pending = dirs.length ? dirs.filter((d) => entryAt(root, d)?.kind === 'dir') : [''];
  while (pending.length && state.complete) {
    const dir = pending.shift()!;
    for (const e of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory() && !e.name.startsWith('.')) pending.push(path);
      else if (e.isFile() && C_SOURCE.test(e.name)) searchFile(join(root, path), path, pattern, hits, state);
      if (!state.complete) break;
    }
  }
  return { hits, complete: state.complete, scope: dirs.length ? dirs.map((d) => `${d}/`).join(', ') : 'the whole tree' };
}

function searchFile(full: string, path: string, pattern: RegExp, hits: SearchHit[], state: { files: number; complete: boolean }): void {
  if (++state.files > SEARCH_LIMITS.files) {
    state.complete = false;
    return;
  }
  const text = readFileSync(full, 'latin1');
  if (!pattern.test(text)) return;
  text.split('\n').forEach((line, i) => {
    if (hits.length >= SEARCH_LIMITS.hits || !pattern.test(line)) return;
    hits.push({ path, line: i + 1, text: Buffer.from(line, 'latin1').toString('utf8') });
  });
  if (hits.length >= SEARCH_LIMITS.hits) state.complete = false;
}
