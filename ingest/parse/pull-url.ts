// Pull requests as `git request-pull` writes them (git's git-request-pull.sh):
//   The following changes since commit <sha>:
//   ...
//   are available in the Git repository at:
//
//     git://git.kernel.org/pub/scm/linux/kernel/git/x/y.git tags/for-linus
//
// Mailers wrap the URL line and pad lines with spaces; patchwork copes with both, so do we.

const SINCE_COMMIT = /^\s*the following changes since commit/i;
const AVAILABLE_AT = /available in the git repository at:?\s*$/i;
const REPO_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|[\w.-]+@[\w.-]+:\S+)$/i;
const REF_NAME = /^[\w./+~^-]+$/;

/** `URL branch` (or just `URL`) of a pull request in lines[from, to), or undefined. */
export function findPullUrl(lines: string[], from: number, to: number): string | undefined {
  let since = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!since) {
      since = SINCE_COMMIT.test(line);
      continue;
    }
    if (!AVAILABLE_AT.test(line)) continue;
    let j = i + 1;
    while (j < to && j <= i + 3 && lines[j].trim() === '') j++;
    const url = j < to ? readUrlLine(lines, j, to) : undefined;
    if (url) return url;
  }
  return undefined;
}

function readUrlLine(lines: string[], at: number, to: number): string | undefined {
  const words = lines[at].trim().split(/\s+/);
  if (!REPO_URL.test(words[0])) return undefined;
  if (words.length > 1) return `${words[0]} ${words[1]}`;
  // A URL wrapped by the mailer: the ref sits alone at the start of the next line.
  const next = at + 1 < to ? lines[at + 1].trim() : '';
  if (next !== '' && REF_NAME.test(next) && !next.includes('://')) return `${words[0]} ${next}`;
  return words[0];
}
