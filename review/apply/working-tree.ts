// The tree as the series leaves it, in memory: the base reader underneath, and every file a patch created,
// changed or deleted on top. Only touched files are ever held, so memory follows the patches, not the
// tree. Contents are latin1 strings (one char per byte).
import { pathEscapes } from './apply-error.js';
import { leadingDirs, resolveLink } from './tree-path.js';
import { modeKind, type TreeReader } from './tree-reader.js';

export interface FileState {
  bytes: string;
  mode: string;
  /** Written by a binary patch: its content is not known here. */
  unknown?: boolean;
}

export type Lookup =
  | { kind: 'file'; state: FileState }
  | { kind: 'missing' }
  | { kind: 'dir' }
  | { kind: 'beyond-symlink'; link: string };

export class WorkingTree {
  private readonly changes = new Map<string, FileState | null>();
  private readonly originals = new Map<string, FileState | null>();
  /** Base reads, kept so that asking for many files at once (prefetch) pipelines the round trips. */
  private readonly baseStates = new Map<string, Promise<FileState | 'dir' | undefined>>();

  constructor(readonly base: TreeReader) {}

  /** What is at `path` now. A symlink on the way that leaves the tree is an error naming the patch. */
  async lookup(path: string, patch: string): Promise<Lookup> {
    const link = await this.symlinkOnPath(path, patch);
    if (link) return { kind: 'beyond-symlink', link };
    if (this.changes.has(path)) {
      const state = this.changes.get(path);
      return state ? { kind: 'file', state } : { kind: 'missing' };
    }
    const state = await this.baseState(path);
    if (state === 'dir') return { kind: 'dir' };
    return state ? { kind: 'file', state } : { kind: 'missing' };
  }

  /** The current text of a file, or undefined when it is missing, a folder or unknown. */
  async text(path: string): Promise<string | undefined> {
    const state = this.changes.has(path) ? this.changes.get(path) : await this.baseState(path);
    return state && state !== 'dir' && !state.unknown ? state.bytes : undefined;
  }

  async set(path: string, state: FileState | null): Promise<void> {
    if (!this.originals.has(path)) {
      const before = await this.baseState(path);
      this.originals.set(path, before === 'dir' ? null : before ?? null);
    }
    this.changes.set(path, state);
  }

  /** Every path a patch touched, with its state in the base and now. */
  changed(): Array<{ path: string; before: FileState | null; after: FileState | null }> {
    return [...this.changes].map(([path, after]) => ({ path, before: this.originals.get(path) ?? null, after }));
  }

  isChanged(path: string): boolean {
    return this.changes.has(path);
  }

  /**
   * Looks up several paths at once, so that a git tree's reads travel together down one cat-file pipe.
   * Errors are left for the lookup in order, which names the patch that caused them.
   */
  async prefetch(paths: readonly string[], patch: string): Promise<void> {
    await Promise.allSettled(paths.map((p) => this.lookup(p, patch)));
  }

  private baseState(path: string): Promise<FileState | 'dir' | undefined> {
    let state = this.baseStates.get(path);
    if (!state) this.baseStates.set(path, (state = this.readBaseState(path)));
    return state;
  }

  private async readBaseState(path: string): Promise<FileState | 'dir' | undefined> {
    const entry = await this.base.entry(path);
    if (!entry || entry.kind === 'submodule') return undefined;
    if (entry.kind === 'dir') return 'dir';
    const bytes = await this.base.read(path);
    return bytes && { bytes: bytes.toString('latin1'), mode: entry.mode };
  }

  /**
   * The first leading folder that is a symlink. One that points out of the tree is refused outright; one
   * that stays inside makes the path fail the way git apply fails it ("beyond a symbolic link").
   */
  private async symlinkOnPath(path: string, patch: string): Promise<string | undefined> {
    for (const dir of leadingDirs(path)) {
      const changed = this.changes.get(dir);
      const isLink = changed !== undefined ? changed !== null && modeKind(changed.mode) === 'symlink' : (await this.base.entry(dir))?.kind === 'symlink';
      if (!isLink) continue;
      const target = changed ? changed.bytes : (await this.base.read(dir))?.toString('utf8') ?? '';
      if (resolveLink(dir, target) === null) throw pathEscapes(patch, path, `${dir} is a symlink to ${target}, outside the tree`);
      return dir;
    }
    return undefined;
  }
}
