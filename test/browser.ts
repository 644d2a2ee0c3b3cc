// Headless Debian Chromium for end-to-end tests, driven by playwright-core. Chromium's own network chatter is
// switched off: this machine has no internet, and the tests only ever talk to 127.0.0.1. Playwright gives
// every launch a fresh profile of its own.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot } from './run-cli.js';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = execFileSync(join(repoRoot, 'test', 'setup', 'chromium.sh')).toString().trim();
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
