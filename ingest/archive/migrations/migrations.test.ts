import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { openDb } from '../db.js';

describe('migrations', () => {
  it('lists every migration file in order, numbered without gaps', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => /^\d{3}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
    expect(migrations.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
  });

  it('brings a new archive to the latest user_version', () => {
    const db = openDb(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });

  it('refuses an archive written by a newer mlreview, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mlreview-')), 'archive.db');
    openDb(file).pragma('user_version = 99');
    expect(() => openDb(file)).toThrow(/archive\.db: archive schema version 99 is newer/);
  });
});
