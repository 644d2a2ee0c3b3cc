#!/usr/bin/env node
// The mlreview command line: the one place that parses arguments, prints and exits.
import { Command, CommanderError, Option } from 'commander';
import { archivePath } from './archive-path.js';
import { UsageError, type CommandResult } from './command-result.js';
import { progressBar } from './progress.js';
import { DEFAULT_FETCH_POLICY } from '../ingest/sources/http-fetch.js';

// Each command's module is loaded when that command runs: the IMAP client, the archive and the knowledge base
// are not start-up costs of a command that does not use them.
const ingestCommand = () => import('./commands/ingest.js');
const syncCommand = () => import('./commands/sync.js');
const threadsCommand = () => import('./commands/threads.js');
const seriesCommand = () => import('./commands/series.js');
const searchCommand = () => import('./commands/search.js');
const kbCommand = () => import('./commands/kb.js');
const applyCommand = () => import('./commands/apply.js');

interface Common {
  db?: string;
  output?: string;
}

const outputOption = () => new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text');
const dbOption = () => new Option('--db <file>', 'archive file (default: $MLREVIEW_DB or $XDG_DATA_HOME/mlreview/archive.db)');

interface FetchOptions {
  fetchInterval: number;
  fetchTimeout: number;
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag}: expected a number ≥ 0, found "${value}"`);
  return n;
}

const fetchIntervalOption = () =>
  new Option('--fetch-interval <ms>', 'least pause between two requests to one archive host').argParser((v) => positive(v, '--fetch-interval')).default(DEFAULT_FETCH_POLICY.minIntervalMs);
const fetchTimeoutOption = () =>
  new Option('--fetch-timeout <s>', 'seconds to wait for an archive server').argParser((v) => positive(v, '--fetch-timeout')).default(DEFAULT_FETCH_POLICY.timeoutMs / 1000);
const fetchPolicy = (o: FetchOptions) => ({ ...DEFAULT_FETCH_POLICY, minIntervalMs: o.fetchInterval, timeoutMs: o.fetchTimeout * 1000 });

function common(opts: Common) {
  return { db: archivePath(opts.db, process.env), output: opts.output, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
}

let pending: Promise<CommandResult> | CommandResult | undefined;
const run = (fn: () => Promise<CommandResult> | CommandResult) => {
  pending = Promise.resolve().then(fn);
};

function buildProgram(): Command {
  const program = new Command('mlreview')
    .description('Review Linux kernel patches from mailing-list traffic')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('ingest')
    .description('store mail (mbox, mbox.gz, Maildir, .eml/.patch, format-patch directory, - for stdin, imap://USER@HOST/MAILBOX) in the archive')
    .argument('<source...>')
    .addOption(dbOption())
    .addOption(outputOption())
    .option('--insecure-plain', 'IMAP without TLS, for a server on this machine only')
    .addOption(fetchIntervalOption())
    .addOption(fetchTimeoutOption())
    .option('--months <n>', 'for a pipermail list index: how many recent months to read', (v) => positive(v, '--months'), 1)
    .action((sources: string[], opts: Common & FetchOptions & { insecurePlain?: boolean; months: number }) =>
      run(async () =>
        (await ingestCommand()).runIngest({
          ...common(opts),
          sources,
          stdin: process.stdin,
          progress: progressBar(Boolean(process.stderr.isTTY)),
          env: process.env,
          insecurePlain: opts.insecurePlain,
          fetchPolicy: fetchPolicy(opts),
          months: opts.months,
        }),
      ),
    );

  program
    .command('sync')
    .description('bring every source in the configuration (mlreview.toml or mlreview.json) up to date and show what is new')
    .option('--config <file>', 'configuration file (default: ./mlreview.toml, ./mlreview.json, then $XDG_CONFIG_HOME/mlreview/config.toml)')
    .addOption(dbOption())
    .addOption(outputOption())
    .action((opts: Common & { config?: string }) =>
      run(async () =>
        (await syncCommand()).runSync({
          config: opts.config,
          dbOption: opts.db,
          output: opts.output,
          color: common(opts).color,
          env: process.env,
          cwd: process.cwd(),
          progress: progressBar(Boolean(process.stderr.isTTY)),
        }),
      ),
    );

  program.command('threads').description('list threads').addOption(dbOption()).addOption(outputOption())
    .action((opts: Common) => run(async () => (await threadsCommand()).runThreads(common(opts))));

  program.command('thread').description('draw the thread containing MSGID').argument('<msgid>')
    .addOption(dbOption()).addOption(outputOption())
    .action((id: string, opts: Common) => run(async () => (await threadsCommand()).runThread(id, common(opts))));

  const series = program.command('series').description('patch series and their revisions');
  series.command('list').description('list series with their revisions').addOption(dbOption()).addOption(outputOption())
    .action((opts: Common) => run(async () => (await seriesCommand()).runSeriesList(common(opts))));
  series.command('show').description('show one series: timeline, patches, trailers').argument('<id-or-msgid>')
    .addOption(dbOption()).addOption(outputOption())
    .action((id: string, opts: Common) => run(async () => (await seriesCommand()).runSeriesShow(id, common(opts))));

  program.command('search').description('search subjects, bodies and authors; prefixes from:, subject:, file:')
    .argument('<query...>').addOption(dbOption()).addOption(outputOption())
    .option('--limit <n>', 'most results to show', (v) => Number(v), 50)
    .action((words: string[], opts: Common & { limit: number }) => run(async () => (await searchCommand()).runSearch(words.join(' '), { ...common(opts), limit: opts.limit })));

  program
    .command('apply')
    .description('apply a series in memory to a tree that is never written: where each hunk goes, bisectability, helper availability, knowledge base')
    .argument('<series...>', 'a series id or message-id in the archive, or files of mail (mbox, .patch, format-patch folder) or bare diffs')
    .requiredOption('--tree <dir>', 'a source tree, or a git repository (read at a commit with git)')
    .option('--base <rev>', 'for a repository: the commit to apply to (default: base-commit, else the best blob-id match, else HEAD)')
    .option('--fuzz <n>', "GNU patch's rules with up to N lines of fuzz instead of git am's exact context", (v) => positive(v, '--fuzz'))
    .option('--revision <n>', 'which revision of the series (default: the latest, or the one a message-id belongs to)', (v) => positive(v, '--revision'))
    .option('--out <dir>', 'also write the resulting tree to DIR (new or empty, outside the tree)')
    .option('--no-checks', 'only simulate the application: no bisectability, helper or knowledge-base checks')
    .addOption(dbOption())
    .addOption(outputOption())
    .action((series: string[], opts: Common & { tree: string; base?: string; fuzz?: number; revision?: number; out?: string; checks: boolean }) =>
      run(async () => (await applyCommand()).runApply({ ...common(opts), sources: series, tree: opts.tree, base: opts.base, fuzz: opts.fuzz, revision: opts.revision, out: opts.out, checks: opts.checks })),
    );

  const kb = program.command('kb').description('the knowledge base of mm API patterns matched against patches');
  const kbOption = () => new Option('--kb <dir>', 'add the entries (*.md) in DIR; may be repeated').argParser((v: string, prev: string[] = []) => [...prev, v]);
  const kbArgs = (opts: { output?: string; kb?: string[] }) => ({ output: opts.output, kbDirs: opts.kb ?? [], color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  kb.command('list').description('list the entries').addOption(kbOption()).addOption(outputOption())
    .action((opts: { output?: string; kb?: string[] }) => run(async () => (await kbCommand()).runKbList(kbArgs(opts))));
  kb.command('show').description('show one entry: message, rationale, references, matcher, examples').argument('<id>')
    .addOption(kbOption()).addOption(outputOption())
    .action((id: string, opts: { output?: string; kb?: string[] }) => run(async () => (await kbCommand()).runKbShow(id, kbArgs(opts))));
  kb.command('test').description("run every entry's bad/good examples; exit 1 when one fails").addOption(kbOption()).addOption(outputOption())
    .action((opts: { output?: string; kb?: string[] }) => run(async () => (await kbCommand()).runKbTest(kbArgs(opts))));

  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    if (!pending) return 0;
    const result = await pending;
    process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    return result.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const e = err as Error & { code?: string };
    const known = err instanceof UsageError || typeof e.code === 'string';
    process.stderr.write(`mlreview: ${known ? e.message : `internal error: ${e.stack ?? e.message}`}\n`);
    return 2;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
