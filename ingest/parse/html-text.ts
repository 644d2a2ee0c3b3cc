// Crude HTML → text, the last resort for mail that has no text/plain part at all. Lists reject such mail
// (Documentation/process/email-clients.rst), so this only needs to make it searchable, not pretty.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

// Tags after which the text continues on a new line.
const BREAKS = new Set(['br', 'p', '/p', 'div', '/div', 'tr', '/tr', 'li', '/li', 'pre', '/pre', 'blockquote', '/blockquote', 'h1', 'h2', 'h3', '/h1', '/h2', '/h3']);

const STARTS_TAG = /^[a-zA-Z\/!]$/;

function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length && /[a-zA-Z0-9/]/.test(tag[end])) end++;
  return tag.slice(0, end).toLowerCase();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Drop tags, `<style>` and `<script>` contents and comments; keep line structure; decode entities. */
export function htmlToText(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    if (!STARTS_TAG.test(html[open + 1] ?? '')) {
      out += '<'; // `a < b`: a tag starts with a letter, `/` or `!`
      at = open + 1;
      continue;
    }
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      out += html.slice(open); // a lone `<` is text
      break;
    }
    const name = tagName(html.slice(open + 1, Math.min(close, open + 20)));
    at = close + 1;
    if (name === 'style' || name === 'script') {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = at;
      const end = closing.exec(html)?.index ?? -1;
      at = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
    }
    if (BREAKS.has(name)) out += '\n';
  }
  const text = decodeEntities(
    out
      .split('\n')
      .map((line) => line.trim())
      .join('\n'),
  );
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
