// Parsing every entry file with marked's lexer is a third of a cold review's knowledge-base start (~70 ms
// of a 300 ms budget on a 2-core machine). The parsed entries are kept as JSON beside the compiled code,
// keyed by each entry file's size and mtime and by the build of the parser itself, so an edited entry or
// a rebuilt parser is parsed again. Only compiled code (dist/) keeps a cache: a test run from the sources
// writes nothing into the tree. A cache that cannot be written is simply not kept.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entry } from './entry.js';
import { parsePattern } from './pattern-matcher.js';

const here = fileURLToPath(import.meta.url);
const cacheFile = here.endsWith('.js') ? fileURLToPath(new URL('./entries-cache.json', import.meta.url)) : undefined;
// The modules whose output the cache holds: a rebuild of either makes every cached entry stale.
const PARSER_MODULES = ['./entry-file.js', './pattern-matcher.js', './kernel-version.js'];

function stamp(paths: readonly string[]): string {
  const parts = [...paths, ...(cacheFile ? PARSER_MODULES.map((m) => fileURLToPath(new URL(m, import.meta.url))) : [])].map((p) => {
    const s = statSync(p);
    return `${p}:${s.size}:${s.mtimeMs}`;
  });
  return parts.join('\n');
}

/** Entries as JSON can carry: a pattern matcher's compiled spec (RegExps) is rebuilt from its text. */
function revive(e: Entry): Entry {
  return e.matcher.kind === 'pattern' ? { ...e, matcher: { ...e.matcher, spec: parsePattern(e.matcher.text, e.file) } } : e;
}

export async function cachedEntries(paths: readonly string[], parse: () => Promise<Entry[]>): Promise<Entry[]> {
  let key: string | undefined;
  try {
    key = cacheFile ? stamp(paths) : undefined;
  } catch {
    // a missing file: parse() names it
  }
  if (!cacheFile || key === undefined) return parse();
  const cached = readCache(cacheFile);
  if (cached?.key === key) return cached.entries.map(revive);
  const entries = await parse();
  try {
    // Written aside and renamed: a CLI running at the same moment reads the old cache or the new, never half.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, JSON.stringify({ key, entries }));
    renameSync(partial, cacheFile);
  } catch {
    // a read-only install: parse every time
  }
  return entries;
}

function readCache(file: string): { key: string; entries: Entry[] } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
