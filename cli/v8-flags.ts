// V8 settings for a command-line process, applied before any other module runs. Imported first by main.ts.
import { setFlagsFromString } from 'node:v8';

// A regular expression is first compiled to bytecode and interpreted, then compiled again to machine code
// once it has run. For the large case-insensitive alternations the summary and the knowledge base match
// with, the bytecode step is the slow one (9 ms against 2 ms for the largest): compile to machine code
// straight away. ~25 ms of a cold review.
setFlagsFromString('--no-regexp-tier-up');
