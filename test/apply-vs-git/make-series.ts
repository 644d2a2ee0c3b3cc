// Builds one series with git's own help: real C files committed as a base, a few patches of edits on top
// (changed lines and functions, new, deleted and renamed files) exported with `git format-patch`, and
// drifted bases beside the exact one — lines inserted or deleted above the hunks, context edited, a hunk's
// lines duplicated nearby, a file renamed — each a commit on top of the base.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDiff } from '../../ingest/parse/diff.js';
import { edit, EDIT_KINDS, freshLine, changeLine, splice } from './edits.js';
import { git } from './git-cli.js';
import { rng, type Rng } from './prng.js';

export interface SourceFile {
  path: string;
  text: string;
}

export interface BaseVariant {
  name: string;
  commit: string;
  /** What was done to the base, for failure messages. */
  drifts: string[];
}

export interface GeneratedSeries {
  seed: number;
  repo: string;
  base: string;
  variants: BaseVariant[];
  patchFiles: string[];
  /** What each patch does. */
  plan: string[];
}

export function makeSeries(seed: number, sources: readonly SourceFile[], root: string): GeneratedSeries {
  const r = rng(seed);
  const repo = join(root, `series-${seed}`);
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  const files = new Map<string, string[]>();
  for (const s of pickDistinct(r, sources, r.int(2, 4))) files.set(s.path, s.text.replace(/\n$/, '').split('\n'));
  writeAll(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD').trim();
  const plan: string[] = [];
  const count = r.int(1, 5);
  for (let k = 1; k <= count; k++) plan.push(makePatch(repo, files, r, k, sources));
  const out = join(root, `series-${seed}-patches`);
  git(repo, 'format-patch', '-q', '-o', out, `${base}..HEAD`);
  const patchFiles = readdirSync(out).sort().map((f) => join(out, f));
  const variants: BaseVariant[] = [{ name: 'exact', commit: base, drifts: [] }];
  for (let v = 1; v <= 2; v++) variants.push(driftBase(repo, base, r, `drift-${v}`));
  git(repo, 'checkout', '-q', '--detach', base);
  return { seed, repo, base, variants, patchFiles, plan };
}

function pickDistinct<T>(r: Rng, items: readonly T[], n: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(r.pick(items));
  return [...chosen];
}

function writeAll(repo: string, files: Map<string, string[]>): void {
  for (const [path, lines] of files) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), `${lines.join('\n')}\n`);
  }
}

/** One commit: edits to one to three files, now and then a new, deleted or renamed file. */
function makePatch(repo: string, files: Map<string, string[]>, r: Rng, k: number, sources: readonly SourceFile[]): string {
  const done: string[] = [];
  const roll = r.next();
  if (roll < 0.1) {
    const from = r.pick(sources).text.split('\n');
    const start = r.int(0, Math.max(0, from.length - 40));
    const path = `gen/new_${k}_${r.int(1000, 9999)}.c`;
    files.set(path, from.slice(start, start + r.int(5, 40)));
    done.push(`create ${path}`);
  } else if (roll < 0.17 && files.size > 1) {
    const path = r.pick([...files.keys()]);
    files.delete(path);
    git(repo, 'rm', '-q', path);
    done.push(`delete ${path}`);
  } else if (roll < 0.25) {
    const path = r.pick([...files.keys()]);
    const to = path.replace(/(\.[ch])$/, `_moved${k}$1`);
    git(repo, 'mv', path, to);
    files.set(to, files.get(path)!);
    files.delete(path);
    if (r.chance(0.5)) files.set(to, edit(files.get(to)!, 'change-lines', r));
    done.push(`rename ${path} → ${to}`);
  }
  for (const path of pickDistinct(r, [...files.keys()], r.int(1, 3))) {
    const kind = r.pick(EDIT_KINDS);
    let lines = edit(files.get(path)!, kind, r);
    if (r.chance(0.4)) lines = edit(lines, r.pick(EDIT_KINDS), r);
    files.set(path, lines);
    done.push(`${kind} ${path}`);
  }
  writeAll(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', `gen: patch ${k}`, '-m', done.join('\n'));
  return done.join('; ');
}

type Drift = 'insert-above' | 'delete-above' | 'edit-context' | 'duplicate-block' | 'rename-file' | 'insert-top' | 'append-end';
const DRIFTS: readonly Drift[] = ['insert-above', 'insert-above', 'delete-above', 'edit-context', 'duplicate-block', 'rename-file', 'insert-top', 'append-end'];

/** A commit on top of the base that moves, edits or renames what the series' hunks rely on. */
function driftBase(repo: string, base: string, r: Rng, name: string): BaseVariant {
  git(repo, 'checkout', '-q', '--detach', base);
  const diff = parseDiff(git(repo, 'diff', '--no-renames', base, 'main'));
  const touched = diff.filter((f) => f.oldPath !== null && f.hunks.length > 0);
  const drifts: string[] = [];
  for (let i = r.int(1, 3); i > 0 && touched.length; i--) {
    const file = r.pick(touched);
    const path = file.oldPath!;
    const lines = git(repo, 'show', `HEAD:${path}`).replace(/\n$/, '').split('\n');
    const hunk = r.pick(file.hunks);
    const kind = r.pick(DRIFTS);
    if (kind === 'rename-file') {
      git(repo, 'mv', path, path.replace(/(\.[ch])$/, '_renamed$1'));
      touched.splice(touched.indexOf(file), 1);
    } else {
      writeFileSync(join(repo, path), `${driftLines(lines, kind, hunk.oldStart - 1, hunk.oldLines, r).join('\n')}\n`);
    }
    drifts.push(`${kind} ${path} near line ${hunk.oldStart}`);
    git(repo, 'commit', '-q', '-a', '--allow-empty', '-m', `drift: ${kind}`);
  }
  return { name, commit: git(repo, 'rev-parse', 'HEAD').trim(), drifts };
}

function driftLines(lines: string[], kind: Drift, start: number, length: number, r: Rng): string[] {
  const fresh = (n: number) => Array.from({ length: n }, () => freshLine(r));
  const above = Math.max(0, start - r.int(0, 12));
  switch (kind) {
    case 'insert-above':
      return splice(lines, above, 0, fresh(r.int(1, 20)));
    case 'delete-above':
      return above < start ? splice(lines, above, Math.min(r.int(1, 5), start - above), []) : lines;
    case 'edit-context': {
      const at = Math.min(lines.length - 1, start + r.int(0, Math.max(0, length - 1)));
      return splice(lines, at, 1, [changeLine(lines[at], r)]);
    }
    case 'duplicate-block': {
      const block = lines.slice(start, start + length);
      const at = Math.max(0, Math.min(lines.length, start + r.int(-30, 30)));
      return splice(lines, at, 0, block);
    }
    case 'insert-top':
      return splice(lines, 0, 0, fresh(r.int(1, 5)));
    case 'append-end':
      return [...lines, ...fresh(r.int(1, 5))];
    default:
      return lines;
  }
}
