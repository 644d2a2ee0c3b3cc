import { describe, expect, it } from 'vitest';
import { configCandidates, parseSyncConfig } from './sync-config.js';

const toml = `
db = "~/mail/review.db"

[[source]]
name = "linux-mm"
url = "imap://reviewer@mail.example.org/lists/linux-mm"

[[source]]
url = "https://lists.example.org/pipermail/kexec/"
months = 2

[track]
series = ["cover.1757322000.git.ada@example.org"]

[fetch]
interval-ms = 2000
timeout-s = 10
`;

describe('parseSyncConfig', () => {
  it('reads TOML and JSON into the same shape', () => {
    const fromToml = parseSyncConfig(toml, 'mlreview.toml');
    const fromJson = parseSyncConfig(JSON.stringify(fromToml), 'mlreview.json');
    expect(fromJson).toEqual(fromToml);
    expect(fromToml.source.map((s) => s.url)).toEqual(['imap://reviewer@mail.example.org/lists/linux-mm', 'https://lists.example.org/pipermail/kexec/']);
    expect(fromToml.source[1].months).toBe(2);
    expect(fromToml.track?.series).toEqual(['cover.1757322000.git.ada@example.org']);
  });

  it('names the file and every key that is wrong', () => {
    const bad = '[[source]]\nurl = 3\n\n[[source]]\nurl = "x"\nmonth = 2\n';
    expect(() => parseSyncConfig(bad, 'conf/mlreview.toml')).toThrow(/^conf\/mlreview\.toml: source\[0\]\.url: .*string.*; source\[1\]: .*month/);
  });

  it('asks for at least one source, and says when the file is not TOML or JSON at all', () => {
    expect(() => parseSyncConfig('db = "x"\n', 'mlreview.toml')).toThrow(/mlreview\.toml: source: /);
    expect(() => parseSyncConfig('[[source]\nurl=', 'mlreview.toml')).toThrow(/^mlreview\.toml: not valid TOML: /);
    expect(() => parseSyncConfig('{"source": [', 'mlreview.json')).toThrow(/^mlreview\.json: not valid JSON: /);
  });
});

describe('configCandidates', () => {
  it('looks in the working folder first, then in the XDG configuration folder', () => {
    expect(configCandidates('/work', { XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toEqual([
      '/work/mlreview.toml',
      '/work/mlreview.json',
      '/cfg/mlreview/config.toml',
      '/cfg/mlreview/config.json',
    ]);
    expect(configCandidates('/work', {}, '/home/me')[2]).toBe('/home/me/.config/mlreview/config.toml');
  });
});
