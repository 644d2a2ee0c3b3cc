// The tree at any point of the series, for the checks that run after each patch: a file's text after patch
// k is what the last patch up to k left, else what the next patch found, else the base. Also where a
// patch's added lines ended up, so that findings point at real lines of the post-image.
import type { AppliedPatch } from './apply-patch.js';
import { fromBytes, hunkImage } from './hunk-image.js';
import { leadingDirs, safeTreePath } from './tree-path.js';
import type { TreeReader } from './tree-reader.js';

export class SeriesStates {
  private readonly baseTexts = new Map<string, Promise<string | null>>();
  /** Decoded texts by image and side: checks ask for the same file many times. */
  private readonly decoded = new WeakMap<object, { before?: string | null; after?: string | null }>();

  constructor(readonly patches: readonly AppliedPatch[], readonly base: TreeReader) {}

  /** UTF-8 text of `path` after patch `k` (0-based; -1 for the base), null when the file does not exist. */
  async textAfter(k: number, path: string): Promise<string | null> {
    for (let j = k; j >= 0; j--) {
      const image = this.patches[j].images.get(path);
      if (image) return this.decode(image, 'after');
    }
    for (let j = k + 1; j < this.patches.length; j++) {
      const image = this.patches[j].images.get(path);
      if (image) return this.decode(image, 'before');
    }
    return this.baseText(path);
  }

  private decode(image: { before: string | null; after: string | null }, side: 'before' | 'after'): string | null {
    let d = this.decoded.get(image);
    if (!d) this.decoded.set(image, (d = {}));
    if (d[side] === undefined) d[side] = image[side] === null ? null : fromBytes(image[side]!);
    return d[side]!;
  }

  /** Every path any patch of the series changed, created or deleted. */
  touched(): string[] {
    return [...new Set(this.patches.flatMap((p) => [...p.images.keys()]))].sort();
  }

  private baseText(path: string): Promise<string | null> {
    let t = this.baseTexts.get(path);
    if (!t) {
      t = this.readBase(path);
      this.baseTexts.set(path, t);
    }
    return t;
  }

  /** Checks read paths a patch only mentions (an #include): never through `..` or a symlink. */
  private async readBase(path: string): Promise<string | null> {
    try {
      if (safeTreePath(path, 'check') !== path) return null;
    } catch {
      return null;
    }
    for (const dir of leadingDirs(path)) if ((await this.base.entry(dir))?.kind !== 'dir') return null;
    const entry = await this.base.entry(path);
    if (!entry || entry.kind !== 'file') return null;
    return (await this.base.read(path))?.toString('utf8') ?? null;
  }
}

/** 1-based lines of the file's post-image that patch added, for each file path of the patch. */
export function addedLines(patch: AppliedPatch): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const { diff, application } of patch.files) {
    const lines = new Set<number>();
    diff.hunks.forEach((hunk, i) => {
      const start = application.finalStarts[i];
      if (start === undefined || start < 0) return;
      for (const entry of hunkImage(hunk).order) if (entry.kind === '+') lines.add(start + entry.post + 1);
    });
    out.set(application.outcome.path, lines);
  }
  return out;
}
