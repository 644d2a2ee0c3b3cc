// What a knowledge-base check concluded about one place in a patch. The review (issue 4) renders these;
// the apply step runs the same matchers over whole post-image functions and reports the same shape.

export type Severity = 'error' | 'warning' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export interface Finding {
  /** Id of the knowledge entry that fired, e.g. `one-action-per-vma`. */
  entry: string;
  severity: Severity;
  confidence: Confidence;
  /** Message-id (or other label) of the patch, when the caller gave one. */
  patch?: string;
  /** Path of the file after the patch (the old path for a deleted file). */
  file: string;
  /** Line in the post-image (`side: 'new'`), or in the pre-image for a finding on removed lines. */
  line: number;
  side: 'new' | 'old';
  /** Index of the hunk in the file's diff, from 0; -1 when the finding comes from post-image lines outside every hunk. */
  hunk: number;
  /** Function the line belongs to, when known. */
  function?: string;
  message: string;
  /** The code that matched, whitespace-collapsed, comments and strings blanked. */
  matched: string;
}
