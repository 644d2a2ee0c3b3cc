// The header lines of one file in a diff: names in `diff --git a/x b/y` and `--- a/x` (C-quoted
// when they hold spaces or non-ASCII bytes, git's quote_c_style; `--no-prefix`; `diff -u`
// timestamps), and git's extended headers (modes, renames, copies, similarity, blob ids).

import type { FileDiff } from '../../core/patch.js';

/** Reads a C-quoted name starting at s[start] === '"'; octal escapes are UTF-8 bytes. */
export function readQuoted(s: string, start: number): { text: string; next: number } {
  const bytes: number[] = [];
  let i = start + 1;
  while (i < s.length && s[i] !== '"') {
    if (s[i] !== '\\') {
      const code = s.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      for (const b of Buffer.from(char, 'utf8')) bytes.push(b);
      i += char.length;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += 1 + octal[0].length;
    } else {
      bytes.push(ESCAPES[s[i + 1]] ?? s.charCodeAt(i + 1));
      i += 2;
    }
  }
  return { text: Buffer.from(bytes).toString('utf8'), next: i + 1 };
}

const ESCAPES: Record<string, number> = {
  a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '"': 34, '\\': 92,
};

/** A name after `--- `/`+++ `: quoted, or up to the tab that precedes a timestamp. */
export function readHeaderPath(rest: string): string {
  if (rest.startsWith('"')) return readQuoted(rest, 0).text;
  const tab = rest.indexOf('\t');
  return (tab < 0 ? rest : rest.slice(0, tab)).trimEnd();
}

/** Both names of `diff --git <a> <b>`, still with their `a/`/`b/` prefixes. */
export function splitGitHeader(rest: string): [string, string] {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    return [first.text, readSecond(rest.slice(first.next).trimStart())];
  }
  const quoted = rest.indexOf(' "');
  if (quoted > 0) return [rest.slice(0, quoted), readSecond(rest.slice(quoted + 1))];
  // Same name on both sides is by far the most common case, and the only safe split when the
  // name itself contains spaces (git does the same in git_header_name()).
  if (rest.length % 2 === 1) {
    const mid = (rest.length - 1) / 2;
    const a = rest.slice(0, mid);
    const b = rest.slice(mid + 1);
    if (rest[mid] === ' ' && stripPrefix(a, 'a/') === stripPrefix(b, 'b/')) return [a, b];
  }
  const at = rest.indexOf(' b/');
  const space = at > 0 ? at : rest.indexOf(' ');
  if (space < 0) return [rest, rest];
  return [rest.slice(0, space), rest.slice(space + 1)];
}

function readSecond(s: string): string {
  return s.startsWith('"') ? readQuoted(s, 0).text : s;
}

export function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * A name of a plain unified diff (no `diff --git`) loses its first directory, as with `git apply -p1`
 * (which `git am` uses): `a/mm/x.c`, and quilt's `linux.orig/mm/x.c`, both become `mm/x.c`.
 */
export function stripPlainPrefix(path: string): string {
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(slash + 1) : path;
}

/** git's extended header lines between `diff --git` and `---` (Documentation/diff-generate-patch.txt). */
export function readExtendedHeader(file: FileDiff, line: string): boolean {
  const space = line.lastIndexOf(' ');
  const last = line.slice(space + 1);
  if (line.startsWith('index ')) {
    const m = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
    if (!m) return false;
    file.oldBlob = m[1];
    file.newBlob = m[2];
    if (m[3] && !file.oldMode && !file.newMode) file.oldMode = file.newMode = m[3];
  } else if (line.startsWith('old mode ')) file.oldMode = last;
  else if (line.startsWith('new mode ')) file.newMode = last;
  else if (line.startsWith('new file mode ')) {
    file.status = 'added';
    file.newMode = last;
    file.oldPath = null;
  } else if (line.startsWith('deleted file mode ')) {
    file.status = 'deleted';
    file.oldMode = last;
    file.newPath = null;
  } else if (line.startsWith('similarity index ')) file.similarity = parseInt(last, 10);
  else if (line.startsWith('dissimilarity index ')) return true;
  else return readRenameOrCopy(file, line);
  return true;
}

function readRenameOrCopy(file: FileDiff, line: string): boolean {
  const m = /^(rename|copy) (from|to|old|new) (.+)$/.exec(line);
  if (!m) return false;
  const path = m[3].startsWith('"') ? readHeaderPath(m[3]) : m[3];
  file.status = m[1] === 'rename' ? 'renamed' : 'copied';
  if (m[2] === 'from' || m[2] === 'old') file.oldPath = path;
  else file.newPath = path;
  return true;
}
