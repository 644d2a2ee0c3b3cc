// Node modules that take milliseconds to load and that most runs of a command never use, required on first
// use instead of imported: crypto (~6.5 ms to load) hashes only a message without a Message-ID, a series
// id or a patch-id; child_process (~3 ms) only asks git.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const nodeCrypto = (): typeof import('node:crypto') => require('node:crypto');
export const nodeChildProcess = (): typeof import('node:child_process') => require('node:child_process');
