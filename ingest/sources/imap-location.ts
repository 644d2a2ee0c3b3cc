// IMAP source addresses and their passwords. `imap://USER@HOST[:PORT]/MAILBOX` is read over TLS (port 993)
// unless plain text is asked for, which is allowed only towards this machine: a password must never cross
// a network in the clear. The password comes from the environment or a netrc file, never from the URL.
import { SourceError } from './source-error.js';

export interface ImapLocation {
  /** The mailbox's canonical name, used as its key in the archive: imap://user@host:port/mailbox. */
  url: string;
  user: string;
  host: string;
  port: number;
  mailbox: string;
  /** Implicit TLS; false only for a loopback server when --insecure-plain was given. */
  secure: boolean;
}

export const isImapUrl = (spec: string) => /^imaps?:\/\//i.test(spec);

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

/** Parses an IMAP source; `insecurePlain` switches TLS off, for a loopback test server only. */
export function parseImapUrl(spec: string, insecurePlain = false): ImapLocation {
  let u: URL;
  try {
    u = new URL(spec);
  } catch {
    throw new SourceError('IMAP_URL', `${spec}: not an IMAP URL; expected imap://USER@HOST[:PORT]/MAILBOX`);
  }
  if (u.password) throw new SourceError('IMAP_URL', `${u.protocol}//${u.username}@${u.host}${u.pathname}: a password in the URL would end up in shell history; set MLREVIEW_IMAP_PASSWORD or use a netrc file`);
  const user = decodeURIComponent(u.username);
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  if (!user) throw new SourceError('IMAP_URL', `${spec}: no user; expected imap://USER@HOST[:PORT]/MAILBOX`);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (insecurePlain && !LOOPBACK.test(host)) {
    throw new SourceError('IMAP_URL', `${spec}: --insecure-plain is only for a server on this machine (127.0.0.1, ::1, localhost), not ${host}`);
  }
  const secure = !insecurePlain;
  const port = u.port ? Number(u.port) : secure ? 993 : 143;
  return { url: `imap://${encodeURIComponent(user)}@${host}:${port}/${mailbox}`, user, host, port, mailbox, secure };
}

interface NetrcEntry {
  machine?: string;
  login?: string;
  password?: string;
}

/** netrc(5): `machine HOST login USER password PASS` entries and a `default` one; macdef bodies are skipped. */
export function parseNetrc(text: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  const lines = text.split('\n');
  let current: NetrcEntry | undefined;
  for (let i = 0; i < lines.length; i++) {
    const tokens = lines[i].replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    for (let t = 0; t < tokens.length; t++) {
      const word = tokens[t];
      if (word === 'machine' || word === 'default') {
        current = word === 'machine' ? { machine: tokens[++t] } : {};
        entries.push(current);
      } else if (word === 'macdef') {
        while (i + 1 < lines.length && lines[i + 1].trim() !== '') i++; // a macro runs to the next blank line
        break;
      } else if ((word === 'login' || word === 'password' || word === 'account') && current) {
        const value = tokens[++t];
        if (word !== 'account') current[word] = value;
      }
    }
  }
  return entries;
}

/** The password for `loc`: MLREVIEW_IMAP_PASSWORD, else the netrc entry for its host (and user). */
export function imapPassword(loc: ImapLocation, env: NodeJS.ProcessEnv, netrcText: string | undefined): string {
  if (env.MLREVIEW_IMAP_PASSWORD) return env.MLREVIEW_IMAP_PASSWORD;
  const entries = netrcText ? parseNetrc(netrcText) : [];
  const match =
    entries.find((e) => e.machine === loc.host && (e.login === undefined || e.login === loc.user)) ??
    entries.find((e) => e.machine === undefined && (e.login === undefined || e.login === loc.user));
  if (match?.password) return match.password;
  throw new SourceError('IMAP_PASSWORD', `${loc.url}: no password for ${loc.user}@${loc.host}: set MLREVIEW_IMAP_PASSWORD or add "machine ${loc.host} login ${loc.user} password …" to your netrc file`);
}
