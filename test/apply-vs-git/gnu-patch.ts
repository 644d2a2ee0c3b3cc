// GNU patch for the fuzz comparison: Debian's "patch" package, installed by test/setup/gnu-patch.sh when
// it is missing (as root), as the IMAP tests install Dovecot.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../setup/gnu-patch.sh', import.meta.url));

export function ensureGnuPatch(): void {
  const r = spawnSync('bash', [script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`GNU patch is needed for the fuzz comparison and ${join('test', 'setup', 'gnu-patch.sh')} could not install it: ${r.stderr.trim()}`);
}
