// Opens --tree DIR: a git repository (its top level, or a bare one) is read at a commit with git — the one
// --base names, else the detected base; anything else, including a folder inside some repository, is a
// plain directory read as it is.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApplyError } from './apply-error.js';
import type { BaseInfo, SeriesPatch } from './apply-types.js';
import { detectBase } from './base-detection.js';
import { openDirectoryTree } from './directory-tree.js';
import { openGitTree } from './git-tree.js';
import type { TreeReader } from './tree-reader.js';

export interface OpenedTree {
  reader: TreeReader;
  base: BaseInfo;
  /** The repository, when DIR is one. */
  repo?: string;
}

export function openTree(dir: string, patches: readonly SeriesPatch[], base?: string): OpenedTree {
  let real: string;
  try {
    real = realpathSync(dir);
    if (!statSync(real).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    const found = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'nothing there' : (err as Error).message;
    throw new ApplyError('APPLY_BAD_TREE', `--tree ${dir}: expected a source tree or a git repository, found ${found}`, { tree: dir });
  }
  if (!isRepository(real)) {
    if (base) throw new ApplyError('APPLY_BAD_BASE', `--base ${base}: ${dir} is not a git repository (a plain tree is read as it is)`, { tree: dir, revision: base });
    return { reader: openDirectoryTree(dir), base: { how: 'directory', commit: null } };
  }
  const info = detectBase(real, patches, base);
  const reader = openGitTree(real, info.commit!);
  return { reader: { ...reader, label: `${dir} at ${info.commit!.slice(0, 12)}` }, base: info, repo: real };
}

/**
 * The top of a work tree (it has .git), or a bare repository itself (HEAD, objects/ and refs/ at its top);
 * not a folder somewhere inside a repository. Looking costs no git process; git confirms when it resolves
 * the base.
 */
function isRepository(dir: string): boolean {
  if (existsSync(join(dir, '.git'))) return true;
  return ['HEAD', 'objects', 'refs'].every((name) => existsSync(join(dir, name)));
}
