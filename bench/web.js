// npm run bench web: how fast `mlreview serve` renders the pages of a 241-message series (series 1 of the
// corpus): each page cold (the first request after the archive is opened computes the summary and the
// knowledge-base findings) and warm (the same request again), best of N. The target: < 200 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli', 'mlreview.cjs');
const log = (s) => process.stderr.write(`${s}\n`);

function startServer(db) {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (b) => {
      said += b;
      const m = / at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said);
      if (m) resolve({ child, base: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${said}`)));
  });
}

async function timed(url) {
  const t = performance.now();
  const r = await fetch(url);
  await r.text();
  if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
  return performance.now() - t;
}

export async function main(argv) {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const corpus = join(process.env.MLREVIEW_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'), 'lkml-mm', 'lorenzo-mmap-prepare-expand-2025.mbox');
  const dir = mkdtempSync(join(tmpdir(), 'mlreview-bench-web-'));
  const db = join(dir, 'archive.db');
  try {
    execFileSync(process.execPath, [cli, 'ingest', '--db', db, corpus], { stdio: 'ignore' });
    const series = JSON.parse(execFileSync(process.execPath, [cli, 'series', 'list', '--db', db, '-o', 'json']).toString()).series[0];
    const v2 = series.revisions.find((r) => r.version === 2);
    const pages = [
      ['series list', ''],
      ['series (5 revisions)', `series/${series.id}`],
      ['revision v2 (16 patches)', `series/${series.id}/v/2`],
      ['patch v2 08/16', `patch/${encodeURIComponent(v2.patches.find((p) => p.index === 8).messageId)}`],
      ['thread of v2 (all messages)', `thread/${encodeURIComponent(v2.coverMessageId)}`],
      ['search', 'search?q=mixedmap'],
    ];
    const cold = new Map();
    const ready = new Map();
    const warm = new Map();
    const best = (m, k, v) => m.set(k, Math.min(m.get(k) ?? Infinity, v));
    for (let run = 0; run < runs; run++) {
      // Right after the start, while the server is still computing summaries and findings in the background.
      let { child, base } = await startServer(db);
      try {
        for (const [name, path] of pages) best(cold, name, await timed(`${base}${path}`));
      } finally {
        child.kill('SIGINT');
      }
      // Once the background computation is done: the first request for each page, then the same again.
      ({ child, base } = await startServer(db));
      try {
        while ((await (await fetch(`${base}status`)).text()).trim() !== 'ready') await new Promise((r) => setTimeout(r, 50));
        for (const [name, path] of pages) {
          best(ready, name, await timed(`${base}${path}`));
          best(warm, name, await timed(`${base}${path}`));
        }
      } finally {
        child.kill('SIGINT');
      }
    }
    process.stdout.write(`\nseries 1 of the corpus (241 messages, 5 revisions), best of ${runs} server starts; ms per page\n\n`);
    process.stdout.write(`${'page'.padEnd(30)} ${'cold'.padStart(8)} ${'ready'.padStart(8)} ${'warm'.padStart(8)}\n`);
    for (const [name] of pages) process.stdout.write(`${name.padEnd(30)} ${cold.get(name).toFixed(1).padStart(8)} ${ready.get(name).toFixed(1).padStart(8)} ${warm.get(name).toFixed(1).padStart(8)}\n`);
    const worstReady = Math.max(...ready.values());
    const worstCold = Math.max(...cold.values());
    process.stdout.write(`\ntarget: ${worstReady < 200 ? 'PASS' : 'MISS'}  every page under 200 ms once the server is ready: slowest ${worstReady.toFixed(1)} ms (right after a start: ${worstCold.toFixed(1)} ms)\n`);
    log('cold: requested right after a start, while summaries and findings are computed; ready: the first request once /status says ready; warm: the same page again.');
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
