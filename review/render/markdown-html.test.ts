import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from './markdown-html.js';

describe('markdownToSafeHtml', () => {
  it('renders Markdown', () => {
    expect(markdownToSafeHtml('# Title\n\nUse `vm_flags_set()`, see [docs](https://docs.example.org/x).')).toBe(
      '<h1>Title</h1>\n<p>Use <code>vm_flags_set()</code>, see <a href="https://docs.example.org/x" rel="noreferrer noopener">docs</a>.</p>\n',
    );
  });

  it('drops scripts, event handlers, styles and javascript: links that marked passes through', () => {
    const out = markdownToSafeHtml('hi <script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a><style>body{}</style><iframe src="https://x.example"></iframe>');
    expect(out).not.toMatch(/<script|onerror|javascript:|<style|<iframe|<img/i);
    expect(out).toContain('hi');
  });
});
