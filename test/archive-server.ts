// A local HTTP server standing in for a list archive in tests: it serves what a test puts at a path, answers
// conditional requests with 304, counts requests, and can fail or stall on purpose.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';

interface Route {
  body: Buffer;
  type: string;
  /** Answer this many requests with 503 before serving. */
  failures: number;
  /** Wait this long before answering. */
  delayMs: number;
}

export class ArchiveServer {
  readonly requests = new Map<string, number>();
  private readonly routes = new Map<string, Route>();
  private constructor(
    private readonly server: Server,
    readonly base: string,
  ) {}

  static async start(): Promise<ArchiveServer> {
    let self: ArchiveServer | undefined;
    const server = createServer((req, res) => self!.answer(req.url ?? '/', req.headers['if-none-match'], res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    self = new ArchiveServer(server, `http://127.0.0.1:${port}`);
    return self;
  }

  put(path: string, body: string | Buffer, options: { type?: string; failures?: number; delayMs?: number } = {}): string {
    this.routes.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), type: options.type ?? 'text/html', failures: options.failures ?? 0, delayMs: options.delayMs ?? 0 });
    return `${this.base}${path}`;
  }

  count(path: string): number {
    return this.requests.get(path) ?? 0;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(url: string, ifNoneMatch: string | undefined, res: import('node:http').ServerResponse): void {
    const path = decodeURIComponent(url.split('?')[0]);
    this.requests.set(path, (this.requests.get(path) ?? 0) + 1);
    const route = this.routes.get(path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const send = () => {
      if (route.failures > 0) {
        route.failures--;
        return void res.writeHead(503).end('busy');
      }
      const etag = `"${createHash('sha1').update(route.body).digest('hex')}"`;
      if (ifNoneMatch === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': route.type, etag }).end(route.body);
    };
    if (route.delayMs > 0) setTimeout(send, route.delayMs);
    else send();
  }
}
