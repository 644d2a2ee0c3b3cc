// The C model under the matchers: comments and strings are not code, a call split over lines is one
// call, functions and their roles come from hunk headers and ops-table assignments, moved code is not
// new code, and the token model agrees with tree-sitter on whole functions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDiff } from '../../ingest/parse/diff.js';
import { buildFileView } from './file-view.js';
import { stripComments } from './strip-comments.js';
import { buildModel } from './code-model.js';
import { onOnePath } from './c-calls.js';
import { callFactsFromTree, cParser } from './tree-sitter-facts.js';
import { introducedCalls, nameTest } from './match-helpers.js';
import type { CodeLine } from './code-lines.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const view = (name: string) => buildFileView(parseDiff(fixture(name))[0]);

describe('comments and literals', () => {
  it('blanks comments and strings but keeps columns', () => {
    const [a, b] = stripComments(['x = f(1); /* g(2) */ s = "h(3)";', "c = '(';"]);
    expect(a).toBe(`x = f(1); ${' '.repeat('/* g(2) */'.length)} s = "    ";`);
    expect(a.length).toBe('x = f(1); /* g(2) */ s = "h(3)";'.length);
    expect(b).toBe("c = ' ';");
  });

  it('takes a hunk that starts inside a kernel block comment as comment', () => {
    expect(stripComments([' * remap_pfn_range(vma, …)', ' */', 'x = 1;'])).toEqual(['                          ', '   ', 'x = 1;']);
  });
});

describe('calls', () => {
  const v = view('call-split-over-lines-with-comments.diff');
  const calls = v.units[0].post().calls;

  it('finds one call written over three lines, with its arguments, and none in comments or strings', () => {
    expect(calls.map((c) => c.name)).toEqual(['pr_debug', 'remap_pfn_range']);
    const remap = calls[1];
    expect(remap.args).toEqual(['vma', 'vma->vm_start', 'pfn', 'PAGE_SIZE', 'vma->vm_page_prot']);
    expect(v.units[0].post().lineOf(remap.nameToken).newLine).toBe(23);
  });

  it('knows the enclosing function and its role from the hunk header', () => {
    expect(v.units[0]).toMatchObject({ kind: 'function', name: 'demo_mmap', role: { role: 'mmap', source: 'signature' } });
  });
});

describe('functions across hunks', () => {
  it('follows a function renamed in an earlier hunk (git names hunks after the pre-image)', () => {
    const units = view('renamed-function-later-hunk.diff').units.filter((u) => u.kind === 'function');
    expect(units.map((u) => u.name)).toEqual(['other', 'demo_populate']);
    expect(units[1].lines.map((l) => l.newLine)).toEqual([12, 13, 14, 40, 41, 42]);
  });

  it('takes roles from ops-table assignments, not from names', () => {
    const v = view('role-by-assignment-not-name.diff');
    const fn = (name: string) => v.units.find((u) => u.name === name);
    expect(fn('demo_setup')?.role).toEqual({ role: 'mmap_prepare', source: 'assignment', field: 'mmap_prepare' });
    expect(fn('demo_mmap')?.role).toBeUndefined();
  });
});

describe('added against removed', () => {
  it('does not count code that a conversion removed', () => {
    const v = view('conversion-removes-loop.diff');
    const unit = v.units[0];
    expect(introducedCalls(v, unit, nameTest('vm_insert_page'))).toEqual([]);
    expect(introducedCalls(v, unit, nameTest('vm_map_pages')).map((c) => c.name)).toEqual(['vm_map_pages']);
  });

  it('counts context lines moved under a new function header as introduced', () => {
    const v = view('loop-moved-into-new-function.diff');
    const complete = v.units.find((u) => u.name === 'demo_mmap_complete')!;
    expect(complete.role?.role).toBe('mmap_complete');
    expect(introducedCalls(v, complete, nameTest('vmalloc_to_page')).map((c) => c.facts.inLoop)).toEqual([true]);
  });
});

describe.each([
  // if / else if / else arms exclude each other; the early-return arm at 12 excludes what follows it (0-based lines).
  ['control-flow.c', ['mmap_action_map_kernel_pages', 'vmalloc_to_page'], ['5-12:true', '5-16:true', '5-21:true', '7-12:true', '7-16:true', '7-21:true', '9-12:true', '9-16:true', '9-21:true', '16-21:true']],
  // A one-argument loop macro, which tree-sitter reads as a nested function definition, and `return call();`
  // in a braced arm, which leaves the arm after the call.
  ['control-flow-macros.c', ['vmalloc_to_page'], []],
  // Cases of one switch exclude each other; a case's break goes on after the switch.
  ['control-flow-switch.c', [], ['4-13:true', '8-13:true']],
  // A break leaves its arm and the loop, not the function: what follows the loop still runs after it.
  ['control-flow-break.c', ['mmap_action_remap_full', 'mmap_action_ioremap_full'], ['6-14:true']],
])('control facts: tokens and tree-sitter agree on a whole function (%s)', async (file, loops, onOnePathPairs) => {
  const source = fixture(file).trimEnd().split('\n');
  const lines: CodeLine[] = source.map((text, i) => ({ kind: '+', text, code: text, newLine: i + 1, oldLine: null, hunk: 0 }));
  const model = buildModel(lines, (l) => l.newLine);
  const tokenCalls = model.calls.filter((c) => !c.declarator);
  const tree = callFactsFromTree(cParser(), model.source);
  // As match-patch.ts does: tree-sitter's facts where it has them (a loop macro is no call to it).
  const treeFacts = (c: (typeof tokenCalls)[number]) => tree.get(`${c.nameToken.line}:${c.nameToken.col}`);
  const treeCalls = tokenCalls.map((c) => ({ ...c, facts: treeFacts(c) ? { ...treeFacts(c)!, source: 'tree-sitter' as const } : c.facts }));

  it('parses every call but loop macros', () => {
    expect(tokenCalls.filter((c) => !treeFacts(c)).map((c) => c.name)).toEqual(tokenCalls.filter((c) => /for_each/.test(c.name)).map((c) => c.name));
  });

  it('agrees on which calls sit in loops', () => {
    const inLoop = (calls: typeof tokenCalls) => calls.filter((c) => c.facts.inLoop).map((c) => c.name);
    expect(inLoop(tokenCalls)).toEqual(loops);
    expect(inLoop(treeCalls)).toEqual(inLoop(tokenCalls));
  });

  it('agrees on which pairs of actions can run on one path', () => {
    const pairs = (calls: typeof tokenCalls) => {
      const actions = calls.filter((c) => c.name.startsWith('mmap_action_'));
      return actions.flatMap((a, i) => actions.slice(i + 1).map((b) => `${a.nameToken.line}-${b.nameToken.line}:${onOnePath(a, b)}`));
    };
    expect(pairs(treeCalls)).toEqual(pairs(tokenCalls));
    expect(pairs(tokenCalls).filter((p) => p.endsWith('true'))).toEqual(onOnePathPairs);
  });
});
