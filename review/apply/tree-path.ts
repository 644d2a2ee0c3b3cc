// Paths named by a patch, made safe before anything is read: relative, no `..`, no `.git`, no NUL (git's
// verify_path refuses the same). Symlinks on the way are judged by the tree readers, which know them.
import { pathEscapes } from './apply-error.js';

/** The normalised path, or a typed error naming the patch and the path. */
export function safeTreePath(path: string, patch: string): string {
  if (path === '' || path.includes('\0')) throw pathEscapes(patch, path, 'empty or contains a NUL byte');
  if (path.startsWith('/')) throw pathEscapes(patch, path, 'an absolute path leaves the tree');
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw pathEscapes(patch, path, '".." climbs out of the tree');
  if (parts.some((p) => p.toLowerCase() === '.git')) throw pathEscapes(patch, path, 'it writes into .git');
  if (parts.length === 0) throw pathEscapes(patch, path, 'it names the tree itself, not a file in it');
  return parts.join('/');
}

/** The directories leading to a path, shortest first: `a/b/c.c` → `a`, `a/b`. */
export function leadingDirs(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * Where a symlink at `link` (a path in the tree) points, as a tree path; null when it leaves the tree
 * (absolute, or more `..` than it has directories above it).
 */
export function resolveLink(link: string, target: string): string | null {
  if (target.startsWith('/')) return null;
  const parts = link.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
