// Errors that stop a simulated application before it starts or halfway: a tree that cannot be read, a
// path in a patch that would leave the tree, a revision git does not know. Each names the input (the
// tree, the patch and the path) and says what was expected and what was found. main.ts maps them to
// exit code 2 through their `code`.

export type ApplyErrorCode = 'APPLY_BAD_TREE' | 'APPLY_PATH_ESCAPES' | 'APPLY_BAD_BASE' | 'APPLY_GIT' | 'APPLY_OUT_DIR';

export class ApplyError extends Error {
  constructor(
    readonly code: ApplyErrorCode,
    message: string,
    readonly data: { tree?: string; patch?: string; path?: string; revision?: string } = {},
  ) {
    super(message);
  }
}

/** A path in a patch that is absolute, climbs with `..`, or goes through a symlink pointing out of the tree. */
export function pathEscapes(patch: string, path: string, why: string): ApplyError {
  return new ApplyError('APPLY_PATH_ESCAPES', `${patch}: refusing path "${path}": ${why}`, { patch, path });
}
