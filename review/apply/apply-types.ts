// What a simulated application concludes: per patch, per file and per hunk, and the findings of the checks
// that run on the tree after each patch. Plain values, rendered by review/render/apply-*.ts.
import type { FileDiff } from '../../core/patch.js';

/** One patch of the series as the simulator takes it. */
export interface SeriesPatch {
  /** n of n/N; 1 for a single patch. */
  index: number;
  total: number;
  subject: string;
  messageId?: string;
  files: FileDiff[];
  /** `base-commit:` of this patch or of the series' cover letter. */
  baseCommit?: string;
}

/** git apply's rules (exact context, nearest offset) or GNU patch's with up to `maxFuzz` lines of fuzz. */
export type ApplyRules = { kind: 'git' } | { kind: 'fuzz'; maxFuzz: number };

export type HunkResult = 'clean' | 'offset' | 'fuzz' | 'failed';

/** Where a failed hunk came closest to matching, and what stopped it. */
export interface NearMiss {
  /** 1-based line of the file (as it stood when the hunk was tried) where the best candidate starts. */
  line: number;
  /** Lines of the hunk's pre-image equal at that place, out of `total`. */
  matching: number;
  total: number;
  /** The first few lines that differ: the hunk's line and what the file has there. */
  differing: Array<{ hunkLine: number; expected: string; found: string | null }>;
  reason: string;
}

export interface HunkOutcome {
  file: string;
  /** git's and patch's "Hunk #n": 1-based within the file's diff. */
  number: number;
  result: HunkResult;
  /** 1-based line in the file being patched where the hunk was applied, or was expected when it failed. */
  line: number;
  offset: number;
  fuzz: number;
  nearMiss?: NearMiss;
}

export type FileOperation = 'modify' | 'create' | 'delete' | 'rename' | 'copy' | 'mode';

export interface FileOutcome {
  path: string;
  oldPath: string | null;
  operation: FileOperation;
  status: 'applied' | 'failed' | 'not-simulated';
  /** Why the file as a whole failed or was not simulated (missing, exists already, binary …). */
  reason?: string;
  hunks: HunkOutcome[];
}

export type FindingKind = 'bisect' | 'helper' | 'kb';

export interface ApplyFinding {
  /** `removed-symbol-still-used`, `used-before-defined`, `missing-header`, `helper-not-in-tree`, or a knowledge entry id. */
  id: string;
  kind: FindingKind;
  file: string;
  line: number;
  message: string;
}

export interface PatchOutcome {
  index: number;
  total: number;
  subject: string;
  messageId?: string;
  /** Every file and hunk applied (binary files not simulated do not count against it). */
  applied: boolean;
  files: FileOutcome[];
  findings: ApplyFinding[];
}

export interface BaseInfo {
  /** How the base was chosen: given with --base, a `base-commit:` line, blob ids, HEAD, or a plain directory. */
  how: 'given' | 'base-commit' | 'blob-ids' | 'head' | 'directory';
  commit: string | null;
  /** What the choice rests on, in a sentence (which blob ids matched, a base-commit the tree lacks …). */
  note?: string;
  /** The `base-commit:` the series names, when it is not in the tree. */
  missingBaseCommit?: string;
}

export interface DiffstatLine {
  path: string;
  added: number;
  removed: number;
  /** Only for files created, deleted, renamed or binary. */
  note?: string;
}

/** A plain reason the series as a whole does not belong on this tree. */
export interface WrongBase {
  verdict: string;
  failedHunks: number;
  totalHunks: number;
  missingApis: Array<{ name: string; since?: string }>;
}

export interface SeriesOutcome {
  tree: string;
  /** The tree's release from its Makefile, e.g. "6.12.0". */
  version?: string;
  base: BaseInfo;
  rules: ApplyRules;
  patches: PatchOutcome[];
  diffstat: DiffstatLine[];
  wrongBase?: WrongBase;
}

export const patchLabel = (p: { index: number; total: number; subject: string }) => `patch ${p.index}/${p.total} "${p.subject}"`;
