// A benchmark of stale JavaScript measures code nobody is looking at: say so when a source is newer than the
// build, or when the one-file build is older than the modules (the command then runs the modules instead).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function warnIfStale(repoRoot, log) {
  const cli = join(repoRoot, 'dist', 'cli', 'mlreview.cjs');
  const bundle = join(repoRoot, 'dist', 'mlreview.cjs');
  for (const f of [cli, bundle]) if (!existsSync(f)) throw new Error(`${relative(repoRoot, f)} not found: run npm run build first`);
  const built = statSync(bundle).mtimeMs;
  if (built < statSync(join(repoRoot, 'dist', 'cli', 'main.js')).mtimeMs) log('warning: dist/mlreview.cjs is older than dist/cli/main.js, so the command runs the modules one by one; run npm run build');
  const newer = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== '__fixtures__') walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && statSync(p).mtimeMs > built) newer.push(relative(repoRoot, p));
    }
  };
  for (const d of ['cli', 'core', 'ingest', 'knowledge', 'review', 'web']) if (existsSync(join(repoRoot, d))) walk(join(repoRoot, d));
  if (newer.length) log(`warning: dist/ is older than ${newer.slice(0, 5).join(', ')}${newer.length > 5 ? ', …' : ''}; run npm run build for current numbers`);
}
