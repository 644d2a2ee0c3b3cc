// Reads one entry file: `---` front matter, then Markdown sections (## Message, ## Rationale,
// ## References, ## False positives, ## Matcher, ## Examples) split with marked's lexer.
import { marked, type Token, type Tokens } from 'marked';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../core/finding.js';
import type { Entry, Example, MatcherRef } from './entry.js';
import { parseKernelVersion } from './kernel-version.js';
import { invalidEntry } from './knowledge-error.js';
import { parsePattern } from './pattern-matcher.js';

const REQUIRED = ['id', 'title', 'severity', 'confidence'] as const;
const KNOWN = new Set([...REQUIRED, 'since', 'until', 'needs-target', 'rule', 'tags', 'keys']);
const SECTIONS = ['message', 'rationale', 'references', 'false positives', 'matcher', 'examples'];

export function parseEntryFile(text: string, file: string): Entry {
  const { fields, body } = splitFrontMatter(text.replace(/\r\n/g, '\n'), file);
  const sections = splitSections(marked.lexer(body), file);
  const meta = checkFields(fields, file);
  return {
    ...meta,
    message: plain(sections.get('message')!, file, 'Message'),
    rationale: sections.get('rationale')!.map((t) => t.raw).join('').trim(),
    references: listItems(sections.get('references')!, file, 'References'),
    falsePositives: listItems(sections.get('false positives')!, file, 'False positives'),
    matcher: matcherOf(sections.get('matcher')!, file),
    examples: examplesOf(sections.get('examples')!, file),
    file,
    body,
  };
}

function splitFrontMatter(text: string, file: string): { fields: Map<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw invalidEntry(file, 'expected front matter between two "---" lines at the top');
  const fields = new Map<string, string>();
  for (const line of m[1].split('\n')) {
    if (!line.trim()) continue;
    const kv = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (!kv) throw invalidEntry(file, `front matter line "${line}": expected "key: value"`);
    if (!KNOWN.has(kv[1] as never)) throw invalidEntry(file, `front matter: unknown key "${kv[1]}" (expected ${[...KNOWN].join(', ')})`);
    fields.set(kv[1], kv[2].trim());
  }
  return { fields, body: text.slice(m[0].length) };
}

function checkFields(f: Map<string, string>, file: string) {
  for (const k of REQUIRED) if (!f.get(k)) throw invalidEntry(file, `front matter: "${k}" is missing`);
  const id = f.get('id')!;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw invalidEntry(file, `id "${id}": expected lower-case words joined by hyphens`);
  const severity = f.get('severity') as Severity;
  if (!SEVERITIES.includes(severity)) throw invalidEntry(file, `severity "${severity}": expected ${SEVERITIES.join(', ')}`);
  const confidence = f.get('confidence') as Confidence;
  if (!CONFIDENCES.includes(confidence)) throw invalidEntry(file, `confidence "${confidence}": expected ${CONFIDENCES.join(', ')}`);
  for (const k of ['since', 'until']) if (f.get(k)) parseKernelVersion(f.get(k)!, `${file}: ${k}`);
  const tags = listField(f.get('tags'));
  const needsTarget = f.get('needs-target') ?? 'false';
  if (needsTarget !== 'true' && needsTarget !== 'false') throw invalidEntry(file, `needs-target "${needsTarget}": expected true or false`);
  return { id, title: f.get('title')!, severity, confidence, since: f.get('since'), until: f.get('until'), needsTarget: needsTarget === 'true', rule: f.get('rule'), tags, keys: listField(f.get('keys')) };
}

/** `[a, b c, d]` → ['a', 'b c', 'd']. */
const listField = (value: string | undefined): string[] => (value ?? '').replace(/^\[|\]$/g, '').split(',').map((t) => t.trim()).filter(Boolean);

function splitSections(tokens: Token[], file: string): Map<string, Token[]> {
  const sections = new Map<string, Token[]>();
  let current: Token[] | undefined;
  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth === 2) {
      const name = (t as Tokens.Heading).text.trim().toLowerCase();
      if (!SECTIONS.includes(name)) throw invalidEntry(file, `section "## ${(t as Tokens.Heading).text}": expected one of ${SECTIONS.join(', ')}`);
      sections.set(name, (current = []));
    } else current?.push(t);
  }
  const missing = SECTIONS.filter((s) => !sections.has(s));
  if (missing.length) throw invalidEntry(file, `missing section${missing.length > 1 ? 's' : ''} ${missing.map((s) => `"## ${s[0].toUpperCase()}${s.slice(1)}"`).join(', ')}`);
  return sections;
}

function plain(tokens: Token[], file: string, section: string): string {
  const text = tokens.filter((t) => t.type === 'paragraph').map((t) => (t as Tokens.Paragraph).text).join(' ').replace(/\s+/g, ' ').trim();
  if (!text) throw invalidEntry(file, `## ${section}: expected a one-line message, found none`);
  return text;
}

function listItems(tokens: Token[], file: string, section: string): string[] {
  const list = tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
  if (!list) throw invalidEntry(file, `## ${section}: expected a bulleted list`);
  return list.items.map((i) => i.text.replace(/\s+/g, ' ').trim());
}

function matcherOf(tokens: Token[], file: string): MatcherRef {
  const block = tokens.find((t) => t.type === 'code' && (t as Tokens.Code).lang?.split(/\s/)[0] === 'matcher') as Tokens.Code | undefined;
  if (!block) throw invalidEntry(file, '## Matcher: expected a ```matcher block');
  const use = /^\s*use:\s*([a-z0-9-]+)\s*$/.exec(block.text);
  return use ? { kind: 'named', name: use[1] } : { kind: 'pattern', spec: parsePattern(block.text, file), text: block.text };
}

function examplesOf(tokens: Token[], file: string): Example[] {
  const examples: Example[] = [];
  let title = '';
  for (const t of tokens) {
    if (t.type === 'heading') title = (t as Tokens.Heading).text.trim();
    if (t.type !== 'code' || !(t as Tokens.Code).lang?.startsWith('diff')) continue;
    const words = ((t as Tokens.Code).lang ?? '').split(/\s+/);
    const kind = words.find((w) => w === 'bad' || w === 'good');
    if (!kind) throw invalidEntry(file, `example "${title}": the fence must say \`\`\`diff bad or \`\`\`diff good`);
    const target = words.find((w) => w.startsWith('target='))?.slice(7);
    examples.push({ kind, title, diff: (t as Tokens.Code).text, target: target ? parseKernelVersion(target, `${file}: example "${title}"`) : undefined });
  }
  return examples;
}
