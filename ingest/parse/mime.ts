// The body text of a message (RFC 2045/2046): the text/plain parts, then any patch sent as an attachment
// (text/x-patch, text/x-diff, or a file named *.patch / *.diff), the way patchwork's parser finds a diff.
// HTML is used only when there is nothing else, with its tags stripped.
import { decodeBytes } from './charset.js';
import { parseHeaderParams, type HeaderParams } from './content-type.js';
import { splitMessage, type HeaderMap } from './headers.js';
import { htmlToText } from './html-text.js';
import { decodeTransferEncoding, parseTransferEncoding } from './transfer-encoding.js';

type PartKind = 'multipart' | 'text' | 'patch' | 'html' | 'skip';

interface Collected {
  text: string[];
  patches: string[];
  html: string[];
}

// Deeper nesting than this is not mail a person sent; it is read as opaque.
const MAX_DEPTH = 20;
const LF = 0x0a;
const PATCH_TYPES = new Set(['text/x-patch', 'text/x-diff', 'text/patch', 'text/diff', 'application/x-patch', 'application/x-diff']);
const PATCH_NAME = /\.(patch|diff)$/i;

function classify(ct: HeaderParams, disposition: HeaderParams, topLevel: boolean): PartKind {
  // No Content-Type, or one without a subtype, means text/plain (RFC 2045 §5.2).
  const type = ct.value.includes('/') ? ct.value : 'text/plain';
  if (type.startsWith('multipart/')) return 'multipart';
  const filename = (disposition.params.get('filename') ?? ct.params.get('name') ?? '').trim();
  if (PATCH_TYPES.has(type) || PATCH_NAME.test(filename)) return 'patch';
  if (type === 'text/html') return 'html';
  // `text/p` and other mangled spellings of text/plain; a single-part text/* message is text whatever it says
  if (type.startsWith('text/p') || (topLevel && type.startsWith('text/'))) return 'text';
  return 'skip';
}

function isLineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/**
 * The parts between `--boundary` lines; the preamble and epilogue are dropped. A missing closing boundary
 * ends the last part at the end of the body.
 */
export function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`, 'utf8');
  const parts: Buffer[] = [];
  let partStart = -1;
  let at = 0;
  for (;;) {
    const found = body.indexOf(delimiter, at);
    if (found < 0) break;
    at = found + 1;
    if (found > 0 && body[found - 1] !== LF) continue;
    let after = found + delimiter.length;
    const closing = body[after] === 0x2d && body[after + 1] === 0x2d;
    if (closing) after += 2;
    let lineEnd = body.indexOf(LF, after);
    if (lineEnd < 0) lineEnd = body.length;
    let i = after;
    while (i < lineEnd && isLineSpace(body[i])) i++;
    if (i < lineEnd) continue; // `--boundaryX`: a longer string that only starts like the boundary
    if (partStart >= 0) {
      // the line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1)
      let end = found - 1;
      if (end > partStart && body[end - 1] === 0x0d) end--;
      parts.push(body.subarray(partStart, Math.max(partStart, end)));
    }
    if (closing) return parts;
    partStart = Math.min(lineEnd + 1, body.length);
    at = partStart;
  }
  if (partStart >= 0) parts.push(body.subarray(partStart));
  return parts;
}

function decodeText(headers: HeaderMap, body: Buffer, ct: HeaderParams): string {
  const bytes = decodeTransferEncoding(body, parseTransferEncoding(headers.first('content-transfer-encoding')));
  const text = decodeBytes(bytes, ct.params.get('charset'));
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function emptyCollected(): Collected {
  return { text: [], patches: [], html: [] };
}

function collectMultipart(body: Buffer, ct: HeaderParams, depth: number, into: Collected): boolean {
  const boundary = ct.params.get('boundary');
  const parts = boundary ? splitMultipart(body, boundary) : [];
  if (parts.length === 0) return false;
  const children = parts.map((part) => {
    const child = splitMessage(part);
    const got = emptyCollected();
    collect(child.headers, child.body, depth + 1, got);
    return got;
  });
  // multipart/alternative holds one content several ways: take the first plain-text rendering
  const chosen = ct.value === 'multipart/alternative' ? [children.find((c) => c.text.length || c.patches.length) ?? children[0]] : children;
  for (const c of chosen) {
    into.text.push(...c.text);
    into.patches.push(...c.patches);
    into.html.push(...c.html);
  }
  return true;
}

function collect(headers: HeaderMap, body: Buffer, depth: number, into: Collected): void {
  const ct = parseHeaderParams(headers.first('content-type'));
  const disposition = parseHeaderParams(headers.first('content-disposition'));
  const kind = depth > MAX_DEPTH ? 'skip' : classify(ct, disposition, depth === 0);
  if (kind === 'multipart') {
    // a multipart without a usable boundary: its body is the only text there is
    if (!collectMultipart(body, ct, depth, into)) into.text.push(decodeText(headers, body, ct));
  } else if (kind === 'text') into.text.push(decodeText(headers, body, ct));
  else if (kind === 'patch') into.patches.push(decodeText(headers, body, ct));
  else if (kind === 'html') into.html.push(decodeText(headers, body, ct));
}

/** Blocks one after another, each starting on a line of its own. */
function joinBlocks(blocks: string[]): string {
  const pieces: string[] = [];
  for (const block of blocks) {
    if (block === '') continue;
    const last = pieces[pieces.length - 1];
    // asked of the last piece, not of the joined string: endsWith on a long rope would flatten it every time
    if (last !== undefined && !last.endsWith('\n')) pieces.push('\n');
    pieces.push(block);
  }
  return pieces.join('');
}

/** The decoded body text of a message (LF line ends): text/plain parts, then patch attachments. */
export function extractBody(headers: HeaderMap, body: Buffer): string {
  const got = emptyCollected();
  collect(headers, body, 0, got);
  const text = got.text.length || got.patches.length ? got.text : got.html.map(htmlToText);
  return joinBlocks([...text, ...got.patches]);
}
