// Our pairing against real `git range-diff` on the same two revisions: the example series applied with
// `git am` on its tree, and a generated series whose v2 rewords a subject, changes a patch, splits one,
// drops one, adds one and rewrites one under its old title. With the subject weight at 0 we must pair
// exactly as git does; with the default weight only the rewritten patch may differ (we pair it, git
// calls it dropped and new).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with the benchmark
import { applyMbox, runRangeDiff, scratchRepo } from '../../bench/git-range-diff.js';
import { parseDiff } from '../../ingest/parse/diff.js';
import { parsePatchBody } from '../../ingest/parse/patch-body.js';
import { comparePatches, preparePatch, type PatchPair } from './compare-patches.js';
import type { RevisionPatch } from './revision-input.js';

interface GitPair { from: number | null; to: number | null; mark: string }
const examples = new URL('../../examples/', import.meta.url).pathname;

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.org', ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The messages of an mbox, each as {subject, body}. */
function messagesOf(mbox: string): Array<{ subject: string; raw: string; body: string }> {
  return mbox.split(/^From (?:mboxrd@z|[0-9a-f]{40}) .*\n/m).filter((m) => m.trim()).map((raw) => {
    const [head, ...rest] = raw.split('\n\n');
    const subject = /^Subject: (.*(?:\n\s+.*)*)/m.exec(head)?.[1].replace(/\n\s+/g, ' ') ?? '';
    return { subject, raw, body: rest.join('\n\n') };
  });
}

function asPatches(messages: Array<{ subject: string; body: string }>): RevisionPatch[] {
  return messages.map((m, i) => {
    const body = parsePatchBody(m.body);
    return { index: i + 1, messageId: `${i + 1}`, title: m.subject.replace(/^(\[[^\]]*\]\s*)+/, ''), commitMessage: body.commitMessage, notes: body.notes, diff: body.diff, files: parseDiff(body.diff), trailers: [], carried: false };
  });
}

const shape = (pairs: Array<{ from: number | null; to: number | null }>) => pairs.map((p) => `${p.from ?? '-'}:${p.to ?? '-'}`).sort();
const ours = (pairs: PatchPair[]) => shape(pairs.map((p) => ({ from: p.from ? p.from.index - 1 : null, to: p.to ? p.to.index - 1 : null })));

describe('pairing against git range-diff', () => {
  it('agrees on the example series applied with git am', () => {
    const tree = join(examples, 'tree');
    const files: Record<string, string> = {};
    const walk = (dir: string) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : (files[relative(tree, join(dir, e.name))] = readFileSync(join(dir, e.name), 'utf8'))));
    walk(tree);
    const repo = scratchRepo(files);
    const all = messagesOf(readFileSync(join(examples, 'ringbuf-v1-v2.mbox'), 'utf8'));
    const revision = (tag: RegExp) => all.filter((m) => tag.test(m.subject));
    const v1 = revision(/^\[PATCH [1-9]\/3\]/);
    const v2 = revision(/^\[PATCH v2 [1-9]\/3\]/);
    for (const [name, list] of [['v1', v1], ['v2', v2]] as const) {
      writeFileSync(join(repo, `${name}.mbox`), list.map((m) => `From mboxrd@z Thu Jan  1 00:00:00 1970\n${m.raw}`).join('\n'));
      applyMbox(repo, join(repo, `${name}.mbox`), name);
    }
    const theirs = runRangeDiff(repo, 'v1', 'v2') as { pairs: GitPair[] };
    expect(theirs.pairs.map((p) => p.mark)).toEqual(['!', '!', '!']);
    expect(ours(comparePatches(asPatches(v1).map(preparePatch), asPatches(v2).map(preparePatch)))).toEqual(shape(theirs.pairs));
  });

  it('agrees on a generated series with a reworded subject, a split, a dropped and a new patch', () => {
    const g = generatedSeries();
    const theirs = runRangeDiff(g.repo, 'v1', 'v2') as { pairs: GitPair[] };
    const pair = (weight?: number) => ours(comparePatches(g.v1.map(preparePatch), g.v2.map(preparePatch), weight === undefined ? {} : { subjectWeight: weight }));
    // git: v1 4/6 (gamma and delta) became v2 3/6 (gamma) with delta new; the debug knob dropped; zeta dropped and new.
    expect(shape(theirs.pairs)).toEqual(['-:3', '-:5', '0:0', '1:1', '2:-', '3:2', '4:-', '5:4'].sort());
    expect(pair(0)).toEqual(shape(theirs.pairs));
    // Only the patch rewritten under its old title pairs differently: v1 3/6 with v2 6/6.
    expect(pair()).toEqual(['-:3', '0:0', '1:1', '2:5', '3:2', '4:-', '5:4'].sort());
    // The delta half of the split patch is new, and marked as split out of it.
    const delta = comparePatches(g.v1.map(preparePatch), g.v2.map(preparePatch)).find((p) => p.to?.title === 'lib: add delta')!;
    expect({ status: delta.status, splitFrom: delta.splitFrom?.title }).toEqual({ status: 'new', splitFrom: 'lib: add gamma and delta' });
  });
});

