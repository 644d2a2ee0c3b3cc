// Where the archive lives: --db, else MLREVIEW_DB, else ${XDG_DATA_HOME:-~/.local/share}/mlreview/archive.db.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function archivePath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option) return option;
  if (env.MLREVIEW_DB) return env.MLREVIEW_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'mlreview', 'archive.db');
}
