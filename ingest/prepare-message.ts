// One raw message → analysed message or a diagnostic naming it: the unit of work of ingest, run either
// in the ingesting thread or in an analyse worker.
import type { AnalysedMessage, Diagnostic, SourceRef } from '../core/message.js';
import { parseMessage } from './parse/message.js';
import { analyseMessage } from './analyse-message.js';

export type Prepared = { analysed: AnalysedMessage } | { problem: Diagnostic };

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The archive keeps per-file facts and the diff's place in the body, not parsed hunks (thousands of small strings per
 * patch); dropping them here keeps a batch in flight small.
 */
function withoutHunks(a: AnalysedMessage): AnalysedMessage {
  if (!a.patch) return a;
  // A diff that is a slice of the body travels as its location only: bodies are most of the bytes.
  const diff = a.diffLocation ? '' : a.patch.diff;
  return { ...a, patch: { ...a.patch, diff, files: a.patch.files.map((f) => ({ ...f, hunks: [] })) }, fixups: a.fixups.map((f) => ({ ...f, files: [] })) };
}

export function prepareMessage(raw: Buffer, ref: SourceRef): Prepared {
  let messageId: string | undefined;
  try {
    const parsed = parseMessage(raw, ref);
    messageId = parsed.messageId;
    return { analysed: withoutHunks(analyseMessage(parsed)) };
  } catch (err) {
    return { problem: { source: ref.source, offset: ref.offset, ...(messageId ? { messageId } : {}), reason: describeError(err) } };
  }
}
