// A knowledge entry for a terminal: the same Markdown a reviewer reads in the repository, with headings
// set off, paragraphs wrapped, lists bulleted and diff examples coloured.
import { marked, type Token, type Tokens } from 'marked';
import type { Entry } from '../../knowledge/entry.js';
import type { Colors } from './colors.js';

export function drawEntry(entry: Entry, c: Colors, width = 100): string {
  const facts = [entry.severity, `confidence ${entry.confidence}`, entry.since ? `since ${entry.since}` : 'all releases',
    entry.until ? `until ${entry.until}` : '', entry.needsTarget ? 'needs a target tree' : '', entry.rule ? `rule ${entry.rule}` : '', entry.tags.length ? `tags ${entry.tags.join(', ')}` : '', entry.keys.length ? `said as ${entry.keys.join(', ')}` : '']
    .filter(Boolean).join(' · ');
  const out = [c.bold(`${entry.id} — ${entry.title}`), c.dim(facts), c.dim(entry.file), ''];
  for (const t of marked.lexer(entry.body)) out.push(...drawToken(t, c, width));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function drawToken(t: Token, c: Colors, width: number): string[] {
  switch (t.type) {
    case 'heading': {
      const h = t as Tokens.Heading;
      return h.depth <= 2 ? ['', c.bold(c.underline(h.text))] : ['', c.bold(h.text)];
    }
    case 'paragraph':
      return [...wrap(inline((t as Tokens.Paragraph).text, c), width), ''];
    case 'list':
      return [...(t as Tokens.List).items.flatMap((i) => wrap(inline(i.text, c), width - 4).map((l, k) => (k ? `    ${l}` : `  • ${l}`))), ''];
    case 'code':
      return [...drawCode(t as Tokens.Code, c), ''];
    default:
      return [];
  }
}

function drawCode(code: Tokens.Code, c: Colors): string[] {
  const label = code.lang ? [c.dim(`  [${code.lang}]`)] : [];
  const colour = (l: string) => (!code.lang?.startsWith('diff') ? l : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l);
  return [...label, ...code.text.split('\n').map((l) => `    ${colour(l)}`)];
}

const inline = (text: string, c: Colors) => text.replace(/`([^`]+)`/g, (_, s: string) => c.cyan(s)).replace(/\*\*([^*]+)\*\*/g, (_, s: string) => c.bold(s));

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && visible(line).length + 1 + visible(word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// eslint-disable-next-line no-control-regex
const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
