// A patch's diff as HTML, with notes (findings, review points) shown right under the line they concern:
// post-image lines by their new line number, removed lines by their old one.
import type { FileDiff } from '../core/patch.js';
import { html, type SafeHtml } from './html.js';

export interface LineNote {
  file: string;
  line: number;
  side: 'new' | 'old';
  html: SafeHtml;
}

const key = (file: string, side: 'new' | 'old', line: number) => `${side}\u0000${line}\u0000${file}`;

function fileLines(f: FileDiff, notes: Map<string, SafeHtml[]>): SafeHtml[] {
  const path = f.newPath ?? f.oldPath ?? '';
  const out: SafeHtml[] = [];
  const take = (side: 'new' | 'old', n: number) => {
    const k = key(path, side, n);
    const found = notes.get(k) ?? [];
    notes.delete(k);
    return found;
  };
  for (const h of f.hunks) {
    out.push(html`<div class="hunk">@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@${h.section}</div>`);
    let oldNo = h.oldStart;
    let newNo = h.newStart;
    for (const line of h.lines) {
      const mark = line[0];
      if (mark === '\\') continue;
      const kind = mark === '+' ? 'add' : mark === '-' ? 'del' : 'ctx';
      const shown = kind === 'del' ? oldNo : newNo;
      out.push(html`<div class="line ${kind}" id="${path}:${kind === 'del' ? 'o' : 'n'}${shown}"><span class="no">${shown}</span>${line}</div>`);
      if (kind === 'del') out.push(...take('old', oldNo++));
      else {
        out.push(...take('new', newNo));
        if (kind === 'ctx') oldNo++;
        newNo++;
      }
    }
  }
  return out;
}

/** The diff, each file in a box; notes whose line is outside every hunk come back in `unplaced`. */
export function diffView(files: FileDiff[], notes: LineNote[]): { html: SafeHtml; unplaced: LineNote[] } {
  const byLine = new Map<string, SafeHtml[]>();
  for (const n of notes) byLine.set(key(n.file, n.side, n.line), [...(byLine.get(key(n.file, n.side, n.line)) ?? []), n.html]);
  const boxes = files.map((f) => {
    const title = f.status === 'renamed' ? `${f.oldPath} → ${f.newPath}` : (f.newPath ?? f.oldPath ?? '');
    const body = f.binary ? [html`<div class="hunk">binary file, not shown</div>`] : fileLines(f, byLine);
    return html`<div class="diff"><div class="file">${title} <span class="dim">${f.status}, +${f.added} −${f.removed}</span></div>${body}</div>`;
  });
  const left = new Set(byLine.keys());
  return { html: html`${boxes}`, unplaced: notes.filter((n) => left.has(key(n.file, n.side, n.line))) };
}
