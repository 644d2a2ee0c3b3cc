import { describe, expect, it } from 'vitest';
import { extractLinkedMessageIds } from './links.js';

describe('extractLinkedMessageIds', () => {
  it('finds message-ids in lore-style and patch.msgid.link URLs, percent-decoded', () => {
    const body = [
      'v1: https://lore.example.org/all/cover.1757329751.git.ann@example.org/',
      'v2: https://lore.example.org/linux-mm/20250101-foo-v2-0-abc%40example.org/T/#u',
      'Link: https://patch.msgid.link/r/a1b2@host.example',
      'not an id: https://example.org/docs/index.html',
    ].join('\n');
    expect(extractLinkedMessageIds(body)).toEqual([
      'cover.1757329751.git.ann@example.org',
      '20250101-foo-v2-0-abc@example.org',
      'a1b2@host.example',
    ]);
  });
});
