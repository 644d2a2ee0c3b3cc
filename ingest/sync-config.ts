// The sync configuration: which sources `mlreview sync` brings up to date, and which series it follows.
// Read from mlreview.toml or mlreview.json (TOML and JSON hold the same shape), validated with every
// problem named by file and key.
import { createRequire } from 'node:module';
import { parse as parseToml } from 'smol-toml';
import type { z as Zod } from 'zod';

// zod takes ~90 ms to import and every command loads this module through main.ts: only `sync` needs the
// schema, so zod is required (synchronously, its CommonJS build) the first time a configuration is read.
let schemas: ReturnType<typeof buildSchemas> | undefined;
const configSchemas = () => (schemas ??= buildSchemas(createRequire(import.meta.url)('zod') as { z: typeof Zod }));

function buildSchemas({ z }: { z: typeof Zod }) {
  const source = z
    .object({
      /** A label for reports; defaults to the URL or path. */
      name: z.string().min(1).optional(),
      /** An mbox, Maildir, directory or file path; imap://…; an archive URL (pipermail, public-inbox). */
      url: z.string().min(1),
      /** IMAP without TLS, for a server on this machine. */
      'insecure-plain': z.boolean().optional(),
      /** For a pipermail list index: how many recent months to read. */
      months: z.number().int().min(1).max(120).optional(),
    })
    .strict();

  const configSchema = z
    .object({
      /** The archive file; --db and MLREVIEW_DB win over it. */
      db: z.string().min(1).optional(),
      source: z.array(source).min(1, 'at least one [[source]] is needed'),
      track: z.object({ series: z.array(z.string().min(1)).default([]) }).strict().optional(),
      fetch: z
        .object({ 'interval-ms': z.number().min(0).optional(), 'timeout-s': z.number().positive().optional() })
        .strict()
        .optional(),
    })
    .strict();
  return { source, configSchema };
}

export type SyncConfig = Zod.infer<ReturnType<typeof buildSchemas>['configSchema']>;
export type SyncSourceConfig = Zod.infer<ReturnType<typeof buildSchemas>['source']>;

export class ConfigError extends Error {
  readonly code = 'CONFIG';
}

/** `source[1].url` for zod's path ["source", 1, "url"]. */
function keyPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '') || '(top level)';
}

/** Parses a configuration file's text; `file` decides the format (.json, else TOML) and names it in errors. */
export function parseSyncConfig(text: string, file: string): SyncConfig {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseToml(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'TOML'}: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = configSchemas().configSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${keyPath(i.path)}: ${i.message}`);
    throw new ConfigError(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Where the configuration is looked for when --config is not given, first found wins. */
export function configCandidates(cwd: string, env: NodeJS.ProcessEnv, home: string): string[] {
  const configHome = env.XDG_CONFIG_HOME || `${home}/.config`;
  return [`${cwd}/mlreview.toml`, `${cwd}/mlreview.json`, `${configHome}/mlreview/config.toml`, `${configHome}/mlreview/config.json`];
}