const lines = (name: string, n: number) => Array.from({ length: n }, (_x, i) => `int ${name}_${i} = ${i};`);

/** v1 and v2 of a six-patch series, committed for real and read back from git format-patch. */
function generatedSeries() {
  const repo = scratchRepo({ 'lib/a.c': `${lines('a', 60).join('\n')}\n`, 'lib/b.c': `${lines('b', 60).join('\n')}\n`, 'lib/c.c': `${lines('c', 60).join('\n')}\n`, 'lib/d.c': `${lines('d', 60).join('\n')}\n`, 'lib/z.c': `${lines('z', 60).join('\n')}\n` });
  const edit = (path: string, at: number, add: string[], drop = 0) => {
    const text = readFileSync(join(repo, path), 'utf8').split('\n');
    text.splice(at, drop, ...add);
    writeFileSync(join(repo, path), text.join('\n'));
  };
  const commit = (subject: string, change: () => void) => (change(), git(repo, 'commit', '-qam', `${subject}\n\nWhy: ${subject}.`));
  const alpha = () => edit('lib/a.c', 10, lines('alpha', 8));
  const gamma = () => edit('lib/c.c', 20, lines('gamma', 12));
  const delta = () => edit('lib/d.c', 20, lines('delta', 5));
  git(repo, 'checkout', '-qb', 'v1', 'start');
  commit('lib: add alpha helper', alpha);
  commit('lib: use alpha in beta', () => edit('lib/b.c', 20, ['alpha_0(); /* v1 */', 'alpha_1();', 'alpha_2();', 'alpha_3();'], 4));
  commit('lib: rework zeta', () => edit('lib/z.c', 30, lines('zeta_v1', 10)));
  commit('lib: add gamma and delta', () => (gamma(), delta()));
  commit('lib: add a debug knob', () => edit('lib/d.c', 45, lines('debug', 6)));
  commit('lib: count epsilons', () => edit('lib/b.c', 50, lines('epsilon', 3)));
  git(repo, 'checkout', '-qb', 'v2', 'start');
  commit('lib: introduce the alpha helper', alpha);
  commit('lib: use alpha in beta', () => edit('lib/b.c', 20, ['alpha_0(); /* v2 */', 'alpha_1();', 'alpha_2();', 'alpha_3();'], 4));
  commit('lib: add gamma', gamma);
  commit('lib: add delta', delta);
  commit('lib: count epsilons', () => edit('lib/b.c', 50, lines('epsilon', 3)));
  commit('lib: rework zeta', () => edit('lib/z.c', 30, ['/* zeta, second take */', ...lines('zeta_v2', 4)]));
  const read = (range: string) => asPatches(messagesOf(git(repo, 'format-patch', '--stdout', range)));
  return { repo, v1: read('start..v1'), v2: read('start..v2') };
}
