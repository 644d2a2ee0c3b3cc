// Edits of the kinds patches make, on a file's lines: add, remove and change lines, add, remove and change
// whole functions. Pure functions of the text and the generator, so a seed rebuilds the same series.
import type { Rng } from './prng.js';

export type EditKind = 'add-lines' | 'remove-lines' | 'change-lines' | 'add-function' | 'remove-function' | 'change-function';

export const EDIT_KINDS: readonly EditKind[] = ['add-lines', 'remove-lines', 'change-lines', 'add-function', 'remove-function', 'change-function'];

interface FunctionSpan {
  header: number;
  open: number;
  close: number;
}

/** A number for generated text, drawn from the series' own generator so that a seed replays exactly. */
const tag = (r: Rng) => r.int(100000, 999999);

/** A line nobody else wrote: distinct text keeps hunks from matching by accident. */
export const freshLine = (r: Rng, indent = '\t') =>
  r.pick([
    `${indent}pr_debug("gen %d\\n", ${tag(r)});`,
    `${indent}/* generated note ${tag(r)} */`,
    `${indent}gen_counter += ${tag(r)};`,
    `${indent}if (unlikely(gen_flag_${tag(r)}))`,
  ]);

/** Kernel style: a `{` alone in column 0 opens a function, the next `}` in column 0 closes it. */
export function functionSpans(lines: readonly string[]): FunctionSpan[] {
  const spans: FunctionSpan[] = [];
  for (let open = 1; open < lines.length; open++) {
    if (lines[open] !== '{') continue;
    const close = lines.indexOf('}', open + 1);
    if (close < 0) break;
    let header = open - 1;
    while (header > 0 && lines[header - 1].trim() !== '' && !/[;}]\s*$/.test(lines[header - 1]) && !lines[header - 1].startsWith('#')) header--;
    spans.push({ header, open, close });
    open = close;
  }
  return spans;
}

export function edit(lines: string[], kind: EditKind, r: Rng): string[] {
  const spans = functionSpans(lines);
  const fnKinds: EditKind[] = ['add-function', 'remove-function', 'change-function'];
  if (spans.length === 0 && fnKinds.includes(kind)) kind = r.pick(['add-lines', 'remove-lines', 'change-lines'] as const);
  const at = r.int(0, Math.max(0, lines.length - 1));
  switch (kind) {
    case 'add-lines':
      return splice(lines, at, 0, Array.from({ length: r.int(1, 4) }, () => freshLine(r)));
    case 'remove-lines':
      return splice(lines, at, r.int(1, 4), []);
    case 'change-lines': {
      const n = r.int(1, 3);
      return splice(lines, at, n, lines.slice(at, at + n).map((l) => changeLine(l, r)));
    }
    case 'add-function': {
      const s = r.pick(spans);
      const name = `gen_helper_${tag(r)}`;
      return splice(lines, s.close + 1, 0, ['', `static int ${name}(int value)`, '{', freshLine(r), '\treturn value;', '}']);
    }
    case 'remove-function': {
      const s = r.pick(spans);
      const blank = lines[s.close + 1] === '' ? 1 : 0;
      return splice(lines, s.header, s.close - s.header + 1 + blank, []);
    }
    case 'change-function': {
      const s = r.pick(spans);
      let out = lines;
      for (let i = s.open + 1; i < s.close; i++) if (r.chance(0.25)) out = splice(out, i, 1, [changeLine(out[i], r)]);
      return out === lines ? splice(lines, s.open + 1, 0, [freshLine(r)]) : out;
    }
  }
}

export function changeLine(line: string, r: Rng): string {
  const id = /\b[a-z_][a-z0-9_]{2,}\b/.exec(line);
  if (id && r.chance(0.5)) return line.replace(id[0], `${id[0]}_v${tag(r)}`);
  return line.trim() === '' ? freshLine(r) : `${line} /* changed ${tag(r)} */`;
}

export function splice<T>(items: readonly T[], at: number, remove: number, insert: readonly T[]): T[] {
  return [...items.slice(0, at), ...insert, ...items.slice(at + remove)];
}
