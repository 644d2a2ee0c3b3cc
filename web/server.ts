// The local web view: an HTTP server on 127.0.0.1 only, over a read-only connection to the archive (WAL lets
// an ingest write beside it). Pages carry no script; the Content-Security-Policy forbids any, and links never
// hand the archive's addresses to another site.
import { createServer, type Server } from 'node:http';
import type { Db } from '../ingest/archive/db.js';
import { ArchiveView } from './archive-view.js';
import { route, type Response } from './routes.js';

const SECURITY_HEADERS = {
  // No script at all, styles only from our own stylesheet, nothing framed, forms only to ourselves.
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

export interface ServeOptions {
  port: number;
  /** Only loopback addresses are served: the archive holds other people's mail. */
  host?: '127.0.0.1' | '::1';
  onError?: (err: Error) => void;
}

export async function startWebServer(db: Db, options: ServeOptions): Promise<{ server: Server; url: string }> {
  const view = new ArchiveView(db);
  const server = createServer((req, res) => {
    const send = (r: Response) => {
      res.writeHead(r.status, { 'content-type': `${r.type}; charset=utf-8`, ...SECURITY_HEADERS }).end(req.method === 'HEAD' ? undefined : r.body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send({ status: 405, type: 'text/html', body: 'read-only' });
    route(view, new URL(req.url ?? '/', 'http://localhost'))
      .then(send)
      .catch((err: Error) => {
        options.onError?.(err);
        send({ status: 500, type: 'text/html', body: 'internal error; see the server log' });
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as { port: number };
  // Summaries and findings are computed once, in the background, so that pages come from memory.
  view.warm().catch((err: Error) => options.onError?.(err));
  return { server, url: `http://${host === '::1' ? '[::1]' : host}:${port}/` };
}
