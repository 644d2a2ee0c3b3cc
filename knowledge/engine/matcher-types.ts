// What a matcher gets and gives back. A matcher reads one file view; the engine turns its hits into
// findings carrying the entry's id, severity and confidence.
import type { Confidence } from '../../core/finding.js';
import type { KernelVersion } from '../kernel-version.js';
import type { CodeLine } from './code-lines.js';
import type { FileView } from './file-view.js';

export interface MatchContext {
  /** The tree the patch is meant for; entries and API availability are judged against it when given. */
  targetVersion?: KernelVersion;
  /** The file as it reads after the patch (apply step, tree scans); undefined when not available. */
  readPostImage?(path: string): string | undefined;
}

export interface Hit {
  line: CodeLine;
  matched: string;
  /** Replaces the entry's one-line message, for messages that name what was found. */
  message?: string;
  /** Lowers (never raises) the entry's confidence for this hit. */
  confidence?: Confidence;
  function?: string;
}

export type Matcher = (file: FileView, context: MatchContext) => Hit[];
