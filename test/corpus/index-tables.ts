// Reads the hand-written tables of lkml-mm/INDEX.md: per series, the versions found and every message with
// its kind and trailers. The corpus suite checks our archive against them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lkmlRoot } from './corpus-paths.js';

export interface VersionRow {
  version: string;
  coverFile: string;
  subject: string;
  messageId: string;
  patchesFound: number;
  total: number;
  replies: number;
}

export interface MessageRow {
  file: string;
  messageId: string;
  inReplyTo: string | null;
  from: string;
  subject: string;
  kind: string;
  trailers: string;
}

export interface SeriesTables {
  slug: string;
  versions: VersionRow[];
  messages: MessageRow[];
}

const cells = (line: string) => line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
const unquote = (s: string) => s.replace(/^`|`$/g, '').replace(/^<|>$/g, '');

function tableAfter(lines: string[], heading: string, from: number): string[][] {
  const at = lines.findIndex((l, i) => i >= from && l.startsWith(heading));
  if (at < 0) return [];
  const start = lines.findIndex((l, i) => i > at && l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
  return rows;
}

export function readIndexTables(): SeriesTables[] {
  const lines = readFileSync(join(lkmlRoot, 'INDEX.md'), 'utf8').split('\n');
  const out: SeriesTables[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('## Series ')) return;
    const slugLine = lines.slice(i, i + 6).join(' ');
    const slug = /Slug `([^`]+)`/.exec(slugLine)?.[1];
    if (!slug) return;
    const versions = tableAfter(lines, '### Versions found', i).map((c) => {
      const [found, total] = c[4].split('/').map(Number);
      const m = /^`([^`]+)`\s*(.*)$/.exec(c[1]);
      return { version: c[0], coverFile: m?.[1] ?? '', subject: m?.[2] ?? '', messageId: unquote(c[2]), patchesFound: found, total, replies: Number(c[5]) };
    });
    const messages = tableAfter(lines, '### Messages', i).map((c) => ({
      file: unquote(c[0]),
      messageId: unquote(c[1]),
      inReplyTo: c[2] === '—' ? null : unquote(c[2]),
      from: c[3],
      subject: c[5],
      kind: c[6],
      trailers: c[7],
    }));
    out.push({ slug, versions, messages });
  });
  return out;
}
