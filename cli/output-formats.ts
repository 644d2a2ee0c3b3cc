// The output formats each command takes, apart from the commands themselves: main.ts offers them as
// choices without loading any command's code, which is most of a cold start.
export const SUMMARY_FORMATS = ['text', 'md', 'json'] as const;
export const REVISIONS_FORMATS = ['text', 'md', 'json'] as const;
export const REVIEW_FORMATS = ['text', 'md', 'json', 'html', 'email'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];
