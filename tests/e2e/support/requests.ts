// Request records for the privacy tests ("no request ever leaves the extension"): a recording
// proxy that a whole browser can be pointed at, and the check that a list of requested URLs holds
// only the test page's own and the extension's own.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** every request the browser sent through the proxy, as `METHOD url` (`CONNECT host:port` for TLS and tunnels) */
  seen: string[];
  close: () => Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that logs every request a browser sends through it: plain HTTP by
 * absolute URL, HTTPS and anything tunnelled as `CONNECT host:port`, WebSocket upgrades too. It
 * passes on requests for `origin` (the test server) and refuses everything else, so nothing
 * reaches the network whatever happens.
 */
export async function startRecordingProxy(origin: string): Promise<RecordingProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(`${req.method ?? 'GET'} ${url}`);
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      /* not an absolute URL: not a proxy request */
    }
    if (!target || target.origin !== origin) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req, socket: Socket) => {
    seen.push(`UPGRADE ${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The URL of a proxy log line (`GET http://…`, `CONNECT host:443`). */
export function proxiedUrl(line: string): string {
  const [method, target = ''] = line.split(' ');
  return method === 'CONNECT' ? `https://${target}/` : target;
}

/**
 * The requests in `urls` that are neither under one of `allowed` (the test page's origin, the
 * extension's own `chrome-extension://ID/` or `moz-extension://UUID/`) nor inline data that never
 * touches the network (`data:`, `blob:`, `about:`: the seed page inlines a font as data:).
 */
export function foreignRequests(urls: string[], allowed: string[]): string[] {
  return urls.filter((u) => !/^(data|blob|about):/i.test(u) && !allowed.some((a) => u.startsWith(a)));
}
