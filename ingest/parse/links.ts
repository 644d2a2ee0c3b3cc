// Message-ids that a body points to: lore-style archive links and `Link:`/`Message-ID:` lines. A cover
// letter that links to its previous version is the strongest evidence for revision lineage.

// https://host/list/<msgid>/ and https://host/r/<msgid>; the id is percent-encoded and contains an `@`.
const ARCHIVE_LINK = /https?:\/\/[^\s/<>"]+\/(?:[A-Za-z0-9._-]+\/)?([^\s/<>"]*(?:@|%40)[^\s/<>"#?]+)/g;

export function extractLinkedMessageIds(body: string): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(ARCHIVE_LINK)) {
    let id = m[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      // a stray `%` in a URL: keep the id as written
    }
    id = id.replace(/^<|>$/g, '').replace(/[.,;:)\]]+$/, '');
    if (/^[^@\s]+@[^@\s]+$/.test(id)) found.add(id);
  }
  return [...found];
}
