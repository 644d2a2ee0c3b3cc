// What the simulator needs from a tree: one entry or file at a time, and a bounded word search. Two
// readers implement it — a plain directory and a git repository at a commit — and neither ever writes.

export type EntryKind = 'file' | 'symlink' | 'dir' | 'submodule';

export interface TreeEntry {
  kind: EntryKind;
  /** git's mode: 100644, 100755, 120000, 040000, 160000. */
  mode: string;
}

export interface SearchHit {
  path: string;
  /** 1-based. */
  line: number;
  /** The line as UTF-8 text, without its newline. */
  text: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** False when the search stopped at its bound (files read or hits kept). */
  complete: boolean;
  /** What was searched, for messages: "mm/, include/". */
  scope: string;
}

export interface TreeReader {
  /** The tree as a person would name it: the directory, and the commit for a repository. */
  readonly label: string;
  entry(path: string): Promise<TreeEntry | undefined>;
  /** A file's bytes, or a symlink's target; undefined when there is nothing at `path`. */
  read(path: string): Promise<Buffer | undefined>;
  /** C sources and headers under `dirs` (the whole tree when empty) with any of `words` as a whole word. */
  search(words: readonly string[], dirs: readonly string[]): Promise<SearchResult>;
  close(): void;
}

/** Caps that keep a search's cost bounded by what it finds, not by the size of the tree. */
export const SEARCH_LIMITS = { files: 60000, hits: 400 };

export const C_SOURCE = /\.(c|h)$/;

export const modeKind = (mode: string): EntryKind =>
  mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : mode.startsWith('04') || mode === '40000' ? 'dir' : 'file';

/** A regular expression matching any of the words as whole C identifiers. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives})(?![A-Za-z0-9_])`);
}
