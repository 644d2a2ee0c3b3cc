// One file of a patch as matchers see it: functions and top-level stretches of the post-image, each with
// the lines the diff removed from it, the handler role each function plays, and statements and calls
// built on demand. With the post-image file at hand every function is whole; from a diff alone a
// function is what its hunks show.
import type { FileDiff } from '../../core/patch.js';
import { hunkLines, postImageLines, removedLines, type CodeLine } from './code-lines.js';
import { cutUnits, headerName, type UnitSegment } from './code-units.js';
import type { HunkLines } from './code-lines.js';
import { buildModel, type CodeModel } from './code-model.js';
import { roleFromSignature, rolesFromAssignments, type RoleInfo } from './handler-roles.js';

export interface CodeUnit extends UnitSegment {
  removed: CodeLine[];
  /** Header, body and closing brace all in sight, with no gap. */
  complete: boolean;
  role?: RoleInfo;
  post(): CodeModel;
  /** The unit before the patch, as far as the diff shows it: its context and removed lines. */
  pre(): CodeModel;
}

export interface FileView {
  path: string;
  oldPath: string | null;
  status: FileDiff['status'];
  units: CodeUnit[];
  roles: Map<string, RoleInfo>;
  withPostImage: boolean;
  /** Whitespace-collapsed removed statements: a match equal to one of them was moved, not written. */
  removedStatements: Set<string>;
}

export function buildFileView(file: FileDiff, postImage?: string): FileView {
  const hunks = hunkLines(file);
  const context = hunks.flatMap((h) => h.lines.filter((l) => l.kind === ' '));
  const segments = postImage !== undefined
    ? cutUnits(postImageLines(hunks, postImage))
    : mergeByName(renameAcrossHunks(hunks, hunks.map((h) => cutUnits(h.lines.filter((l) => l.kind !== '-'), h.section))));
  const units = segments.map((s) => toUnit(s, context));
  attachRemoved(units, removedLines(file, hunks));
  const roles = rolesFromAssignments(units.flatMap((u) => u.lines.map((l) => l.code)));
  for (const u of units) if (u.kind === 'function' && u.name) u.role = roles.get(u.name) ?? roleFromSignature(u.header);
  const removedStatements = new Set<string>();
  for (const u of units) {
    if (!u.removed.length) continue;
    const pre = u.pre();
    pre.statements.forEach((_, i) => {
      if (pre.statementLines(i).some((l) => l.kind === '-')) removedStatements.add(pre.statementText(i));
    });
  }
  return { path: file.newPath ?? file.oldPath ?? '', oldPath: file.oldPath, status: file.status, units, roles, withPostImage: postImage !== undefined, removedStatements };
}

function toUnit(seg: UnitSegment, context: CodeLine[]): CodeUnit {
  let post: CodeModel | undefined;
  let pre: CodeModel | undefined;
  const numbers = seg.lines.map((l) => l.newLine ?? 0);
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  const unit: CodeUnit = {
    ...seg,
    removed: [],
    complete: seg.kind === 'function' && seg.headerInSight && seg.closed && contiguous,
    post: () => (post ??= buildModel(seg.lines, (l) => l.newLine)),
    pre: () => (pre ??= buildModel(preLines(seg, unit.removed, context), (l) => l.oldLine)),
  };
  return unit;
}

function preLines(seg: UnitSegment, removed: CodeLine[], context: CodeLine[]): CodeLine[] {
  const first = seg.lines[0]?.newLine ?? 0;
  const last = seg.lines[seg.lines.length - 1]?.newLine ?? 0;
  const inSpan = context.filter((l) => l.newLine !== null && l.newLine >= first && l.newLine <= last);
  return [...inSpan, ...removed].sort((a, b) => (a.oldLine ?? 0) - (b.oldLine ?? 0));
}

/** A removed line belongs to the unit holding the post-image line it sat before (or the last one). */
function attachRemoved(units: CodeUnit[], removed: Array<{ line: CodeLine; before: number }>): void {
  if (!removed.length) return;
  const holder = new Map<number, CodeUnit>();
  for (const u of units) for (const l of u.lines) if (l.newLine !== null && !holder.has(l.newLine)) holder.set(l.newLine, u);
  for (const { line, before } of removed) {
    const owner = holder.get(before) ??
      [...units].reverse().find((u) => u.lines.some((l) => (l.newLine ?? 0) < before)) ?? units[0];
    owner?.removed.push(line);
  }
}

/**
 * git names a hunk after the function in the pre-image, so after `-static int foo(…)` / `+static int
 * bar(…)` later hunks still say foo: those lines now belong to the function the hunk leaves open.
 */
function renameAcrossHunks(hunks: HunkLines[], perHunk: UnitSegment[][]): UnitSegment[] {
  const renamed = new Map<string, string>();
  hunks.forEach((h, i) => {
    h.lines.forEach((l, j) => {
      const old = l.kind === '-' ? headerName(l.code) : null;
      if (!old || renamed.has(old)) return;
      const body = h.lines.slice(j).find((x) => x.kind === ' ' && x.code.trim());
      const last = perHunk[i][perHunk[i].length - 1];
      // The function still open where the hunk ends carries on into the next hunk; failing that, the one
      // that took over the old body's first line.
      const openAtEnd = last?.kind === 'function' && !last.closed && last.headerInSight ? last : undefined;
      const owner = openAtEnd ?? (body && perHunk[i].find((s) => s.lines.includes(body)));
      if (owner?.kind === 'function' && owner.name && owner.name !== old) renamed.set(old, owner.name);
    });
  });
  const segments = perHunk.flat();
  for (const s of segments) if (s.kind === 'function' && !s.headerInSight && s.name && renamed.has(s.name)) s.name = renamed.get(s.name)!;
  return segments;
}

/** Hunks of one function (a body shown in two hunks) become one unit, in line order. */
function mergeByName(segments: UnitSegment[]): UnitSegment[] {
  const out: UnitSegment[] = [];
  for (const s of segments) {
    const same = s.kind === 'function' && s.name ? out.find((o) => o.kind === 'function' && o.name === s.name) : undefined;
    if (!same) {
      out.push({ ...s, lines: [...s.lines] });
      continue;
    }
    same.lines.push(...s.lines);
    if (s.headerInSight) Object.assign(same, { header: s.header, headerInSight: true });
    same.headerAdded ||= s.headerAdded;
    same.closed ||= s.closed;
  }
  return out;
}
