// Small questions matchers ask of a file view: which calls did the patch write (not move), which lines
// did it remove, what does the visible function say.
import type { Call } from './c-calls.js';
import type { CodeUnit, FileView } from './file-view.js';
import type { Hit } from './matcher-types.js';
import type { Role } from './handler-roles.js';

export type NameTest = (name: string) => boolean;

/** `a b c*` → a test for those names; `*` is a wildcard. */
export function nameTest(names: string): NameTest {
  const alts = names.trim().split(/\s+/).map((n) => n.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\w*'));
  const re = new RegExp(`^(?:${alts.join('|')})$`);
  return (name) => re.test(name);
}

/**
 * A statement the patch wrote: it has an added line, or it sits in a function whose header the patch
 * added (code moved into a new function is new there) — unless the same text was removed elsewhere in
 * the file, which makes it a move.
 */
export function isIntroduced(file: FileView, unit: CodeUnit, statementIndex: number): boolean {
  const model = unit.post();
  const touched = model.statementLines(statementIndex).some((l) => l.kind === '+') ||
    (unit.kind === 'function' && unit.headerAdded);
  return touched && !file.removedStatements.has(model.statementText(statementIndex));
}

export function introducedCalls(file: FileView, unit: CodeUnit, test: NameTest): Call[] {
  return unit.post().calls.filter((c) => !c.declarator && test(c.name) && isIntroduced(file, unit, c.statementIndex));
}

/** Calls on removed lines of the unit (what the patch took away). */
export function removedCalls(unit: CodeUnit, test: NameTest): Call[] {
  if (!unit.removed.length) return [];
  const pre = unit.pre();
  return pre.calls.filter((c) => !c.declarator && test(c.name) && pre.lineOf(c.nameToken).kind === '-');
}

/** All calls of the unit's post-image (written, moved or context). */
export const visibleCalls = (unit: CodeUnit, test: NameTest): Call[] =>
  unit.post().calls.filter((c) => !c.declarator && test(c.name));

export function hitAt(unit: CodeUnit, call: Call, message?: string): Hit {
  return { line: unit.post().lineOf(call.nameToken), matched: call.text, message, function: unit.name ?? undefined };
}

export function hitAtStatement(unit: CodeUnit, index: number, message?: string): Hit {
  const model = unit.post();
  return { line: model.lineOf(model.statements[index].tokens[0]), matched: model.statementText(index), message, function: unit.name ?? undefined };
}

export const unitSource = (unit: CodeUnit) => unit.post().source;

export const hasRole = (unit: CodeUnit, roles: readonly Role[]) => unit.role !== undefined && roles.includes(unit.role.role);

// `mm/` is a folder, `include/linux/mm.h` a file, and a `*` stands for one path component, so that
// `arch/*/include/` names the include folder of every architecture.
export function pathUnder(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => {
    const body = p.replace(/[.+?^$(){}|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
    return new RegExp(`^${body}${p.endsWith('/') ? '' : '(/|$)'}`).test(path);
  });
}

/** The argument's text, then the right-hand side of each visible `name = …;` before the call. */
export function argOrigins(unit: CodeUnit, call: Call, index: number): string[] {
  const arg = call.args[index];
  if (arg === undefined) return [];
  const out = [arg];
  if (!/^\w+$/.test(arg)) return out;
  const model = unit.post();
  const re = new RegExp(`^(?:[\\w\\s*]+\\s)?\\**${arg}\\s*=\\s*(.+);$`);
  model.statements.forEach((s, i) => {
    if (i >= call.statementIndex) return;
    const m = re.exec(model.statementText(i));
    if (m && !/[=!<>]=/.test(m[0].slice(0, m[0].indexOf('=') + 1))) out.push(m[1]);
  });
  return out;
}

/** The functions whose role is one of `roles`; handlers of another role are left out. */
export const unitsWithRole = (file: FileView, roles: readonly Role[]) => file.units.filter((u) => hasRole(u, roles));
