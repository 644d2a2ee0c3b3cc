// Content-Transfer-Encoding (RFC 2045 §6) on bytes, before any charset is applied.

export type TransferEncoding = '8bit' | 'quoted-printable' | 'base64';

/** Read a Content-Transfer-Encoding value; 7bit, binary, x-uuencode and junk are all taken as they come. */
export function parseTransferEncoding(value: string | undefined): TransferEncoding {
  if (!value) return '8bit';
  const name = value.toLowerCase().replace(/[^a-z0-9-]/g, '');
  if (name === 'quoted-printable') return 'quoted-printable';
  if (name === 'base64') return 'base64';
  return '8bit';
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/**
 * Quoted-printable: `=XX` is a byte, `=` at the end of a line joins it to the next. A `=` followed by anything
 * else stays as it is. Trailing whitespace is kept: in a patch it is content, and encoders write it as `=20`.
 */
export function decodeQuotedPrintable(input: Buffer): Buffer {
  const out = Buffer.allocUnsafe(input.length);
  let n = 0;
  const len = input.length;
  for (let i = 0; i < len; i++) {
    const c = input[i];
    if (c !== 0x3d /* = */) {
      out[n++] = c;
      continue;
    }
    const hi = i + 1 < len ? hexValue(input[i + 1]) : -1;
    const lo = i + 2 < len ? hexValue(input[i + 2]) : -1;
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
      continue;
    }
    // soft line break: `=`, optional transport-added whitespace, then LF or CRLF
    let j = i + 1;
    while (j < len && (input[j] === 0x20 || input[j] === 0x09)) j++;
    if (j < len && input[j] === 0x0d && input[j + 1] === 0x0a) j++;
    if (j >= len || input[j] === 0x0a) {
      i = j;
      continue;
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/** Base64, ignoring line breaks and junk between quanta (Node's decoder skips what is not base64). */
export function decodeBase64(input: Buffer): Buffer {
  return Buffer.from(input.toString('latin1'), 'base64');
}

/** Undo the transfer encoding of a body. */
export function decodeTransferEncoding(body: Buffer, encoding: TransferEncoding): Buffer {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return decodeBase64(body);
  return body;
}
