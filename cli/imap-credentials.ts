// The CLI's edge for IMAP passwords: the environment and the netrc file ($NETRC, else ~/.netrc) are read
// here, so the ingest code takes a plain function and never touches either.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { imapPassword, type ImapLocation } from '../ingest/sources/imap-location.js';

function readNetrc(env: NodeJS.ProcessEnv): string | undefined {
  try {
    return readFileSync(env.NETRC ?? join(homedir(), '.netrc'), 'utf8');
  } catch {
    return undefined;
  }
}

export function imapPasswords(env: NodeJS.ProcessEnv): (location: ImapLocation) => string {
  return (location) => imapPassword(location, env, readNetrc(env));
}
