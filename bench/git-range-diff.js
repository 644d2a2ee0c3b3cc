// git range-diff as a peer: two revisions of a series as commits in a scratch repository, range-diff run on
// them, its pairing read back. Used by the pairing tests (npm test, npm run test:corpus) and by
// `npm run bench revisions`.
//
// Two ways to get the commits. `applyMbox` runs `git am` on posted patches over a real tree. When no tree
// the series applies to is at hand, `synthesizeRevisions` builds each patch's pre-image from its own hunks
// (context and removed lines, with the hunk's function line above them) and commits its post-image on top:
// git then sees exactly the posted diff. A merge commit puts each patch's pre-image in place; range-diff's
// `git log --no-merges` never shows it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const IDENTITY = ['-c', 'user.name=Range Diff', '-c', 'user.email=range-diff@example.org', '-c', 'commit.gpgsign=false'];
const FILLER = ['\t/* between hunks */', '\t/* between hunks */', '\t/* between hunks */'];

function git(cwd, args, input) {
  const r = spawnSync('git', [...IDENTITY, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd} exited ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** A fresh repository; with `files` ({path: text}) committed as its first commit on branch `base`. */
export function scratchRepo(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-range-diff-'));
  git(dir, ['init', '-q', '-b', 'base']);
  const stream = [`commit refs/heads/base`, 'committer Range Diff <range-diff@example.org> 1700000000 +0000', data('base'), 'deleteall'];
  for (const [path, text] of Object.entries(files)) stream.push(`M 100644 inline ${path}`, data(text));
  stream.push('', `commit refs/heads/start`, 'committer Range Diff <range-diff@example.org> 1700000001 +0000', data('start'), 'from refs/heads/base', '');
  git(dir, ['fast-import', '--quiet'], `${stream.join('\n')}\n`);
  git(dir, ['checkout', '-q', 'start']);
  return dir;
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}`;
}

/** `git am` of an mbox's patches onto `start`, as branch `branch`. */
export function applyMbox(dir, mboxPath, branch) {
  git(dir, ['checkout', '-q', '-B', branch, 'start']);
  git(dir, ['am', '-q', '--keep-cr', mboxPath]);
}

/**
 * Commits of each revision (branch = its name) whose diffs are the posted ones, on a base made of their
 * pre-images. A revision: {name, patches: [{title, message, files}]}, `files` parsed as core/patch.ts FileDiff.
 */
export function synthesizeRevisions(dir, revisions) {
  const stream = [];
  let time = 1700000100;
  let mark = 0;
  for (const r of revisions) {
    let parent = 'refs/heads/start';
    for (const p of r.patches) {
      const stamp = `Range Diff <range-diff@example.org> ${time++} +0000`;
      stream.push(`commit refs/heads/${r.name}`, `mark :${++mark}`, `committer ${stamp}`, data('pre-image'), `from ${parent}`, 'merge refs/heads/base', 'deleteall');
      for (const f of p.files) if (f.oldPath !== null) stream.push(`M 100644 inline ${f.oldPath}`, data(image(f, '-')));
      stream.push('', `commit refs/heads/${r.name}`, `mark :${++mark}`, `author ${stamp}`, `committer ${stamp}`, data(`${p.title}\n\n${p.message}`), `from :${mark - 1}`);
      for (const f of p.files) {
        if (f.oldPath !== null && f.oldPath !== f.newPath) stream.push(`D ${f.oldPath}`);
        if (f.newPath !== null) stream.push(`M ${f.newMode === '100755' ? '100755' : '100644'} inline ${f.newPath}`, data(image(f, '+')));
      }
      stream.push('');
      parent = `:${mark}`;
    }
  }
  git(dir, ['fast-import', '--quiet', '--force'], `${stream.join('\n')}\n`);
}

/** One side of a file diff ('-' the pre-image, '+' the post-image): hunks apart, each under its function. */
function image(file, side) {
  const lines = [];
  for (const h of file.hunks) {
    if (h.section) lines.push(h.section, ...FILLER);
    for (const l of h.lines) if (l[0] === ' ' || l[0] === side) lines.push(l.slice(1));
    lines.push(...FILLER);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * `git range-diff start..old start..new`; returns its pairing as {from, to, mark} with 0-based patch
 * positions (null for none) and range-diff's mark (= ! < >), and the wall time in ms.
 */
export function runRangeDiff(dir, oldBranch, newBranch, creationFactor = 60) {
  const t0 = performance.now();
  const out = git(dir, ['range-diff', '--no-color', `--creation-factor=${creationFactor}`, `start..${oldBranch}`, `start..${newBranch}`]);
  const ms = performance.now() - t0;
  const pairs = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+|-):\s+\S+ ([<>=!]) \s*(\d+|-):\s+\S+ /.exec(line);
    if (m) pairs.push({ from: m[1] === '-' ? null : Number(m[1]) - 1, to: m[3] === '-' ? null : Number(m[3]) - 1, mark: m[2] });
  }
  return { pairs, ms, output: out };
}
