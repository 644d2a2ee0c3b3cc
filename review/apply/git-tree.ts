// A git repository read at one commit, lazily: a folder's tree object when a path in it is first asked
// about, a blob when its file is read — through one `git cat-file --batch`. Never a checkout, never an
// index, nothing written into the repository.
import { spawn } from 'node:child_process';
import { GitObjects } from './git-objects.js';
import { C_SOURCE, modeKind, SEARCH_LIMITS, type SearchHit, type SearchResult, type TreeEntry, type TreeReader } from './tree-reader.js';

interface Listed {
  mode: string;
  oid: string;
}

export function openGitTree(repo: string, commit: string, objects = new GitObjects(repo)): TreeReader & { objects: GitObjects } {
  const listings = new Map<string, Promise<Map<string, Listed> | undefined>>();
  const listing = (dir: string) => {
    let l = listings.get(dir);
    if (!l) listings.set(dir, (l = readListing(objects, dir === '' ? `${commit}^{tree}` : `${commit}:${dir}`)));
    return l;
  };
  const lookup = async (path: string): Promise<Listed | undefined> => {
    const slash = path.lastIndexOf('/');
    return (await listing(slash < 0 ? '' : path.slice(0, slash)))?.get(path.slice(slash + 1));
  };
  return {
    label: `${repo} at ${commit.slice(0, 12)}`,
    objects,
    async entry(path): Promise<TreeEntry | undefined> {
      const found = await lookup(path);
      return found && { kind: modeKind(found.mode), mode: found.mode.padStart(6, '0') };
    },
    async read(path) {
      const found = await lookup(path);
      if (!found || modeKind(found.mode) === 'dir' || modeKind(found.mode) === 'submodule') return undefined;
      return (await objects.read(found.oid))?.content;
    },
    search: (words, dirs) => gitGrep(repo, commit, words, dirs),
    close: () => objects.close(),
  };
}

/** A tree object: `<mode> <name>\0<raw oid>` entries; the oid is 20 bytes (SHA-1) or 32 (SHA-256). */
async function readListing(objects: GitObjects, name: string): Promise<Map<string, Listed> | undefined> {
  const obj = await objects.read(name);
  if (!obj || obj.type !== 'tree') return undefined;
  const oidBytes = obj.oid.length / 2;
  const out = new Map<string, Listed>();
  const buf = obj.content;
  let i = 0;
  while (i < buf.length) {
    const space = buf.indexOf(0x20, i);
    const nul = buf.indexOf(0, space);
    const mode = buf.toString('latin1', i, space);
    const entryName = buf.toString('utf8', space + 1, nul);
    out.set(entryName, { mode, oid: buf.toString('hex', nul + 1, nul + 1 + oidBytes) });
    i = nul + 1 + oidBytes;
  }
  return out;
}

/** `git grep -w -F` over the commit's C files in `dirs`, keeping at most SEARCH_LIMITS.hits hits. */
function gitGrep(repo: string, commit: string, words: readonly string[], dirs: readonly string[]): Promise<SearchResult> {
  const scope = dirs.length ? dirs.map((d) => `${d}/`).join(', ') : 'the whole tree';
  const specs = (dirs.length ? dirs : ['.']).flatMap((d) => [`:(glob)${d === '.' ? '' : `${d}/`}**/*.c`, `:(glob)${d === '.' ? '' : `${d}/`}**/*.h`]);
  const args = ['-C', repo, 'grep', '-I', '-n', '-z', '-w', '-F', ...words.flatMap((w) => ['-e', w]), commit, '--', ...specs];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const hits: SearchHit[] = [];
    let rest = '';
    let complete = true;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const hit = parseGrepLine(line, commit);
        if (hit && hits.length < SEARCH_LIMITS.hits && C_SOURCE.test(hit.path)) hits.push(hit);
        else if (hit && hits.length >= SEARCH_LIMITS.hits) complete = false;
      }
      if (!complete) child.kill();
    });
    child.on('error', reject);
    child.on('close', () => resolve({ hits, complete, scope }));
  });
}

/** `<commit>:<path>\0<line>\0<text>` as `git grep -n -z` prints it for a tree. */
function parseGrepLine(line: string, commit: string): SearchHit | undefined {
  const [name, number, ...text] = line.split('\0');
  if (number === undefined) return undefined;
  return { path: name.startsWith(`${commit}:`) ? name.slice(commit.length + 1) : name, line: Number(number), text: text.join('\0') };
}
