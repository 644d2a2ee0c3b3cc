// The versioned JSON shape of `mlreview revisions` (schema 1). With --from/--to: one comparison at the top
// level, {schema, series, from, to, pairs, changelog, unmentioned, trailers, comments}; without: every
// consecutive pair under `comparisons`, with the series timeline.
import type { RevisionsReport, RevisionStep, TimelineEntry } from '../revisions/assemble-revisions.js';
import type { PatchPair } from '../revisions/compare-patches.js';
import { interdiffText } from '../revisions/interdiff.js';
import { revisionName } from '../../core/revision-name.js';
import type { RevisionPatch, RevisionSnapshot } from '../revisions/revision-input.js';
import { isoDate } from './dates.js';

const revisionJson = (r: RevisionSnapshot) => ({ version: r.version, label: r.label, name: revisionName(r), date: isoDate(r.date), coverMessageId: r.coverMessageId, patches: r.patches.length });
const patchJson = (p: RevisionPatch | null | undefined) => (p ? { index: p.index, subject: p.title, messageId: p.messageId } : null);

function pairJson(p: PatchPair) {
  return {
    from: patchJson(p.from),
    to: patchJson(p.to),
    status: p.status,
    ...(p.cost !== null ? { cost: p.cost } : {}),
    ...(p.splitFrom ? { splitFrom: patchJson(p.splitFrom) } : {}),
    ...(p.mergedInto ? { mergedInto: patchJson(p.mergedInto) } : {}),
    ...(p.interdiff
      ? {
          interdiff: {
            codeLines: p.interdiff.codeLines,
            contextLines: p.interdiff.contextLines,
            messageLines: p.interdiff.messageLines,
            gained: p.interdiff.gained,
            lost: p.interdiff.lost,
            text: interdiffText(p.interdiff).join('\n'),
          },
        }
      : {}),
  };
}

export function stepJson(s: RevisionStep) {
  const c = s.comparison;
  return {
    from: revisionJson(c.from),
    to: revisionJson(c.to),
    pairs: c.pairs.map(pairJson),
    changelog: s.changelog.map((k) => ({
      text: k.entry.text,
      matched: k.matched,
      checkable: k.checkable,
      evidence: k.evidence,
      unknownNames: k.unknownNames,
      messageId: k.entry.messageId,
      patch: k.entry.patchIndex,
    })),
    unmentioned: s.unmentioned.map((p) => ({ from: patchJson(p.from), to: patchJson(p.to), status: p.status })),
    trailers: s.trailers.findings.map((f) => ({ kind: f.kind, trailer: f.trailer, from: patchJson(f.pair.from), to: patchJson(f.pair.to), givenIn: f.givenIn, changedLines: f.changedLines, ...(f.kind === 'carried-onto-changed' ? { giverAskedForChanges: Boolean(f.giverAskedForChanges) } : {}) })),
    comments: s.comments.map((r) => ({
      by: r.by.name,
      email: r.by.email,
      messageId: r.point.messageId,
      patch: r.point.anchor ? { version: c.from.version, index: r.point.anchor.patchIndex } : null,
      kind: r.point.kind,
      text: r.point.text,
      status: r.status,
      evidence: r.evidence.map((e) => ({ kind: e.kind, positive: e.positive, text: e.text })),
    })),
  };
}

const timelineJson = (t: TimelineEntry) => ({ ...revisionJson(t.revision), replies: t.revision.replies, came: t.came, went: t.went, changed: t.changed, tagsGathered: t.tagsGathered });

export function revisionsJson(report: RevisionsReport, single: boolean) {
  const series = { id: report.series.id, title: report.series.title, author: report.series.author };
  if (single) return { schema: 1 as const, series, ...stepJson(report.steps[0]) };
  return { schema: 1 as const, series, timeline: report.timeline.map(timelineJson), comparisons: report.steps.map(stepJson) };
}
