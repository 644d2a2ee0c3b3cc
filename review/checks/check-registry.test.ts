// The registry against the folder: every group file is listed (and nothing else is), ids are unique,
// sorted, and each check is a document too: a title, an explanation and where the rule is written down.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_GROUPS, CHECK_MACHINERY, CHECKS } from './check-registry.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('submission check registry', () => {
  it('lists every group file of review/checks/, sorted, besides the machinery', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(Object.keys(CHECK_GROUPS)).toEqual(sorted(Object.keys(CHECK_GROUPS)));
    expect(sorted([...Object.keys(CHECK_GROUPS), ...CHECK_MACHINERY])).toEqual(sorted(files));
  });

  it('has unique kebab-case ids, sorted within each group', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const group of Object.values(CHECK_GROUPS)) expect(group.map((c) => c.id)).toEqual(sorted(group.map((c) => c.id)));
  });

  it('gives every check a title, a one-line explanation and a reference', () => {
    for (const c of CHECKS) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.explanation, c.id).not.toContain('\n');
      expect(c.references.length, c.id).toBeGreaterThan(0);
    }
  });
});
