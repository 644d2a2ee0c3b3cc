// Names in code and in prose. Changelogs and reviews talk about code by its names — `mmap_action_remap()`,
// `.mmap_abort`, `[io_]remap_pfn_range_[prepare, complete]()` — so both sides are reduced to names before
// they are compared: identifiers on a diff's code lines (comments and strings give only names that look
// like code), and in prose the words that look like code, with the kernel's bracket shorthand expanded.

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
const C_FILE = /\.(c|h|S|rs|cc|cpp)$/;
const C_KEYWORDS = new Set(
  'auto break case char const continue default do double else enum extern float for goto if inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while bool true false NULL'.split(' '),
);

/** True for a name no English word looks like: `vma_desc_size`, `__mmap_setup`, `VM_WARN_ON_ONCE`. */
export function looksLikeCode(name: string): boolean {
  return /[a-z0-9]_|_[a-z0-9A-Z]/i.test(name) && /[A-Za-z]/.test(name) && name.length >= 3;
}

/**
 * Names on one line of code (without its diff marker). In C files every identifier but the keywords
 * counts, except inside comments and strings, where only code-looking names do; elsewhere (documentation,
 * Kconfig) only code-looking names.
 */
export function namesInCodeLine(text: string, path: string): string[] {
  if (!C_FILE.test(path)) return codeLooking(text);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('//')) return codeLooking(text);
  const comments: string[] = [];
  const code = text
    .replace(/"(?:[^"\\]|\\.)*"/g, (s) => (comments.push(s), ' '))
    .replace(/\/\*.*?(\*\/|$)|\/\/.*$/g, (s) => (comments.push(s), ' '));
  const names = (code.match(IDENTIFIER) ?? []).filter((n) => !C_KEYWORDS.has(n));
  return [...names, ...comments.flatMap(codeLooking)];
}

function codeLooking(text: string): string[] {
  return (text.match(IDENTIFIER) ?? []).filter(looksLikeCode);
}

/** A run of prose that names code: where it starts, as written, and the names it stands for. */
export interface ProseName {
  at: number;
  text: string;
  names: string[];
}

/**
 * Code-looking names in prose, shorthand expanded: `[io_]remap_pfn_range_[prepare, complete]()` stands for
 * four names, `mmap_[complete, abort]` for two, `[__]compat_vma_prepare` for two.
 */
export function proseNames(text: string): ProseName[] {
  const out: ProseName[] = [];
  for (const m of text.matchAll(/(?:[A-Za-z0-9_]|\[[A-Za-z0-9_]*(?:\s*[,|/]\s*[A-Za-z0-9_]+)*\])+/g)) {
    const names = expandBrackets(m[0]).filter((n) => looksLikeCode(n) && /^[A-Za-z_]/.test(n));
    if (names.length) out.push({ at: m.index!, text: m[0], names: [...new Set(names)] });
  }
  return out;
}

export function namesInProse(text: string): string[] {
  return [...new Set(proseNames(text).flatMap((p) => p.names))];
}

/** Every spelling a bracketed span stands for; a single-item bracket is optional. */
export function expandBrackets(span: string): string[] {
  let variants = [''];
  for (const part of span.match(/\[[^\]]*\]|[^[\]]+/g) ?? []) {
    const options = part.startsWith('[') ? bracketOptions(part.slice(1, -1)) : [part];
    variants = variants.flatMap((v) => options.map((o) => v + o));
  }
  return variants;
}

function bracketOptions(inner: string): string[] {
  const items = inner.split(/\s*[,|/]\s*/).filter(Boolean);
  return items.length === 1 ? [items[0], ''] : items;
}

/** Plain words of prose, lower-cased, for matching against subjects and paths. */
export function proseWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9_]*/g) ?? []).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

const STOP_WORDS = new Set(
  ('the and for with from that this these those into onto than then them they their there which while where when what why ' +
    'was were are has have had not but all any also can could would should will may might must per via its it\'s use used uses using ' +
    'add added adds make made makes update updated updates fix fixed fixes change changed changes new patch patches series ' +
    'drop dropped remove removed rework reworked rename renamed some more less other such only just now still very rather ' +
    'one two each like being been does did done get got instead need needs needed thanks thank everyone please version ' +
    'mm linux kernel code logic function functions helper helpers').split(' '),
);
