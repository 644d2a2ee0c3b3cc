// A pipermail list index (`<base>/pipermail/<list>/`) links each month's archive as `<yyyy-Month>.txt.gz`
// (or `.txt` for small months). Newest first, as the index lists them.

const MONTH_FILE = /href="((\d{4})-([A-Za-z]+)\.txt(?:\.gz)?)"/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Absolute URLs of the monthly archives an index page links, newest month first. */
export function pipermailMonths(html: string, indexUrl: string): string[] {
  const base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
  const found = new Map<string, { url: string; order: number }>();
  for (const m of html.matchAll(MONTH_FILE)) {
    const order = Number(m[2]) * 12 + MONTHS.indexOf(m[3]);
    const key = `${m[2]}-${m[3]}`;
    // Both .txt and .txt.gz may be linked: the gzipped one is smaller to fetch.
    if (!found.has(key) || m[1].endsWith('.gz')) found.set(key, { url: new URL(m[1], base).href, order });
  }
  return [...found.values()].sort((a, b) => b.order - a.order).map((m) => m.url);
}
