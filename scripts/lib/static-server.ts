/**
 * A small static file server for dist/ (tests and the benchmark), as a static host would serve it: /path/ serves
 * /path/index.html, unknown paths get 404.html with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface RunningServer {
  readonly origin: string;
  /** Sends every answer still held back (delayMs) now, so no request is left waiting. */
  answerHeldNow(): void;
  close(): Promise<void>;
}

/** Types a host would compress on the fly (Pagefind's own index files come compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.wasm']);

export interface ServeOptions {
  /** Compress as a host would (gzip). */
  readonly compress?: boolean;
  /** How long to hold each answer, in milliseconds, asked per request (a test's weak signal); 0 by default. */
  readonly delayMs?: (path: string) => number;
}

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<RunningServer> {
  const held = new Map<NodeJS.Timeout, () => void>();
  const server: Server = createServer((request, response) => {
    const wait = options.delayMs?.(new URL(request.url ?? '/', 'http://localhost').pathname) ?? 0;
    if (wait <= 0) {
      answer(request, response);
      return;
    }
    const send = () => {
      held.delete(timer);
      answer(request, response);
    };
    const timer = setTimeout(send, wait);
    held.set(timer, send);
  });
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    if (response.destroyed) return;
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(folder, decodeURIComponent(url.pathname)));
    if (!path.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      const notFound = join(folder, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const body = readFileSync(path);
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (options.compress && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
      response.end(gzipSync(body, { level: 6 }));
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server did not start.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    answerHeldNow() {
      for (const [timer, send] of [...held]) {
        clearTimeout(timer);
        send();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of held.keys()) clearTimeout(timer);
        held.clear();
        server.close(() => resolve());
        // Answers still held back (delayMs) are dropped, not waited for.
        server.closeAllConnections();
      }),
  };
}
