import { describe, expect, it } from 'vitest';
import { archiveKind } from './archive-sources.js';

describe('archiveKind', () => {
  it.each([
    ['https://lists.example.org/pipermail/kexec/2025-September/015433.html', 'pipermail-page'],
    ['https://lists.example.org/pipermail/kexec/2025-September.txt.gz', 'pipermail-month'],
    ['https://lists.example.org/pipermail/kexec/2025-September.txt', 'pipermail-month'],
    ['https://lists.example.org/pipermail/kexec/', 'pipermail-index'],
    ['https://inbox.example.org/linux-mm/new.atom', 'public-inbox-feed'],
    ['https://inbox.example.org/all/20250915143414.GJ1024672@nvidia.com/t.mbox.gz', 'public-inbox-thread'],
    ['https://inbox.example.org/all/20250915143414.GJ1024672@nvidia.com/', 'public-inbox-thread'],
    ['https://example.org/downloads/series.mbox', 'mail-url'],
    ['saved/015433.html', 'pipermail-page'],
    ['saved/2025-September.txt.gz', 'pipermail-month'],
    ['saved/new.atom', 'public-inbox-feed'],
    ['lists/linux-mm.mbox', undefined],
    ['imap://me@mail.example.org/INBOX', undefined],
  ])('%s is %s', (spec, kind) => {
    expect(archiveKind(spec)).toBe(kind);
  });
});
