import { describe, expect, it } from 'vitest';
import { escapeHtml, href, html } from './html.js';

describe('html', () => {
  it('escapes every interpolated string, attribute quotes included', () => {
    const body = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    expect(html`<p title="${'"x" & \'y\''}">${body}</p>`.value).toBe(
      '<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;</p>',
    );
  });

  it('keeps html it made itself, in arrays too, and drops empty values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${false}${undefined}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('escapes the variable parts of a link', () => {
    expect(href`/patch/${'a/b?c#d@example.org'}`).toBe('/patch/a%2Fb%3Fc%23d%40example.org');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
