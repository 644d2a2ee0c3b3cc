import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it('drops tags, style and comments, breaks at block tags, decodes entities', () => {
    const html = '<html><head><style>p { color: red; }</style></head><body><!-- x --><div>Hello &amp; welcome,<br>second line</div>\n<p>caf&#233; &lt;ok&gt; &#x2013; done</p></body></html>';
    expect(htmlToText(html)).toBe('Hello & welcome,\nsecond line\n\ncafé <ok> – done\n');
  });

  it('keeps a lone < as text and stays linear on unclosed tags', () => {
    expect(htmlToText('a < b and <b>bold</b>')).toBe('a < b and bold\n');
    const junk = '<'.repeat(100000);
    const t = performance.now();
    expect(htmlToText(junk)).toBe(`${junk}\n`);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
