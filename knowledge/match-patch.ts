// The engine: every entry that applies to the target tree, over every C file of a patch, with or
// without the post-image at hand. Findings come back in file and line order.
import type { FileDiff } from '../core/patch.js';
import type { Finding } from '../core/finding.js';
import type { Entry } from './entry.js';
import { buildFileView, type FileView } from './engine/file-view.js';
import type { MatchContext, Matcher } from './engine/matcher-types.js';
import { callFactsFromTree, cParser } from './engine/tree-sitter-facts.js';
import { inRange, parseKernelVersion } from './kernel-version.js';
import { KnowledgeError } from './knowledge-error.js';
import { namedMatcher } from './matchers/index.js';
import { patternMatcher, patternMentions } from './pattern-matcher.js';
import { builtinEntries } from './load-entries.js';

export interface CompiledEntry {
  entry: Entry;
  matcher: Matcher;
  /** Files whose code (post-image and removed lines) lacks this cannot match: skipped cheaply. */
  mentions?: RegExp;
}

export interface PatchContext extends MatchContext {
  /** Defaults to the built-in knowledge base. */
  entries?: readonly CompiledEntry[];
  /** Label (message-id) put on every finding. */
  patch?: string;
  /** Parse whole functions with tree-sitter for control facts (default true). */
  structural?: boolean;
}

export function compileEntry(entry: Entry): CompiledEntry {
  if (entry.matcher.kind === 'pattern') return { entry, matcher: patternMatcher(entry.matcher.spec), mentions: patternMentions(entry.matcher.spec) };
  const named = namedMatcher(entry.matcher.name);
  if (!named) throw new KnowledgeError('KB_UNKNOWN_MATCHER', `${entry.file}: matcher "${entry.matcher.name}" is not a named matcher (see knowledge/matchers/index.ts)`, entry.file);
  return { entry, ...named };
}

let builtin: Promise<CompiledEntry[]> | undefined;
export const builtinCompiled = () => (builtin ??= builtinEntries().then((entries) => entries.map(compileEntry)));

const C_FILE = /\.(c|h)$/;

export async function matchPatch(files: readonly FileDiff[], context: PatchContext = {}): Promise<Finding[]> {
  const entries = (context.entries ?? (await builtinCompiled())).filter((c) => appliesTo(c.entry, context));
  const findings: Finding[] = [];
  for (const file of files) {
    const path = file.newPath ?? file.oldPath;
    if (!path || file.binary || file.status === 'deleted' || !C_FILE.test(path)) continue;
    const view = buildFileView(file, context.readPostImage?.(path));
    if (context.structural !== false) addTreeFacts(view);
    const text = fileText(view);
    for (const { entry, matcher, mentions } of entries) {
      if (mentions && !mentions.test(text)) continue;
      findings.push(...toFindings(entry, view, matcher(view, context), context.patch));
    }
  }
  return dedupe(findings);
}

// Whitespace collapsed as in statement text, so a pattern written against statements can be tried here.
const fileText = (view: FileView) => view.units.flatMap((u) => [...u.lines, ...u.removed].map((l) => l.code)).join(' ').replace(/\s+/g, ' ');

function appliesTo(entry: Entry, context: MatchContext): boolean {
  if (!context.targetVersion) return !entry.needsTarget;
  const since = entry.since ? parseKernelVersion(entry.since) : undefined;
  const until = entry.until ? parseKernelVersion(entry.until) : undefined;
  return inRange(context.targetVersion, since, until);
}

const LOWER: Record<Finding['confidence'], number> = { high: 0, medium: 1, low: 2 };

function toFindings(entry: Entry, view: FileView, hits: ReturnType<Matcher>, patch?: string): Finding[] {
  return hits.map((h) => ({
    entry: entry.id,
    severity: entry.severity,
    confidence: h.confidence && LOWER[h.confidence] > LOWER[entry.confidence] ? h.confidence : entry.confidence,
    ...(patch ? { patch } : {}),
    file: view.path,
    line: h.line.newLine ?? h.line.oldLine ?? 0,
    side: h.line.newLine !== null ? 'new' : 'old',
    hunk: h.line.hunk,
    ...(h.function ? { function: h.function } : {}),
    message: h.message ?? entry.message,
    matched: h.matched,
  }));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.entry}\0${f.file}\0${f.side}${f.line}`;
      return !seen.has(key) && (seen.add(key), true);
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.entry < b.entry ? -1 : 1)));
}

// Only functions that call something a matcher asks control questions about are worth a parse.
const STRUCTURAL_NAMES = 'mmap_action_\\w+|vm_insert_pages?|vm_map_pages\\w*|vmalloc_to_page|vmf_insert_\\w+|remap_\\w+|io_remap_pfn_range|vm_iomap_memory|dma_mmap_\\w+';
export const STRUCTURAL_CALLS = new RegExp(`^(${STRUCTURAL_NAMES})$`);
// Looked for in the unit's text first: most units name none of these, and need no statements built.
export const STRUCTURAL_WORD = new RegExp(`\\b(${STRUCTURAL_NAMES})\\b`);

function addTreeFacts(view: FileView): void {
  const units = view.units.filter((u) => u.complete && u.lines.some((l) => STRUCTURAL_WORD.test(l.code)) && u.post().calls.some((c) => STRUCTURAL_CALLS.test(c.name)));
  if (!units.length) return;
  const parser = cParser();
  for (const unit of units) {
    const model = unit.post();
    const facts = callFactsFromTree(parser, model.source);
    for (const call of model.calls) {
      const f = facts.get(`${call.nameToken.line}:${call.nameToken.col}`);
      if (f) call.facts = { ...f, source: 'tree-sitter' };
    }
  }
}
