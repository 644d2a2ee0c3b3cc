// Markdown that mail text cannot turn into markup, shared by the summary, review and revision renderers.

/** Mail text is untrusted: nothing in it may become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
