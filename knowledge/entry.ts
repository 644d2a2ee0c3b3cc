// A knowledge entry: a document first (a reviewer reads it with `mlreview kb show`), a check second.
import type { Confidence, Severity } from '../core/finding.js';
import type { KernelVersion } from './kernel-version.js';
import type { PatternSpec } from './pattern-matcher.js';

export interface Example {
  kind: 'bad' | 'good';
  /** The heading above the example, e.g. `bad: two actions on one path`. */
  title: string;
  diff: string;
  /** Target tree for this example (`target=6.1` on the fence), for entries that depend on it. */
  target?: KernelVersion;
}

export type MatcherRef = { kind: 'named'; name: string } | { kind: 'pattern'; spec: PatternSpec; text: string };

export interface Entry {
  id: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** First kernel release the entry applies to, as written (`6.3`), and the release it stops at. */
  since?: string;
  until?: string;
  /** Only checked when the target tree's release is known (the finding is about that release). */
  needsTarget: boolean;
  /** The dossier rule it checks, e.g. MM01. */
  rule?: string;
  tags: string[];
  /**
   * How reviewers name the problem in a reply (`one action`, `vmalloc_user`), matched case-insensitively in review
   * points: a point on the same patch that says one has already raised the finding. Default: identifiers in the title.
   */
  keys: string[];
  message: string;
  rationale: string;
  references: string[];
  falsePositives: string[];
  matcher: MatcherRef;
  examples: Example[];
  /** The file it was read from, and its Markdown after the front matter (what `kb show` renders). */
  file: string;
  body: string;
}
