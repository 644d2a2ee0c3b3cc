// Attribution lines: the "who wrote this" line a mail client puts above a quote. The styles seen on the
// kernel lists: mutt's "On Mon, Sep 15, 2025 at 02:51:52PM +0100, X wrote:", Thunderbird's
// "On 12.06.25 17:28, X wrote:", claws/Evolution's "X <addr> wrote:", Liam Howlett's mutt setting
// "* X <addr> [250915 10:11]:", Andrew Morton's "On Wed, 10 Sep 2025 21:21:55 +0100 X <addr> wrote:",
// and "Quoting X (2025-09-15 10:11:00)". Long ones wrap onto a second line.

export interface Attribution {
  name: string;
  email: string | null;
  /** The date as written, when the style carries one. */
  date: string | null;
}

const ADDRESS = /<([^<>\s]+@[^<>\s]+)>/;
const STAR_STYLE = /^\*\s+(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*\[(\d{6}\s+\d{1,2}:\d{2})\]:\s*$/;
const QUOTING_STYLE = /^Quoting\s+(.+?)\s*(?:\((.+)\))?:?\s*$/;
// The date part ends at the last time of day, zone or year; the name follows it.
const DATE_END = /(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*[+-]\d{4})?(?:\s*\([A-Z]{2,5}\))?|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)/gi;

function cleanName(raw: string): string {
  return raw
    .replace(ADDRESS, '')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/^at\s+/i, '')
    .replace(/^"(.*)"$/, '$1')
    .trim();
}

/** "On <date>, <name> [<addr>] wrote:" — the name is what follows the date. */
function parseOnWrote(text: string): Attribution | null {
  const m = /^On\s+(.+?)\s+wrote:\s*$/i.exec(text);
  if (!m) return null;
  const inner = m[1];
  const email = ADDRESS.exec(inner)?.[1] ?? null;
  let end = -1;
  let date: string | null = null;
  for (const d of inner.matchAll(DATE_END)) {
    end = (d.index ?? 0) + d[0].length;
    date = inner.slice(0, end).replace(/[\s,]+$/, '');
  }
  const name = cleanName(end >= 0 ? inner.slice(end) : inner.slice(inner.lastIndexOf(',') + 1));
  if (!name && !email) return null;
  return { name: name || (email ?? ''), email, date };
}

/** "<name> [<addr>] wrote:" or "writes:", kept short so a sentence ending in "wrote:" is not taken. */
function parseNameWrote(text: string): Attribution | null {
  const m = /^(.{1,80}?)\s+(?:wrote|writes|said):\s*$/i.exec(text);
  if (!m || /[.!?;]/.test(m[1].replace(ADDRESS, ''))) return null;
  const email = ADDRESS.exec(m[1])?.[1] ?? null;
  const name = cleanName(m[1]);
  // A name is a few words; "the patch above" is not one.
  if (name.split(/\s+/).length > 5 || /^(?:the|this|that|it|you|he|she|they|as|above|below)\b/i.test(name)) return null;
  return { name: name || (email ?? ''), email, date: null };
}

/** Every style ends in a colon except "Quoting X (date)": most lines are ruled out without a regex. */
const mayBeAttribution = (line: string) => line.endsWith(':') || line.startsWith('Quoting ');

/** Reads an attribution from the line(s) just above a quote; null when they are something else. */
export function parseAttribution(text: string): Attribution | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 200 || !mayBeAttribution(line)) return null;
  const star = STAR_STYLE.exec(line);
  if (star) return { name: cleanName(star[1]), email: star[2], date: star[3] };
  if (/^On\s/i.test(line)) return parseOnWrote(line);
  const quoting = QUOTING_STYLE.exec(line);
  if (quoting && quoting[1].split(/\s+/).length <= 6) {
    return { name: cleanName(quoting[1]), email: ADDRESS.exec(quoting[1])?.[1] ?? null, date: quoting[2] ?? null };
  }
  return parseNameWrote(line);
}

/**
 * Tries the last line above a quote, then the last two joined (wrapped attributions); returns the
 * attribution and how many lines it took.
 */
export function attributionAbove(lines: string[]): { attribution: Attribution; lineCount: number } | null {
  const n = lines.length;
  if (n === 0) return null;
  const one = parseAttribution(lines[n - 1]);
  // "<addr> wrote:" alone is the tail of a wrapped line that names the person.
  if (one && one.name !== one.email) return { attribution: one, lineCount: 1 };
  const two = n >= 2 ? parseAttribution(`${lines[n - 2]} ${lines[n - 1]}`) : null;
  if (two) return { attribution: two, lineCount: 2 };
  return one ? { attribution: one, lineCount: 1 } : null;
}
