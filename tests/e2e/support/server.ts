// A tiny static HTTP server for the browser tests: serves a fixed map of paths to files on
// 127.0.0.1 at a random port (404 for anything else, e.g. the pages' images).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** let the browser keep the pages (no `cache-control: no-store`, which keeps a page out of Chromium's back/forward cache) */
  cacheable?: boolean;
}

export async function serveFiles(routes: Record<string, string>, options: ServeOptions = {}): Promise<StaticServer> {
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
  if (!options.cacheable) headers['cache-control'] = 'no-store';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = routes[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, headers).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end(`missing file: ${file}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
