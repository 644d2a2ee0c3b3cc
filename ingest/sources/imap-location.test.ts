import { describe, expect, it } from 'vitest';
import { imapPassword, parseImapUrl, parseNetrc } from './imap-location.js';

describe('parseImapUrl', () => {
  it('reads user, host, port and mailbox, with TLS on port 993 by default', () => {
    expect(parseImapUrl('imap://reviewer@mail.example.org/lists/linux-mm')).toEqual({
      url: 'imap://reviewer@mail.example.org:993/lists/linux-mm',
      user: 'reviewer',
      host: 'mail.example.org',
      port: 993,
      mailbox: 'lists/linux-mm',
      secure: true,
    });
  });

  it('takes INBOX when no mailbox is named, and decodes escaped characters', () => {
    expect(parseImapUrl('imap://me%40example.org@mail.example.org:1993').mailbox).toBe('INBOX');
    expect(parseImapUrl('imap://me%40example.org@mail.example.org:1993/Linux%20MM')).toMatchObject({ user: 'me@example.org', port: 1993, mailbox: 'Linux MM' });
  });

  it('allows plain text only towards this machine', () => {
    expect(parseImapUrl('imap://test@127.0.0.1:14143/INBOX', true)).toMatchObject({ secure: false, port: 14143 });
    expect(parseImapUrl('imap://test@localhost/INBOX', true)).toMatchObject({ secure: false, port: 143 });
    expect(() => parseImapUrl('imap://test@mail.example.org/INBOX', true)).toThrow(/--insecure-plain is only for a server on this machine.*mail\.example\.org/);
  });

  it('refuses a password in the URL, and a URL without a user', () => {
    expect(() => parseImapUrl('imap://me:secret@mail.example.org/INBOX')).toThrow(/password in the URL/);
    expect(() => parseImapUrl('imap://me:secret@mail.example.org/INBOX')).not.toThrow(/secret/);
    expect(() => parseImapUrl('imap://mail.example.org/INBOX')).toThrow(/no user/);
  });
});

describe('netrc and passwords', () => {
  const netrc = [
    '# mail accounts',
    'machine mail.example.org login other password not-this-one',
    'machine mail.example.org',
    '  login reviewer',
    '  password s3cret',
    'macdef init',
    'machine inside.macro login reviewer password never',
    '',
    'default login anyone password fallback',
  ].join('\n');
  const loc = parseImapUrl('imap://reviewer@mail.example.org/INBOX');

  it('parses entries across lines and skips macro bodies', () => {
    expect(parseNetrc(netrc)).toEqual([
      { machine: 'mail.example.org', login: 'other', password: 'not-this-one' },
      { machine: 'mail.example.org', login: 'reviewer', password: 's3cret' },
      { login: 'anyone', password: 'fallback' },
    ]);
  });

  it('prefers MLREVIEW_IMAP_PASSWORD, then the entry for the host and user, then the default', () => {
    expect(imapPassword(loc, { MLREVIEW_IMAP_PASSWORD: 'from-env' }, netrc)).toBe('from-env');
    expect(imapPassword(loc, {}, netrc)).toBe('s3cret');
    expect(imapPassword(parseImapUrl('imap://anyone@elsewhere.example.org/INBOX'), {}, netrc)).toBe('fallback');
  });

  it('says where a password could come from when there is none', () => {
    expect(() => imapPassword(loc, {}, undefined)).toThrow(/no password for reviewer@mail\.example\.org: set MLREVIEW_IMAP_PASSWORD or add "machine mail\.example\.org login reviewer password …"/);
  });
});
