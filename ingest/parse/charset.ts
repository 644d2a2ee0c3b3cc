// Bytes → text for a declared charset. List mail lies about its charset often enough (latin-1 bytes sent as
// utf-8, `charset="none"`, `x-unknown`, NULs in the label) that every path ends in a decoder that cannot fail:
// utf-8 when the bytes are valid utf-8, else windows-1252, which maps every byte to a character.
import { isAscii, isUtf8 } from 'node:buffer';

const UTF8 = 'utf-8';

/** Labels that say "no idea": decode by looking at the bytes. */
const UNKNOWN_LABELS = new Set([
  '',
  'none',
  'unknown',
  'x-unknown',
  'unknown-8bit',
  'x-user-defined',
  'default',
  'us-ascii',
  'ascii',
  'us',
  'ansi_x3.4-1968',
  'iso646-us',
  '7bit',
  '8bit',
]);

/** Spellings seen in mail that the WHATWG label table (TextDecoder's) does not know. */
const ALIASES: Record<string, string> = {
  utf8mb4: UTF8,
  'utf-8mb4': UTF8,
  'latin-1': 'windows-1252',
  latin_1: 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'win-1252': 'windows-1252',
  'cp-1252': 'windows-1252',
  'iso-8859-8-e': 'iso-8859-8',
  'ks_c_5601': 'euc-kr',
};

/** Encodings where ASCII bytes do not stand for themselves (iso-2022-jp shifts with escapes). */
const NOT_ASCII_COMPATIBLE = new Set(['utf-16le', 'utf-16be', 'iso-2022-jp']);

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/**
 * Lower-case a charset label and drop what cannot be part of one: quotes, NULs, control characters, an RFC 2231
 * `*language` suffix, anything after whitespace or `;`.
 */
export function normaliseCharset(label: string | undefined): string {
  if (!label) return '';
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x2a /* * */ || c === 0x3b /* ; */) break;
    if (c === 0x20 || c === 0x09) {
      if (out) break;
      continue;
    }
    // letters, digits and - _ . : + are all that real charset names use
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x3a || c === 0x2b) {
      out += label[i];
    } else if (c >= 0x41 && c <= 0x5a) {
      out += String.fromCharCode(c + 0x20);
    }
  }
  return ALIASES[out] ?? out;
}

// windows-1252 at 0x80–0x9f; the five holes stay C1 controls, as in WHATWG's table. Node 20's TextDecoder
// decodes windows-1252 as plain latin-1 (smart quotes come out as C1 controls), so we map these ourselves.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const C1 = /[\x80-\x9f]/g;

function decodeWindows1252(buf: Buffer): string {
  const text = buf.toString('latin1');
  C1.lastIndex = 0;
  return C1.test(text) ? text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}

/** The bytes' own say: utf-8 when valid, else windows-1252 (a superset of latin-1 that decodes any byte). */
function decodeUnlabelled(buf: Buffer): string {
  if (isAscii(buf)) return buf.toString('latin1');
  if (isUtf8(buf)) return stripBom(buf.toString('utf8'));
  return decodeWindows1252(buf);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode `buf` as `charset`; never throws. Unknown labels and mislabelled utf-8 fall back as above. */
export function decodeBytes(buf: Buffer, charset: string | undefined): string {
  if (buf.length === 0) return '';
  const label = normaliseCharset(charset);
  if (UNKNOWN_LABELS.has(label)) return decodeUnlabelled(buf);
  const decoder = decoderFor(label);
  // `replacement` is WHATWG's answer for iso-2022-kr/cn and hz: it would turn the whole text into U+FFFD.
  if (decoder === null || decoder.encoding === UTF8 || decoder.encoding === 'replacement') return decodeUnlabelled(buf);
  // Pure ASCII reads the same in every ASCII-compatible charset; skip the decoder for the common case.
  if (!NOT_ASCII_COMPATIBLE.has(decoder.encoding) && isAscii(buf)) return buf.toString('latin1');
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(buf);
  return stripBom(decoder.decode(buf));
}
