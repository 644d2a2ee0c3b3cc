// URL → page. Every route reads the archive through the view; an unknown path or id is a 404 page.
import type { ArchiveView } from './archive-view.js';
import { html } from './html.js';
import { page } from './layout.js';
import { kbEntryPage, kbListPage } from './pages/kb-page.js';
import { patchPage } from './pages/patch-page.js';
import { revisionPage } from './pages/revision-page.js';
import { searchPage } from './pages/search-page.js';
import { seriesListPage } from './pages/series-list-page.js';
import { seriesPage } from './pages/series-page.js';
import { threadPage } from './pages/thread-page.js';
import { STYLESHEET } from './style.js';

export interface Response {
  status: number;
  type: 'text/html' | 'text/css' | 'text/plain';
  body: string;
}

const ok = (body: string): Response => ({ status: 200, type: 'text/html', body });
const notFound = (what: string): Response => ({ status: 404, type: 'text/html', body: page('Not found', html`<p>${what}</p><p><a href="/">All series</a></p>`) });

/** Path segments, URL-decoded: ids may hold any character a message-id can. */
function segments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean).map(decodeURIComponent);
}

export async function route(view: ArchiveView, url: URL): Promise<Response> {
  const parts = segments(url.pathname);
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return ok(await seriesListPage(view, Math.max(1, Number(url.searchParams.get('page')) || 1)));
  if (first === 'style.css' && parts.length === 1) return { status: 200, type: 'text/css', body: STYLESHEET };
  // For scripts and benchmarks: whether summaries and findings are still being computed after a start.
  if (first === 'status' && parts.length === 1) return { status: 200, type: 'text/plain', body: view.warming ? 'warming\n' : 'ready\n' };
  if (first === 'search' && parts.length === 1) return ok(searchPage(view, url.searchParams.get('q') ?? ''));
  if (first === 'series' && parts.length === 2) {
    const body = await seriesPage(view, second);
    return body ? ok(body) : notFound(`No series ${second} in the archive.`);
  }
  if (first === 'series' && third === 'v' && parts.length === 4) {
    const body = await revisionPage(view, second, fourth);
    return body ? ok(body) : notFound(`Series ${second} has no revision ${fourth}.`);
  }
  if (first === 'patch' && parts.length === 2) {
    const body = await patchPage(view, second);
    return body ? ok(body) : notFound(`No patch <${second}> in the archive.`);
  }
  if (first === 'kb' && parts.length === 1) return ok(await kbListPage());
  if (first === 'kb' && parts.length === 2) {
    const body = await kbEntryPage(second);
    return body ? ok(body) : notFound(`No knowledge-base entry ${second}.`);
  }
  if (first === 'thread' && parts.length === 2) {
    const body = threadPage(view, second);
    return body ? ok(body) : notFound(`No message <${second}> in the archive.`);
  }
  return notFound(`Nothing at ${url.pathname}.`);
}
