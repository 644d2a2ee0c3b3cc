// A reviewer's proposed diff after their tags and a `base-commit:` line (as git format-patch --base writes
// it): the diff is one point, named by what it changes, and the base-commit line is no point of its own.
import { beforeAll, expect, it } from 'vitest';
import { fixtureSummaryInput } from './__fixtures__/summary-input.js';
import { assembleSummary } from './assemble-summary.js';
import type { Summary } from './summary.js';

let summary: Summary;

beforeAll(async () => {
  summary = assembleSummary(await fixtureSummaryInput('reviewer-diff-after-tags.mbox', 'cover.1757930500.git.ann@example.org'));
});

const davesPoints = () => summary.points.filter((p) => p.messageId === 'dave-1.refcount@example.net').map((p) => ({ kind: p.kind, rule: p.rule, text: p.text }));

it('reads the ask, the tags and the proposed diff, and no point of the base-commit line', () => {
  const points = davesPoints();
  expect(points.map((p) => p.kind)).toEqual(['change-request', 'trailer', 'change-request']);
  expect(points[0].text).toMatch(/how about not duplicating the internals of insert_folio_pmd\(\) with something like the below\?/);
  expect(points.some((p) => /base-commit/.test(p.text))).toBe(false);
});

it('names a proposed diff without a Subject line by the files it changes', () => {
  const diff = davesPoints().find((p) => p.rule === 'reviewer-diff');
  expect(diff?.text).toBe('a diff to mm/huge_memory.c');
});
