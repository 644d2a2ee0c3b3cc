// `mlreview apply -o json`, schema 1: the base and how it was chosen, per patch whether it applied, every
// hunk (file, result, line, offset, fuzz; the near miss of a failed one), every finding, the diffstat, and
// the wrong-base verdict (wrongBase) when there is one.
import type { PatchOutcome, SeriesOutcome } from '../apply/apply-types.js';

export function applyJson(s: SeriesOutcome) {
  return {
    schema: 1,
    tree: s.tree,
    version: s.version ?? null,
    rules: s.rules,
    base: { how: s.base.how, commit: s.base.commit, note: s.base.note ?? null, missingBaseCommit: s.base.missingBaseCommit ?? null },
    wrongBase: s.wrongBase ?? null,
    patches: s.patches.map(patchJson),
    diffstat: s.diffstat.map((d) => ({ path: d.path, added: d.added, removed: d.removed, note: d.note ?? null })),
  };
}

function patchJson(p: PatchOutcome) {
  return {
    index: p.index,
    total: p.total,
    subject: p.subject,
    messageId: p.messageId ?? null,
    applied: p.applied,
    files: p.files.map((f) => ({ path: f.path, oldPath: f.oldPath, operation: f.operation, status: f.status, reason: f.reason ?? null })),
    hunks: p.files.flatMap((f) =>
      f.hunks.map((h) => ({ file: h.file, number: h.number, result: h.result, line: h.line, offset: h.offset, fuzz: h.fuzz, ...(h.nearMiss ? { nearMiss: h.nearMiss } : {}) })),
    ),
    findings: p.findings.map((f) => ({ id: f.id, kind: f.kind, file: f.file, line: f.line, message: f.message })),
  };
}
