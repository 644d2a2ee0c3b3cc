// The second step of `npm run build`: the CLI as one CommonJS file, dist/mlreview.cjs, which the command
// (dist/cli/mlreview.cjs) runs with V8's code cache. Loading ~100 ES modules one by one, each read, decoded
// and compiled, was a third of a cold review; one file whose compiled code comes from a cache is not.
//
// The bundle is made from tsc's output (dist/), so it is the same code the tests run, module for module:
// - every module keeps its own import.meta.url (the file it has under dist/), so files found beside a
//   module (knowledge entries, worker scripts, caches) are found from the bundle too;
// - commander and better-sqlite3's JavaScript are bundled, so their code comes from the cache too; packages
//   loaded only by some commands (marked, sanitize-html, cli-progress, smol-toml) are required when the code
//   that needs them first runs, so the file stays small; native addons, and the packages that find theirs
//   from their own folder (tree-sitter) or are required at run time (imapflow, zod), stay out;
// - the file is plain ASCII (other characters written as \u escapes), so Node reads it as latin1 without
//   decoding UTF-8, which is most of the cost of reading a large file.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const output = join(dist, 'mlreview.cjs');
const codeCacheDir = join(dist, '.code-cache');

// The packages loaded lazily, and the names their importers take from them.
const LAZY_PACKAGES = {
  marked: ['marked'],
  'sanitize-html': ['default'],
  'cli-progress': ['default'],
  'smol-toml': ['parse'],
};
// Node's own modules that a short command need not load: a bundler requires every built-in at the top of
// its output, and loading these (streams, worker threads, crypto, http, child processes: ~70 internal
// modules) was ~15 ms of every start; commander alone requires child_process, which loads net and streams,
// for subcommands run as programs, which mlreview has none of. Each is required when one of its exports is
// first read.
const LAZY_BUILTINS = ['node:child_process', 'node:crypto', 'node:http', 'node:stream', 'node:stream/promises', 'node:worker_threads', 'node:zlib'];
const EXTERNAL = ['tree-sitter', 'tree-sitter-c', 'node-gyp-build', 'imapflow', 'zod'];
const LAZY_PREFIX = '\0lazy-package:';
const require = createRequire(import.meta.url);

/** The names a built-in module exports (the ones an ES module can import by name). */
const builtinNames = (name) => Object.keys(require(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');

/** A module standing in for a package: the bundle wraps it, like the modules importing it, in code that
 * runs when one of them is first needed, and only then is the package required. */
function lazyPackageModule(name) {
  return [
    `const loaded = require(${JSON.stringify(name)});`,
    ...LAZY_PACKAGES[name].map((key) => (key === 'default' ? 'export default loaded.default ?? loaded;' : `export const ${key} = loaded.${key};`)),
  ].join('\n');
}

/** A CommonJS module standing in for a built-in: each export a getter that requires the built-in when read. */
function lazyBuiltinModule(name) {
  const getters = builtinNames(name).map((key) => `  ${key}: { enumerable: true, get: () => load().${key} },`);
  return [
    `let loaded;`,
    `const load = () => (loaded ??= require(${JSON.stringify(name)}));`,
    `module.exports = Object.defineProperties({}, {`,
    ...getters,
    `});`,
  ].join('\n');
}

const isLazy = (source) => Object.hasOwn(LAZY_PACKAGES, source) || LAZY_BUILTINS.includes(source);

const mlreviewPlugin = {
  name: 'mlreview-bundle',
  resolveId(source, importer, { kind }) {
    const bare = !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('\0');
    // The command runs this file as a script, and import() in a script compiled from a code cache has
    // nothing to load modules with: what the CLI loads at run time, it must require.
    if (bare && kind === 'dynamic-import') throw new Error(`bundle: ${importer} imports ${source} with import(); require it instead`);
    // Importers get the stand-in; the stand-in's own require() is of the real package, left to Node.
    if (isLazy(source)) return importer?.startsWith(LAZY_PREFIX) ? { id: source, external: true } : LAZY_PREFIX + source;
    if (source.startsWith('node:') || EXTERNAL.includes(source)) return { id: source, external: true };
    return null;
  },
  load(id) {
    if (!id.startsWith(LAZY_PREFIX)) return null;
    const name = id.slice(LAZY_PREFIX.length);
    return LAZY_BUILTINS.includes(name) ? lazyBuiltinModule(name) : lazyPackageModule(name);
  },
  transform(code, id) {
    if (!id.startsWith(dist) || !code.includes('import.meta.url')) return null;
    const own = relative(dist, id).split(sep).join('/');
    return code.replaceAll('import.meta.url', `__mlreviewModuleUrl(${JSON.stringify(own)})`);
  },
};

// Defined once at the top of the bundle: the file:// URL a module has under dist/.
const BANNER = `const __mlreviewModuleUrl = (own) => require('node:url').pathToFileURL(require('node:path').join(__dirname, own)).href;`;

/** Every character outside ASCII as a \\u escape: the same character in a string, a regular expression, an
 * identifier or a comment; only String.raw of a text outside ASCII would see the escape, and there is none. */
function toAscii(source) {
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const bundle = await rolldown({ input: join(dist, 'cli', 'main.js'), platform: 'node', plugins: [mlreviewPlugin], logLevel: 'warn' });
const { output: chunks } = await bundle.generate({ format: 'cjs', codeSplitting: false, banner: BANNER, comments: false });
await bundle.close();
if (chunks.length !== 1) throw new Error(`bundle: expected one file, rolldown made ${chunks.length}`);
// The shebang goes: the command wraps this file in a function before compiling it.
const code = toAscii(chunks[0].code.replace(/^#![^\n]*\n/, ''));
await writeFile(output, code);
// Caches compiled from an earlier bundle are of no use now.
rmSync(codeCacheDir, { recursive: true, force: true });
process.stdout.write(`bundle: ${relative(process.cwd(), output)} (${Math.round(code.length / 1024)} KiB)\n`);
