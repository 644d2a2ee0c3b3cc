// The frame of every page: title, navigation, the search box, and the stylesheet (served from /style.css,
// never inline, so the Content-Security-Policy can forbid inline styles and scripts alike).
import { html, type SafeHtml } from './html.js';

export function page(title: string, body: SafeHtml, options: { query?: string; crumbs?: Array<[string, string]> } = {}): string {
  const crumbs = options.crumbs ?? [];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · mlreview</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header>
  <nav><a class="home" href="/">mlreview</a>${crumbs.map(([label, link]) => html` › <a href="${link}">${label}</a>`)}</nav>
  <form class="search" action="/search" method="get" role="search">
    <a href="/kb">knowledge base</a>
    <input type="search" name="q" value="${options.query ?? ''}" placeholder="search: words, from:, subject:, file:" aria-label="search">
  </form>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}
