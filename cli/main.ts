#!/usr/bin/env node
// The mlreview command line: the one place that parses arguments, prints and exits.
import { Command, CommanderError, Option } from 'commander';
import { archivePath } from './archive-path.js';
import { UsageError, type CommandResult } from './command-result.js';
import { REVIEW_FORMATS, REVISIONS_FORMATS, SUMMARY_FORMATS } from './output-formats.js';
import { DEFAULT_FETCH_POLICY } from '../ingest/sources/fetch-policy.js';

// Each command's code is loaded when that command runs: loading all of them is most of a cold start.
const commands = {
  ingest: () => import('./commands/ingest.js'),
  sync: () => import('./commands/sync.js'),
  serve: () => import('./commands/serve.js'),
  threads: () => import('./commands/threads.js'),
  series: () => import('./commands/series.js'),
  search: () => import('./commands/search.js'),
  kb: () => import('./commands/kb.js'),
  summarize: () => import('./commands/summarize.js'),
  revisions: () => import('./commands/revisions.js'),
  apply: () => import('./commands/apply.js'),
};

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
// The bar's library is loaded only by the commands that draw one.
const progressOnTty = async () => (await import('./progress.js')).progressBar(Boolean(process.stderr.isTTY));

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
        (await commands.ingest()).runIngest({
          ...common(opts),
          sources,
          progress: await progressOnTty(),
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
        (await commands.sync()).runSync({
          config: opts.config,
          dbOption: opts.db,
          output: opts.output,
          color: common(opts).color,
          env: process.env,
          cwd: process.cwd(),
          progress: await progressOnTty(),
        }),
      ),
    );

  program
    .command('serve')
    .description('browse the archive in a web browser: series, revisions, patches with findings, threads, search (127.0.0.1 only, read-only)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0: any free one)', (v) => Number(v), 8470)
    .action((opts: Common & { port: number }) =>
      run(async () =>
        (await commands.serve()).runServe({
          db: common(opts).db,
          port: opts.port,
          announce: (line) => process.stderr.write(`${line}\n`),
          stopped: new Promise<void>((resolve) => {
            process.once('SIGINT', resolve);
            process.once('SIGTERM', resolve);
          }),
        }),
      ),
    );

  program.command('threads').description('list threads').addOption(dbOption()).addOption(outputOption())
    .action((opts: Common) => run(async () => (await commands.threads()).runThreads(common(opts))));

  program.command('thread').description('draw the thread containing MSGID').argument('<msgid>')
    .addOption(dbOption()).addOption(outputOption())
    .action((id: string, opts: Common) => run(async () => (await commands.threads()).runThread(id, common(opts))));

  const series = program.command('series').description('patch series and their revisions');
  series.command('list').description('list series with their revisions').addOption(dbOption()).addOption(outputOption())
    .action((opts: Common) => run(async () => (await commands.series()).runSeriesList(common(opts))));
  series.command('show').description('show one series: timeline, patches, trailers').argument('<id-or-msgid>')
    .addOption(dbOption()).addOption(outputOption())
    .action((id: string, opts: Common) => run(async () => (await commands.series()).runSeriesShow(id, common(opts))));

  program.command('search').description('search subjects, bodies and authors; prefixes from:, subject:, file:')
    .argument('<query...>').addOption(dbOption()).addOption(outputOption())
    .option('--limit <n>', 'most results to show', (v) => Number(v), 50)
    .action((words: string[], opts: Common & { limit: number }) => run(async () => (await commands.search()).runSearch(words.join(' '), { ...common(opts), limit: opts.limit })));

  program
    .command('apply')
    .description('apply a series in memory to a tree that is never written: where each hunk goes, bisectability, helper availability, knowledge base')
    .argument('<series...>', 'a series id or message-id in the archive, or files of mail (mbox, .patch, format-patch folder) or bare diffs')
    .requiredOption('--tree <dir>', 'a source tree, or a git repository (read at a commit with git)')
    .option('--base <rev>', 'for a repository: the commit to apply to (default: base-commit, else the best blob-id match, else HEAD)')
    .option('--fuzz <n>', "GNU patch's rules with up to N lines of fuzz instead of git am's exact context", (v) => positive(v, '--fuzz'))
    .option('--revision <name>', 'which revision of the series: v2, 2, RFC, "RFC v2", "RESEND v1" (default: the latest, or the one a message-id belongs to)')
    .option('--out <dir>', 'also write the resulting tree to DIR (new or empty, outside the tree)')
    .option('--no-checks', 'only simulate the application: no bisectability, helper or knowledge-base checks')
    .addOption(dbOption())
    .addOption(outputOption())
    .action((series: string[], opts: Common & { tree: string; base?: string; fuzz?: number; revision?: string; out?: string; checks: boolean }) =>
      run(async () => (await commands.apply()).runApply({ ...common(opts), sources: series, tree: opts.tree, base: opts.base, fuzz: opts.fuzz, revision: opts.revision, out: opts.out, checks: opts.checks })),
    );

  const kb = program.command('kb').description('the knowledge base of mm API patterns matched against patches');
  const kbOption = () => new Option('--kb <dir>', 'add the entries (*.md) in DIR; may be repeated').argParser((v: string, prev: string[] = []) => [...prev, v]);
  const kbArgs = (opts: { output?: string; kb?: string[] }) => ({ output: opts.output, kbDirs: opts.kb ?? [], color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  kb.command('list').description('list the entries').addOption(kbOption()).addOption(outputOption())
    .action((opts: { output?: string; kb?: string[] }) => run(async () => (await commands.kb()).runKbList(kbArgs(opts))));
  kb.command('show').description('show one entry: message, rationale, references, matcher, examples').argument('<id>')
    .addOption(kbOption()).addOption(outputOption())
    .action((id: string, opts: { output?: string; kb?: string[] }) => run(async () => (await commands.kb()).runKbShow(id, kbArgs(opts))));
  kb.command('test').description("run every entry's bad/good examples; exit 1 when one fails").addOption(kbOption()).addOption(outputOption())
    .action((opts: { output?: string; kb?: string[] }) => run(async () => (await commands.kb()).runKbTest(kbArgs(opts))));

  program.command('summarize').description('summarise review: who asked for what, what was agreed, what is still open')
    .argument('<msgid-or-series>')
    .addOption(dbOption())
    .addOption(new Option('-o, --output <format>', 'output format').choices([...SUMMARY_FORMATS]).default('text'))
    .action((id: string, opts: Common) => run(async () => (await commands.summarize()).runSummarize(id, { ...common(opts), width: process.stdout.columns || 110 })));

  const revisionOption = () => new Option('--revision <name>', 'which revision of the series or files: v2, 2, RFC, "RFC v2", "RESEND v1" (default: the latest)');
  const kernelOption = () => new Option('--kernel <version>', 'the kernel release the series is meant for, e.g. 6.12 (judges which helpers exist)');
  program.command('review').description('review notes for a series: knowledge base and submission checks, anchored to patch, file and line')
    .argument('<target...>', 'series id or message-id in the archive, or an mbox, patch files, a format-patch folder, - for stdin')
    .addOption(dbOption())
    .addOption(new Option('-o, --output <format>', 'output format').choices([...REVIEW_FORMATS]).default('text'))
    .addOption(revisionOption())
    .addOption(kernelOption())
    .option('--from <"Name <addr>">', 'the reviewer, for -o email (default: git config user.name and user.email)')
    .action((targets: string[], opts: Common & { revision?: string; kernel?: string; from?: string }) =>
      run(async () => {
        const { runReview } = await import('./commands/review.js');
        const { gitIdentity } = await import('./git-identity.js');
        return runReview(targets, { ...common(opts), revision: opts.revision, kernel: opts.kernel, from: opts.from, gitIdentity, now: Date.now() });
      }),
    );

  program.command('check').description('check your own patches before sending them; exit 1 on a finding at or above --fail-on')
    .argument('<patch...>', 'git format-patch files, a folder of them, an mbox, - for stdin')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the check').choices(['error', 'warning', 'info']).default('error'))
    .addOption(revisionOption())
    .addOption(kernelOption())
    .action((paths: string[], opts: Common & { failOn: string; revision?: string; kernel?: string }) =>
      run(async () => {
        const { runCheck } = await import('./commands/check.js');
        return runCheck(paths, { ...common(opts), failOn: opts.failOn, revision: opts.revision, kernel: opts.kernel });
      }),
    );

  program.command('revisions').description('what changed between revisions of a series, and whether each review comment was addressed')
    .argument('<series-or-msgid>')
    .option('--from <revision>', 'the older revision: v1, 3, RFC, "RFC v2" (default: each consecutive pair)')
    .option('--to <revision>', 'the newer revision')
    .option('--interdiff', 'show the diff between the diffs of each changed patch (text and md)')
    .addOption(dbOption())
    .addOption(new Option('-o, --output <format>', 'output format').choices([...REVISIONS_FORMATS]).default('text'))
    .action((id: string, opts: Common & { from?: string; to?: string; interdiff?: boolean }) =>
      run(async () => (await commands.revisions()).runRevisions(id, { ...common(opts), from: opts.from, to: opts.to, interdiff: opts.interdiff, width: process.stdout.columns || 110 })));

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

// A reader that stops early (`mlreview threads | head`) closes the pipe: what is left unwritten is not
// wanted, which is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}

// Exit as soon as the command's output is written: letting the process wind down by itself costs a short
// command ~20 ms of tearing down what it loaded. A pipe may still hold output the reader has not taken
// (a large JSON answer): then the stream is asked to call back once everything before it is written.
const flushed = (stream: NodeJS.WriteStream) =>
  stream.writableLength === 0 ? Promise.resolve() : new Promise<void>((resolve) => stream.write('', () => resolve()));
main(process.argv).then(async (code) => {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
