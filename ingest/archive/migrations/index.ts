// The archive's schema history. Forward-only: a migration is never edited once released; add a new one.
// The list is explicit and ordered; migrations.test.ts checks it against the files in this folder.
import { sql as initial } from './001-initial.js';
import { sql as liveSources } from './002-live-sources.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: '001-initial', sql: initial },
  { version: 2, name: '002-live-sources', sql: liveSources },
];
