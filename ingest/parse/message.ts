// Raw RFC 5322 bytes → ParsedMessage: the one entry point of the message parser.
import type { ParsedMessage, SourceRef } from '../../core/message.js';
import { parseAddress } from './address.js';
import { parseMailDate } from './date.js';
import { decodeEncodedWords } from './encoded-words.js';
import { splitMessage } from './headers.js';
import { extractBody } from './mime.js';
import { extractMessageIds, parseMessageIdHeader, syntheticMessageId } from './msgid.js';

export type MessageParseErrorCode = 'empty' | 'no-headers';

/** The bytes are not a mail at all. Anything less is parsed best-effort, never thrown. */
export class MessageParseError extends Error {
  readonly code: MessageParseErrorCode;
  readonly source: string;
  readonly offset: number;

  constructor(code: MessageParseErrorCode, source: SourceRef, found: string) {
    super(`${source.source} at byte ${source.offset}: not a mail: expected header lines ("Name: value") before an empty line, found ${found}`);
    this.name = 'MessageParseError';
    this.code = code;
    this.source = source.source;
    this.offset = source.offset;
  }
}

function describeStart(raw: Buffer, from: number): string {
  if (from >= raw.length) return 'nothing after the mbox From line';
  const line = raw.toString('latin1', from, Math.min(raw.length, from + 60)).split('\n')[0];
  return line.trim() === '' ? 'an empty line' : JSON.stringify(line);
}

function isBlank(raw: Buffer): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/** Decoded and unfolded, runs of whitespace (from folding or tabs) made one space, trimmed. */
function cleanSubject(value: string | undefined): string {
  return decodeEncodedWords(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function uniqueIds(values: string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) for (const id of extractMessageIds(value)) seen.add(id);
  return [...seen];
}

/** `Linux MM <linux-mm.kvack.org>` → `linux-mm.kvack.org`; a value without brackets is kept whole. */
function listId(value: string): string | null {
  const open = value.indexOf('<');
  const close = value.indexOf('>', open + 1);
  const id = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
  return id === '' ? null : id;
}

/** Parse one message. Throws MessageParseError only when `raw` has no header block at all. */
export function parseMessage(raw: Buffer, source: SourceRef): ParsedMessage {
  if (isBlank(raw)) throw new MessageParseError('empty', source, raw.length === 0 ? 'no bytes' : 'only whitespace');
  const { headers, body, headerStart } = splitMessage(raw, { skipMboxFrom: true });
  if (headers.size === 0) throw new MessageParseError('no-headers', source, describeStart(raw, headerStart));

  const ownId = headers.all('message-id').map(parseMessageIdHeader).find((id) => id !== null) ?? null;
  // hash what follows the mbox From line, so that the same mail in two mboxes gets the same id
  const messageId = ownId ?? syntheticMessageId(raw.subarray(headerStart));
  const dateRaw = headers.first('date') ?? '';
  const inReplyTo = uniqueIds(headers.all('in-reply-to'));
  return {
    messageId,
    syntheticId: ownId === null,
    subject: cleanSubject(headers.first('subject')),
    from: parseAddress(headers.first('from')),
    recipients: { to: headers.all('to').join(', '), cc: headers.all('cc').join(', ') },
    date: parseMailDate(dateRaw),
    dateRaw,
    inReplyTo: inReplyTo[0] ?? null,
    references: uniqueIds(headers.all('references')).filter((id) => id !== messageId),
    listIds: headers.all('list-id')
      .map(listId)
      .filter((id): id is string => id !== null),
    body: extractBody(headers, body),
    source,
  };
}
