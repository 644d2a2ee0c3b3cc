// Parses `mlreview search` queries: plain words, "quoted phrases", and from:/subject:/file: prefixes.

export interface SearchQuery {
  /** Words and phrases matched against subject, author and body. */
  text: string[];
  from: string[];
  subject: string[];
  /** Path fragments matched against the files a patch touches. */
  file: string[];
}

const TOKEN = /(\w+:)?("([^"]*)"|\S+)/g;

export function parseSearchQuery(query: string): SearchQuery {
  const q: SearchQuery = { text: [], from: [], subject: [], file: [] };
  for (const m of query.matchAll(TOKEN)) {
    const prefix = m[1]?.slice(0, -1).toLowerCase();
    const value = m[3] ?? m[2];
    if (!value) continue;
    if (prefix === 'from' || prefix === 'subject' || prefix === 'file') q[prefix].push(value);
    else q.text.push(m[1] ? m[0] : value);
  }
  return q;
}

/** An FTS5 string literal: every term is quoted, so user input is never FTS syntax. */
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The MATCH expression for the text parts of a query, or undefined when there are none. */
export function ftsExpression(q: SearchQuery): string | undefined {
  const parts = [
    ...q.text.map(phrase),
    ...q.from.map((f) => `author : ${phrase(f)}`),
    ...q.subject.map((s) => `subject : ${phrase(s)}`),
  ];
  return parts.length ? parts.join(' AND ') : undefined;
}
