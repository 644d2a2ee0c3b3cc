// Loads the built-in entries (the registry's files) and a user's own folder (`--kb DIR`: every *.md in
// it). Two entries with one id are an error naming both files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry } from './entry.js';
import { cachedEntries } from './entry-cache.js';
import { ENTRY_FILES } from './entry-registry.js';
import { KnowledgeError } from './knowledge-error.js';

// The Markdown stays in knowledge/entries/ in the source tree; compiled code runs from dist/knowledge/,
// which tsc does not copy it into, so look beside this module first and then in the source tree.
export function builtinEntriesDir(): string {
  const here = fileURLToPath(new URL('./entries/', import.meta.url));
  const source = fileURLToPath(new URL('../../knowledge/entries/', import.meta.url));
  return existsSync(join(here, ENTRY_FILES[0] ?? '')) && ENTRY_FILES.length ? here : source;
}

// The entry parser (and marked, under it) is loaded only to parse: a cached knowledge base needs neither.
const entryParser = async () => (await import('./entry-file.js')).parseEntryFile;

export async function builtinEntries(): Promise<Entry[]> {
  const dir = builtinEntriesDir();
  const paths = ENTRY_FILES.map((f) => join(dir, f));
  return cachedEntries(paths, async () => {
    const parse = await entryParser();
    return ENTRY_FILES.map((f) => parse(readFileSync(join(dir, f), 'utf8'), join('knowledge/entries', f)));
  });
}

export async function userEntries(dir: string): Promise<Entry[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new KnowledgeError('KB_DIR', `${dir}: --kb expects a folder of entry .md files; no such folder`, dir);
  const parse = await entryParser();
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => parse(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** Built-in entries plus each user folder's, refusing a second entry with an id already taken. */
export async function loadEntries(userDirs: readonly string[] = []): Promise<Entry[]> {
  const all = [...(await builtinEntries())];
  for (const dir of userDirs) all.push(...(await userEntries(dir)));
  const byId = new Map<string, Entry>();
  for (const e of all) {
    const first = byId.get(e.id);
    if (first) throw new KnowledgeError('KB_DUPLICATE_ID', `${e.file}: id "${e.id}" is already used by ${first.file}`, e.file);
    byId.set(e.id, e);
  }
  return all;
}
