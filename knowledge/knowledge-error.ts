// Errors about the knowledge base itself: a malformed entry file, two entries with one id, a folder
// that is not there. Each names the file and says what was expected and what was found.

export type KnowledgeErrorCode = 'KB_ENTRY_INVALID' | 'KB_DUPLICATE_ID' | 'KB_DIR' | 'KB_UNKNOWN_ENTRY' | 'KB_UNKNOWN_MATCHER';

export class KnowledgeError extends Error {
  constructor(
    readonly code: KnowledgeErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

export const invalidEntry = (file: string, what: string) => new KnowledgeError('KB_ENTRY_INVALID', `${file}: ${what}`, file);
