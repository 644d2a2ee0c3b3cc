// A source that cannot be read (a server that does not answer, a wrong password, a 404, a page that is not
// what it should be): typed by `code`, and its message names the source and says what went wrong.
export type SourceErrorCode =
  | 'IMAP_URL'
  | 'IMAP_PASSWORD'
  | 'IMAP_CONNECT'
  | 'IMAP_AUTH'
  | 'IMAP_MAILBOX'
  | 'IMAP_DROPPED'
  | 'HTTP'
  | 'ARCHIVE_PAGE';

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
