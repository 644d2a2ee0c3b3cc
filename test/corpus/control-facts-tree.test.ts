// The two models of control flow the knowledge engine has — the token model, which works on any slice of
// C a hunk shows, and tree-sitter, which parses a whole function and wins when it can — compared over every
// whole function of a real kernel tree (Debian's linux-source-6.12, from test/setup/kernel-tree.sh) that
// calls a helper the matchers ask control questions about. They are compared on what the matchers read:
// whether a call sits in a loop, whether its if/else or case arm is left after it (and to where), and
// whether two calls can run on one path. Where they disagree is listed in test-results/control-facts.md;
// the count may only go down.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileDiff } from '../../core/patch.js';
import { onOnePath, type Call } from '../../knowledge/engine/c-calls.js';
import { buildFileView } from '../../knowledge/engine/file-view.js';
import { callFactsFromTree, cParser } from '../../knowledge/engine/tree-sitter-facts.js';
// The helpers whose functions match-patch.ts parses.
import { STRUCTURAL_CALLS, STRUCTURAL_WORD } from '../../knowledge/match-patch.js';
import { repoRoot } from './corpus-paths.js';

const tree = process.env.MLREVIEW_KERNEL_TREE ?? join(repoRoot, '.cache', 'linux-source-6.12');
const present = existsSync(join(tree, 'Makefile'));
if (!present) console.warn(`control-facts comparison skipped: no kernel tree at ${tree} (run: bash test/setup/kernel-tree.sh)`);

// The parts test/setup/kernel-tree.sh always extracts that hold C code.
const PARTS = ['mm', 'kernel', 'fs', 'drivers', 'sound', 'security', 'samples', 'net', 'lib', 'io_uring', 'ipc', 'arch/x86', 'arch/powerpc', 'arch/arc', 'arch/s390', 'arch/arm64', 'arch/riscv', 'arch/loongarch', 'arch/mips', 'arch/sparc', 'arch/csky'];

function* cFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* cFiles(p);
    else if (/\.[ch]$/.test(e.name)) yield p;
  }
}

/** The file as the post-image of a patch that changes nothing: every function whole. */
const wholeFile = (path: string): FileDiff => ({ oldPath: path, newPath: path, status: 'modified', binary: false, hunks: [], added: 0, removed: 0 });

interface Disagreement {
  file: string;
  fn: string;
  what: string[];
}

describe.skipIf(!present)('token and tree-sitter control facts over the kernel tree', () => {
  const disagreements: Disagreement[] = [];
  let functions = 0;
  let calls = 0;

  beforeAll(async () => {
    const parser = cParser();
    for (const part of PARTS) {
      for (const file of cFiles(join(tree, part))) {
        const text = readFileSync(file, 'latin1');
        if (!STRUCTURAL_WORD.test(text)) continue;
        const rel = file.slice(tree.length + 1);
        for (const unit of buildFileView(wholeFile(rel), text).units) {
          if (!unit.complete) continue;
          const model = unit.post();
          if (!model.calls.some((c) => STRUCTURAL_CALLS.test(c.name))) continue;
          functions++;
          const facts = callFactsFromTree(parser, model.source);
          const byTokens = model.calls;
          const byTree: Call[] = byTokens.map((c) => {
            const f = facts.get(`${c.nameToken.line}:${c.nameToken.col}`);
            return f ? { ...c, facts: { ...f, source: 'tree-sitter' } } : c;
          });
          const what: string[] = [];
          const at = (c: Call) => `${c.name}@${unit.lines[c.nameToken.line]?.newLine ?? '?'}`;
          byTokens.forEach((c, i) => {
            calls++;
            if (c.facts.inLoop !== byTree[i].facts.inLoop) what.push(`${at(c)} in a loop: tokens ${c.facts.inLoop}`);
            if (c.facts.exitsArm !== byTree[i].facts.exitsArm) what.push(`${at(c)} leaves its arm: tokens ${c.facts.exitsArm}`);
          });
          for (let i = 0; i < byTokens.length; i++) {
            for (let j = i + 1; j < byTokens.length; j++) {
              const tokens = onOnePath(byTokens[i], byTokens[j]);
              if (tokens !== onOnePath(byTree[i], byTree[j])) what.push(`${at(byTokens[i])} / ${at(byTokens[j])} on one path: tokens ${tokens}`);
            }
          }
          if (what.length) disagreements.push({ file: rel, fn: unit.name ?? '?', what });
        }
      }
    }
    writeReport(functions, calls, disagreements);
  });

  it('compares hundreds of whole functions', () => {
    expect(functions).toBeGreaterThan(400);
    expect(calls).toBeGreaterThan(3000);
  });

  it('finds the models disagreeing on no more functions than they did when last measured', () => {
    // 45 before one-argument loop macros, `return f();` arms, switch cases and where a break goes on were
    // handled; 15 after (most of those split by #ifdef).
    expect(disagreements.length).toBeLessThanOrEqual(15);
  });
});

function writeReport(functions: number, calls: number, found: Disagreement[]): void {
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  const lines = [
    '# Token model against tree-sitter, over the kernel tree',
    '',
    `${functions} whole functions calling a structural helper, ${calls} calls; they disagree on ${found.length} functions.`,
    '',
    ...found.flatMap((d) => [`## ${d.file}: ${d.fn}`, '', ...d.what.slice(0, 8).map((w) => `- ${w}`), ...(d.what.length > 8 ? [`- … and ${d.what.length - 8} more`] : []), '']),
  ];
  writeFileSync(join(dir, 'control-facts.md'), `${lines.join('\n')}\n`);
}
