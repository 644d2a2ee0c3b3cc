// MM34. Driver-facing helpers in include/linux/mm.h need kernel-doc: parameters like `start` and `addr`
// are ambiguous without it (asked for in the review of v2 08/16, adopted in v3).
import type { CodeLine } from '../engine/code-lines.js';
import type { Hit, Matcher } from '../engine/matcher-types.js';
import { pathUnder } from '../engine/match-helpers.js';

const HELPER = /^(mmap_action_|vma_desc_)/;

export const kdocForNewHelpers: Matcher = (file) => {
  if (!pathUnder(file.path, ['include/'])) return [];
  const byNumber = new Map<number, CodeLine>();
  for (const u of file.units) for (const l of u.lines) if (l.newLine !== null) byNumber.set(l.newLine, l);
  const hits: Hit[] = [];
  for (const unit of file.units) {
    for (const c of unit.post().calls) {
      const line = unit.post().lineOf(c.nameToken);
      // Prototypes are documented where the body is; one-parameter helpers leave nothing to confuse.
      const definition = !/;\s*$/.test(unit.post().statementText(c.statementIndex));
      if (!c.declarator || !definition || c.args.length < 2 || !HELPER.test(c.name) || line.kind !== '+' || line.newLine === null) continue;
      const header = headerStart(byNumber, line.newLine);
      if (hasKdoc(byNumber, header) === false) hits.push({ line, matched: c.name, message: `${c.name}() is a driver-facing helper without a kernel-doc comment: document what each parameter means.`, function: c.name });
    }
  }
  return hits;
};

/** The first line of a declaration that may span lines (`static inline void\nname(…)`). */
function headerStart(lines: Map<number, CodeLine>, n: number): number {
  let start = n;
  while (lines.get(start - 1) && /^\S/.test(lines.get(start - 1)!.code) && !/[;}]\s*$|\*\/\s*$/.test(lines.get(start - 1)!.text) && lines.get(start - 1)!.code.trim()) start--;
  return start;
}

/** undefined when the line above is not in sight. */
function hasKdoc(lines: Map<number, CodeLine>, header: number): boolean | undefined {
  const above = lines.get(header - 1);
  if (!above) return undefined;
  if (!/\*\/\s*$/.test(above.text)) return false;
  for (let n = header - 1; lines.get(n); n--) if (/^\s*\/\*\*/.test(lines.get(n)!.text)) return true;
  return undefined;
}
