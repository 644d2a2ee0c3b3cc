// Patches as they appear in mail: subject tags, commit message, trailers, notes, diff.

/** What the bracketed subject prefixes say, e.g. `[PATCH RFC v2 08/16]`. */
export interface SubjectInfo {
  /** Subject with Re:/Fwd: and all leading bracket groups removed. */
  title: string;
  /** True when the subject starts with Re:, Aw:, Fwd:, Fw:, Sv:, Antw: … */
  isReply: boolean;
  /** True when a PATCH-like tag (PATCH, RFC, RESEND, GIT PULL, n/N) was seen. */
  isPatchTagged: boolean;
  /** Explicit version (v2 → 2, v5.1 → 5.1), or null when none was given. */
  version: number | null;
  /** Labels in upper case, in order: RFC, RESEND, GIT PULL, … */
  labels: string[];
  /** Other tags kept verbatim: subsystem or tree names such as `net-next`, `dpdk-dev`, `-next`. */
  tags: string[];
  /** n of n/N, or null when unnumbered. */
  index: number | null;
  /** N of n/N, or null when unnumbered. */
  total: number | null;
}

export interface Trailer {
  /** Canonical capitalisation, e.g. `Reviewed-by`. */
  name: string;
  /** The value as written, wrapped lines joined, without extinfo. */
  value: string;
  /** Text after the value: `# comment`, a bracketed note on the next line; kept verbatim. */
  extinfo?: string;
  /** Person trailers carry a name and address; utility ones (Fixes, Link) do not. */
  kind: 'person' | 'utility';
  person?: { name: string; email: string };
}

export type FileStatus = 'modified' | 'added' | 'deleted' | 'renamed' | 'copied';

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Text after the second `@@`: usually the enclosing function. */
  section: string;
  /** Raw hunk lines with their ' ', '+', '-', '\\' prefix. */
  lines: string[];
}

export interface FileDiff {
  oldPath: string | null;
  newPath: string | null;
  status: FileStatus;
  oldMode?: string;
  newMode?: string;
  similarity?: number;
  oldBlob?: string;
  newBlob?: string;
  binary: boolean;
  hunks: Hunk[];
  added: number;
  removed: number;
}

/** The parts of a patch mail body, split the way git am and b4 split them. */
export interface PatchBody {
  /** In-body From:/Subject:/Date: pseudo-headers at the top of the body, when present. */
  inBodyFrom?: string;
  inBodySubject?: string;
  /** Commit message without the trailer block. */
  commitMessage: string;
  /** Trailers of the commit message, in order. */
  trailers: Trailer[];
  /** Free text between `---` and the diffstat/diff (changelog notes). */
  notes: string;
  /** The diffstat lines, verbatim. */
  diffstat: string;
  /** The diff text, verbatim, without the trailing `-- ` signature. */
  diff: string;
  files: FileDiff[];
  baseCommit?: string;
  changeId?: string;
  /** For pull requests: `URL branch` as in `git request-pull` output. */
  pullUrl?: string;
}
