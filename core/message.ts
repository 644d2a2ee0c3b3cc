// The domain model of one mail as mlreview sees it after parsing. No I/O here.
import type { PatchBody, SubjectInfo, Trailer } from './patch.js';

export interface Address {
  name: string;
  email: string;
}

/** Where a message's bytes came from, so that every diagnostic can name it. */
export interface SourceRef {
  /** File path, `-` for stdin, or a URL for remote sources. */
  source: string;
  /** Byte offset of the message in the source (0 for single-message files). */
  offset: number;
}

/** A message after header and MIME decoding: what every later stage works from. */
export interface ParsedMessage {
  /** Message-ID without angle brackets. */
  messageId: string;
  /** True when the message had no usable Message-ID and one was derived from its content. */
  syntheticId: boolean;
  /** Decoded, unfolded subject (single spaces where lines were folded). */
  subject: string;
  from: Address;
  /**
   * The To and Cc header values as written (several fields joined with ", "). Kernel mail often Cc's
   * dozens of people; the lists are parsed when someone asks (parseAddressList), not at ingest.
   */
  recipients: { to: string; cc: string };
  /** Epoch milliseconds, or null when the Date header is missing or unparseable. */
  date: number | null;
  dateRaw: string;
  /** Message-IDs (no brackets) from In-Reply-To, first one wins; duplicates removed. */
  inReplyTo: string | null;
  /** Message-IDs (no brackets) from References, oldest first, duplicates removed. */
  references: string[];
  /** List-Id values (the part in angle brackets when present). */
  listIds: string[];
  /** The decoded text/plain body; text/x-patch and text/x-diff attachments are appended after it. */
  body: string;
  source: SourceRef;
}

/** A problem with one input item: reported, then skipped. */
export interface Diagnostic {
  source: string;
  offset?: number;
  messageId?: string;
  reason: string;
}


export type MessageKind = 'cover' | 'patch' | 'reply' | 'pull' | 'other';

/** A parsed message plus what ingest worked out about it; this is what the archive stores. */
export interface AnalysedMessage {
  message: ParsedMessage;
  subject: SubjectInfo;
  kind: MessageKind;
  /** Commit message, trailers, notes and diff, for covers, patches and pull requests. */
  patch?: PatchBody;
  /** Trailer lines a reply gives (unquoted), and those it only quotes. */
  replyTrailers: Trailer[];
  quotedTrailers: Trailer[];
  /** Fix-up patches proposed inline in a reply. */
  fixups: PatchBody[];
  /** Message-ids the body links to (lore links, Link: trailers), e.g. a cover pointing at v1. */
  links: string[];
  /** Message-ids named on `Depends-on:` lines: series to apply first. */
  dependsOn: string[];
  /** Where the patch's diff sits in the body (UTF-16 offsets), when it is a verbatim slice of it. */
  diffLocation?: { offset: number; length: number };
  /** Text for the full-text index: what people wrote, not what they quoted, plus diff identifiers. */
  searchText: string;
}
