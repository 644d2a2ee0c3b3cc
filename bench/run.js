// npm run bench NAME [-- OPTIONS]: runs one benchmark. The registry is an explicit sorted list.
const BENCHMARKS = [
  { name: 'apply', about: 'simulated application of a 20-patch series onto linux 6.12 against git apply --cached into a temporary index', load: () => import('./apply.js') },
  { name: 'imap', about: 'ingest from a local Dovecot against mbsync and Python imaplib', load: () => import('./imap.js') },
  { name: 'ingest', about: 'ingest throughput and peak memory against git mailsplit+mailinfo and Python email', load: () => import('./ingest.js') },
  { name: 'kb', about: 'knowledge-base matching over a 16-patch series and the whole corpus, and against Coccinelle spatch', load: () => import('./kb.js') },
  { name: 'review', about: 'mlreview review of the 16-patch series 1 v2 from an archive (cold, best of N), and checkpatch.pl on the same patches', load: () => import('./review.js') },
  { name: 'revisions', about: 'pairing the patches of series 1 v1→v2 (16 each), ours against git range-diff on the same pair', load: () => import('./revisions.js') },
  { name: 'summary', about: 'mlreview summarize on the 241-message series 1 from an archive (wall, best of N)', load: () => import('./summary.js') },
  { name: 'web', about: 'mlreview serve: page render times for a 241-message series, cold and warm', load: () => import('./web.js') },
];

const [name, ...rest] = process.argv.slice(2);
const bench = BENCHMARKS.find((b) => b.name === name);
if (!bench) {
  const width = Math.max(...BENCHMARKS.map((b) => b.name.length));
  process.stderr.write(
    `${name ? `unknown benchmark "${name}"` : 'no benchmark named'}; available:\n${BENCHMARKS.map((b) => `  ${b.name.padEnd(width)}  ${b.about}`).join('\n')}\nusage: npm run bench NAME [-- OPTIONS]\n`,
  );
  process.exitCode = 2;
} else {
  const { main } = await bench.load();
  process.exitCode = await main(rest);
}
