// How a revision of a series is named — on the command line, in output and in web addresses — and which
// revision a name means. Subjects give a version and labels: `[RFC PATCH v2 …]` is RFC v2, `[PATCH RESEND]`
// is RESEND v1; one series often holds both an RFC v1 and a v1, so the version alone does not name one.

export interface NamedRevision {
  version: number;
  /** RFC, RESEND, … as the subject tags say; '' for none. */
  label: string;
}

/** `v2`, `RFC v1`, `RESEND v1`, as `series show` writes it. */
export function revisionName(r: { version: number | null; label: string }): string {
  return [r.label, r.version === null ? '' : `v${r.version}`].filter(Boolean).join(' ');
}

/** A web path segment that findRevision reads back: `2`, `rfc-1`, `resend-1`. */
export function revisionSlug(r: NamedRevision): string {
  return [...r.label.toLowerCase().split(/\s+/).filter(Boolean), String(r.version)].join('-');
}

const normalLabel = (label: string) => label.toUpperCase().split(/[\s-]+/).filter(Boolean).join(' ');

/**
 * What a revision name says: `v3`, `3`, `RFC` (RFC v1), `RFC v2`, `rfc-2`, `RESEND v1`, case, spaces and
 * dashes aside. The label is '' for a bare version. Undefined for what is no name.
 */
export function parseRevisionName(value: string): NamedRevision | undefined {
  const m = /^\s*(.*?)[\s-]*\bv?(\d+(?:\.\d+)?)?\s*$/i.exec(value);
  if (!m || (!m[1] && m[2] === undefined)) return undefined;
  return { label: normalLabel(m[1]), version: m[2] === undefined ? 1 : Number(m[2]) };
}

/**
 * The index of the revision `value` names. A bare version means the unlabelled revision of that version,
 * or the only one there is. -1 when none fits, or when several do and the name does not say which.
 */
export function findRevision(revisions: readonly NamedRevision[], value: string): number {
  const named = parseRevisionName(value);
  if (!named) return -1;
  const { label, version } = named;
  const same = (r: NamedRevision) => r.version === version && normalLabel(r.label) === label;
  const exact = revisions.findIndex(same);
  if (exact >= 0 || label) return exact;
  const ofVersion = revisions.flatMap((r, i) => (r.version === version ? [i] : []));
  return ofVersion.length === 1 ? ofVersion[0] : -1;
}
