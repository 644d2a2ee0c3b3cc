import { describe, expect, it } from 'vitest';
import { findPullUrl } from './pull-url.js';

const find = (text: string) => {
  const lines = text.split('\n');
  return findPullUrl(lines, 0, lines.length);
};

describe('findPullUrl', () => {
  const head = 'The following changes since commit 0123456789abcdef:\n\n  v6.7 (2024-01-07)\n\n';

  it('reads URL and branch, skipping the blank line after "at:"', () => {
    expect(find(`${head}are available in the Git repository at:\n\n  git://git.example.org/w.git for-linus\n`))
      .toBe('git://git.example.org/w.git for-linus');
  });

  it('reads scp-like addresses and a URL with no branch', () => {
    expect(find(`${head}are available in the git repository at:\n  git@git.example.org:w.git tags/v1\n`))
      .toBe('git@git.example.org:w.git tags/v1');
    expect(find(`${head}are available in the git repository at:\n\n  https://git.example.org/w.git\n\nfor you to fetch changes up to x:\n`))
      .toBe('https://git.example.org/w.git');
  });

  it('joins a ref wrapped onto the next line, but not a sentence', () => {
    expect(find(`${head}are available in the git repository at:\n\n  https://git.example.org/w.git/\ntags/w-6.8\n`))
      .toBe('https://git.example.org/w.git/ tags/w-6.8');
    expect(find(`${head}are available in the git repository at:\n\n  https://git.example.org/w.git\nfor you to fetch\n`))
      .toBe('https://git.example.org/w.git');
  });

  it('finds nothing without a URL or without the request-pull preamble', () => {
    expect(find(`${head}are available in the git repository at:\n\n  somewhere on my laptop\n`)).toBeUndefined();
    expect(find('are available in the git repository at:\n\n  git://git.example.org/w.git x\n')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });
});
