// Builds a large mboxrd file from the real series mboxes by writing N renamed copies of every message.
// Copy k rewrites each id in Message-ID, In-Reply-To and References from <x> to <ck.x>, so the copies are
// distinct messages that thread exactly like the originals. Bodies are copied byte for byte, so the mboxrd
// ">From " escaping of the sources stays valid. The output is streamed: memory holds the sources (~13 MB),
// never the result.
import { createWriteStream, readdirSync, readFileSync, renameSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, basename } from 'node:path';

const ID_HEADER = /^(message-id|in-reply-to|references)[ \t]*:/i;
// "<" that opens an id; a quoted local part keeps its quote first: <"a"@b> -> <"ck.a"@b>.
const ID_OPEN = /<("?)(?=[^<>]+>)/g;

/** The series mboxes of the corpus folder, sorted by name. */
export function corpusMboxes(corpusDir) {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.mbox')).sort();
  if (files.length === 0) throw new Error(`no *.mbox files in ${corpusDir}: expected the lkml-mm series mboxes`);
  return files.map((f) => join(corpusDir, f));
}

/** Splits an mboxrd file (read as latin1, so bytes survive) into messages, each without its From_ line. */
export function splitMboxrd(text, file) {
  if (!text.startsWith('From ')) throw new Error(`${file}: expected a "From " separator at byte 0`);
  return text.split(/\nFrom [^\n]*\n/).map((m, i) => (i === 0 ? m.slice(m.indexOf('\n') + 1) : m)).map((m, i, all) =>
    // split() ate the newline that ends each message's trailing blank line; put it back.
    i < all.length - 1 ? `${m}\n` : m,
  );
}

/** Prefixes every id in the Message-ID / In-Reply-To / References headers (folded lines included). */
export function renameIds(message, prefix) {
  const end = message.indexOf('\n\n');
  const header = end < 0 ? message : message.slice(0, end);
  const lines = header.split('\n');
  let inIdHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const continued = lines[i].startsWith(' ') || lines[i].startsWith('\t');
    if (!continued) inIdHeader = ID_HEADER.test(lines[i]);
    if (inIdHeader) lines[i] = lines[i].replace(ID_OPEN, `<$1${prefix}`);
  }
  return lines.join('\n') + (end < 0 ? '' : message.slice(end));
}

function readSources(files) {
  return files.map((file) => {
    const messages = splitMboxrd(readFileSync(file, 'latin1'), file);
    return { file, size: statSync(file).size, messages };
  });
}

async function write(out, chunk) {
  if (!out.write(chunk, 'latin1')) await once(out, 'drain');
}

/**
 * Writes `copies` renamed copies of every corpus message to outPath (via a temporary name, so an
 * interrupted build is never mistaken for a finished one). Returns { path, messages, bytes, sources }.
 */
export async function makeBigMbox({ corpusDir, copies, outPath }) {
  const sources = readSources(corpusMboxes(corpusDir));
  mkdirSync(dirname(outPath), { recursive: true });
  const partial = `${outPath}.partial`;
  const out = createWriteStream(partial);
  let messages = 0;
  for (let k = 0; k < copies; k++) {
    for (const source of sources) {
      for (const message of source.messages) {
        await write(out, `From mboxrd@z Thu Jan  1 00:00:00 1970\n${renameIds(message, `c${k}.`)}`);
        messages++;
      }
    }
  }
  out.end();
  await once(out, 'close');
  renameSync(partial, outPath);
  return { path: outPath, messages, bytes: statSync(outPath).size, sources: sources.map((s) => ({ file: basename(s.file), size: s.size, messages: s.messages.length })) };
}

/** What a finished build must match to be reused: same sources (names, sizes) and same copy count. */
export function buildKey(corpusDir, copies) {
  const sources = corpusMboxes(corpusDir).map((f) => ({ file: basename(f), size: statSync(f).size }));
  return JSON.stringify({ copies, sources });
}

/** Reuses outPath when its sidecar .json records the same build key, unless rebuild is set. */
export async function ensureBigMbox({ corpusDir, copies, outPath, rebuild, log }) {
  const metaPath = `${outPath}.json`;
  const key = buildKey(corpusDir, copies);
  if (!rebuild && existsSync(outPath) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.key === key && meta.bytes === statSync(outPath).size) return { ...meta, path: outPath, reused: true };
  }
  log(`building ${outPath} (${copies} copies of the corpus)...`);
  const built = await makeBigMbox({ corpusDir, copies, outPath });
  const meta = { key, messages: built.messages, bytes: built.bytes, sources: built.sources };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  return { ...meta, path: outPath, reused: false };
}
