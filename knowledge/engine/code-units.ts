// Cuts post-image lines into functions and top-level stretches. Kernel style puts a function's opening
// and closing brace in column 0 (Documentation/process/coding-style.rst, "Placing Braces and Spaces"),
// so a column-0 `{` after a header opens a body and a column-0 `}` closes it; a hunk that starts inside
// a body gets its function from the hunk header (git's funcname line).
import type { CodeLine } from './code-lines.js';

export interface UnitSegment {
  kind: 'function' | 'toplevel';
  name: string | null;
  /** Signature text (header lines joined), or the hunk header when the header is not in sight. */
  header: string;
  /** The header's own lines are in sight (in `lines`), and at least one of them is added. */
  headerInSight: boolean;
  headerAdded: boolean;
  /** Saw the column-0 closing brace. */
  closed: boolean;
  /** For a top-level `struct file_operations foo_fops = {`: file_operations. */
  initializerType?: string;
  lines: CodeLine[];
}

const HEADER_START = /^(?!(?:typedef|struct\s+\w+\s*\{|enum\b|union\b|return\b|else\b|do\b|if\b))[A-Za-z_][\w\s*,()[\]]*?\b([A-Za-z_]\w*)\s*\(/;

/** The function a hunk header names, when it names one (`static int kcov_mmap(struct file *f, …)`). */
export function functionInSection(section: string): string | null {
  if (!section || /=\s*\{?\s*$/.test(section) || /;\s*$/.test(section) || /^extern\b/.test(section)) return null;
  return HEADER_START.exec(section)?.[1] ?? null;
}

/** The function a column-0 header line declares, if it is one. */
export function headerName(code: string): string | null {
  if (/;\s*$/.test(code)) return null;
  return HEADER_START.exec(code)?.[1] ?? null;
}

function initializerType(code: string): string | undefined {
  return /^\S.*\bstruct\s+(\w+)\s+[\w\s[\]]*=\s*\{\s*$/.exec(code)?.[1];
}

export function cutUnits(lines: readonly CodeLine[], section = ''): UnitSegment[] {
  const units: UnitSegment[] = [];
  const sectionFn = functionInSection(section);
  let cur = newSegment(sectionFn ? 'function' : 'toplevel', sectionFn, section, /=\s*\{\s*$/.test(section) ? initializerType(section) ?? '' : undefined);
  let header: CodeLine[] = [];
  const push = (seg: UnitSegment) => {
    if (seg.lines.length) units.push(seg);
  };
  for (const line of lines) {
    const code = line.code;
    if (header.length) {
      header.push(line);
      if (/;\s*$/.test(code) && !/^\{/.test(code)) {
        cur.lines.push(...header);
        header = [];
      } else if (/^\{/.test(code) || /\)\s*\{\s*$/.test(code)) {
        push(cur);
        cur = startFunction(header);
        header = [];
      }
      continue;
    }
    if (cur.kind === 'function' && /^\}/.test(code)) {
      cur.lines.push(line);
      cur.closed = true;
      push(cur);
      cur = newSegment('toplevel', null, '');
      continue;
    }
    if (cur.kind === 'toplevel' && HEADER_START.test(code) && !/[;=]\s*(\{\s*)?$/.test(code.replace(/\)\s*\{\s*$/, ')'))) {
      header = [line];
      if (/\)\s*\{\s*$/.test(code)) {
        push(cur);
        cur = startFunction(header);
        header = [];
      }
      continue;
    }
    if (cur.kind === 'toplevel' && /^\S/.test(code) && initializerType(code) !== undefined) {
      push(cur);
      cur = newSegment('toplevel', null, code, initializerType(code));
    }
    cur.lines.push(line);
  }
  cur.lines.push(...header);
  push(cur);
  return units;
}

function newSegment(kind: UnitSegment['kind'], name: string | null, header: string, init?: string): UnitSegment {
  return { kind, name, header, headerInSight: false, headerAdded: false, closed: false, initializerType: init, lines: [] };
}

function startFunction(header: CodeLine[]): UnitSegment {
  const text = header.map((l) => l.code.trim()).join(' ').replace(/\s*\{\s*$/, '');
  const seg = newSegment('function', HEADER_START.exec(header[0].code)?.[1] ?? null, text);
  seg.headerInSight = true;
  seg.headerAdded = header.some((l) => l.kind === '+');
  seg.lines.push(...header);
  return seg;
}
