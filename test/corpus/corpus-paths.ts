// Where the shared corpus lives: beside the checkout, read-only. The corpus suite needs it; npm test does not.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusRoot = process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus');
export const lkmlRoot = join(corpusRoot, 'lkml-mm');
export const peersRoot = join(corpusRoot, 'peers');

if (!existsSync(corpusRoot)) {
  throw new Error(`corpus not found at ${corpusRoot}: the corpus suite reads ../shared/corpus (or $MLREVIEW_CORPUS)`);
}
