// mlreview serve: the archive in a browser, on 127.0.0.1, read-only, until interrupted.
import { existsSync } from 'node:fs';
import { openDb } from '../../ingest/archive/db.js';
import { startWebServer } from '../../web/server.js';
import { UsageError, type CommandResult } from '../command-result.js';

export interface ServeArgs {
  db: string;
  port: number;
  /** Tells the user where to point the browser (printed by main.ts). */
  announce: (line: string) => void;
  /** Resolves when the server should stop (SIGINT / SIGTERM). */
  stopped: Promise<void>;
}

export async function runServe(args: ServeArgs): Promise<CommandResult> {
  if (!existsSync(args.db)) throw new UsageError(`${args.db}: no archive here yet; run "mlreview ingest SOURCE" first (or pass --db FILE)`);
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new UsageError(`--port: expected 0–65535, found ${args.port}`);
  const db = openDb(args.db, { readonly: true });
  const errors: string[] = [];
  try {
    const { server, url } = await startWebServer(db, { port: args.port, onError: (err) => errors.push(err.stack ?? err.message) });
    args.announce(`mlreview: serving ${args.db} at ${url} (read-only; Ctrl-C stops it)`);
    await args.stopped;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(`--port ${args.port}: already in use; pick another port (or 0 for any free one)`);
    throw err;
  } finally {
    db.close();
  }
  return { stdout: '', stderr: errors.map((e) => `mlreview: while serving: ${e}\n`).join(''), exitCode: 0 };
}
