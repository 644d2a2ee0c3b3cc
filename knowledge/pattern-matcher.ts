// Declarative matchers: the `matcher` block of an entry written as `key: value` lines, for patterns a
// newcomer can state without writing TypeScript (an added call, its arguments, the code of an added
// statement, where it sits). Logic beyond this lives in named matchers (knowledge/matchers/).
import type { Role } from './engine/handler-roles.js';
import type { Matcher, Hit } from './engine/matcher-types.js';
import type { CodeUnit, FileView } from './engine/file-view.js';
import { argOrigins, hasRole, hitAt, introducedCalls, isIntroduced, nameTest, pathUnder, unitSource, type NameTest } from './engine/match-helpers.js';
import { invalidEntry } from './knowledge-error.js';

export interface PatternSpec {
  addedCall?: NameTest;
  callNames: string[];
  addedCode?: RegExp;
  inRole?: Role[];
  inPath?: string[];
  notInPath?: string[];
  unlessFunction?: RegExp;
  withFunction?: RegExp;
  args: Array<{ index: number; re: RegExp }>;
  droppedResult?: boolean;
  inLoop?: boolean;
}

export const PATTERN_KEYS = ['added-call', 'added-code', 'arg N', 'dropped-result', 'in-loop', 'in-path', 'in-role', 'not-in-path', 'unless-function', 'with-function'];
const ROLES: Role[] = ['mmap', 'mmap_prepare', 'mmap_complete', 'fault', 'mapped'];

export function parsePattern(text: string, file: string): PatternSpec {
  const spec: PatternSpec = { args: [], callNames: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-z-]+(?: \d+)?):\s*(.*)$/.exec(line);
    if (!m) throw invalidEntry(file, `matcher line "${line}": expected "key: value" with a key among ${PATTERN_KEYS.join(', ')}`);
    setKey(spec, m[1], m[2], file);
  }
  if (!spec.addedCall && !spec.addedCode) throw invalidEntry(file, 'matcher: expected an added-call or added-code line, found neither');
  return spec;
}

function setKey(spec: PatternSpec, key: string, value: string, file: string): void {
  const regex = (v: string) => {
    try {
      return new RegExp(v);
    } catch (err) {
      throw invalidEntry(file, `matcher ${key}: not a regular expression: ${(err as Error).message}`);
    }
  };
  const words = value.split(/\s+/).filter(Boolean);
  if (key === 'added-call') {
    spec.addedCall = nameTest(value);
    spec.callNames = words;
  }
  else if (key === 'added-code') spec.addedCode = regex(value);
  else if (key === 'in-path') spec.inPath = words;
  else if (key === 'not-in-path') spec.notInPath = words;
  else if (key === 'unless-function') spec.unlessFunction = regex(value);
  else if (key === 'with-function') spec.withFunction = regex(value);
  else if (key === 'dropped-result' || key === 'in-loop') spec[key === 'in-loop' ? 'inLoop' : 'droppedResult'] = value === 'true';
  else if (key === 'in-role') {
    const bad = words.filter((w) => !ROLES.includes(w as Role));
    if (bad.length) throw invalidEntry(file, `matcher in-role: unknown role ${bad.join(', ')} (expected ${ROLES.join(', ')})`);
    spec.inRole = words as Role[];
  } else if (/^arg \d+$/.test(key)) spec.args.push({ index: Number(key.slice(4)) - 1, re: regex(value) });
  else throw invalidEntry(file, `matcher: unknown key "${key}" (expected ${PATTERN_KEYS.join(', ')})`);
}

/** What a file must contain for the pattern to match anywhere in it: a called name, or the code regex. */
export function patternMentions(spec: PatternSpec): RegExp | undefined {
  if (spec.addedCall) return new RegExp(spec.callNames.map((n) => n.replace(/\*/g, '\\w*')).join('|'));
  // A statement-anchored regex (^…) cannot be tried on the whole file.
  return spec.addedCode && !spec.addedCode.source.includes('^') ? spec.addedCode : undefined;
}

export function patternMatcher(spec: PatternSpec): Matcher {
  return (file) => {
    if (spec.inPath && !pathUnder(file.path, spec.inPath)) return [];
    if (spec.notInPath && pathUnder(file.path, spec.notInPath)) return [];
    const hits: Hit[] = [];
    for (const unit of file.units) {
      if (spec.inRole && !hasRole(unit, spec.inRole)) continue;
      if (spec.unlessFunction && spec.unlessFunction.test(unitSource(unit))) continue;
      if (spec.withFunction && !spec.withFunction.test(unitSource(unit))) continue;
      hits.push(...(spec.addedCall ? callHits(spec, file, unit) : codeHits(spec, file, unit)));
    }
    return hits;
  };
}

function callHits(spec: PatternSpec, file: FileView, unit: CodeUnit): Hit[] {
  const model = unit.post();
  return introducedCalls(file, unit, spec.addedCall!)
    .filter((c) => spec.args.every((a) => argOrigins(unit, c, a.index).some((o) => a.re.test(o))))
    .filter((c) => spec.droppedResult === undefined || c.expressionStatement === spec.droppedResult)
    .filter((c) => spec.inLoop === undefined || c.facts.inLoop === spec.inLoop)
    .filter((c) => !spec.addedCode || spec.addedCode.test(model.statementText(c.statementIndex)))
    .map((c) => hitAt(unit, c));
}

function codeHits(spec: PatternSpec, file: FileView, unit: CodeUnit): Hit[] {
  const model = unit.post();
  const hits: Hit[] = [];
  model.statements.forEach((st, i) => {
    const m = spec.addedCode!.exec(model.statementText(i));
    if (!m || !isIntroduced(file, unit, i)) return;
    hits.push({ line: lineOfMatch(unit, i, m[0]), matched: m[0], function: unit.name ?? undefined });
  });
  return hits;
}

/** The line of the statement where the matched text starts (the first added one when unsure). */
function lineOfMatch(unit: CodeUnit, index: number, matched: string) {
  const lines = unit.post().statementLines(index);
  const head = matched.split(/\s+/)[0];
  return lines.find((l) => l.code.includes(head) && l.kind === '+') ?? lines.find((l) => l.code.includes(head)) ?? lines[0];
}
