// The pages of the real-browser clutter suite: corpus pages with clutter gold (../shared/gold), the
// seed and sample pages, served from 127.0.0.1 as static HTML that can reach nothing outside:
// gunzipped, with resource hints and meta refreshes taken out, and a Content-Security-Policy that
// runs no page script and loads nothing (inline styles only). The context also aborts any request
// that is not for the test server.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { bytesToHtml } from '../../../cli/decode';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';

export const SHARED = path.resolve('../shared');

/** No page script, no fetch, no image, font, frame or stylesheet from anywhere: inline styles only. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

export interface ClutterCase {
  name: string;
  /** the file on disk (.html or .html.gz) */
  file: string;
  /** snippets that must not be visible once Crux has cleaned the page */
  mustHide: string[];
  /** snippets that must stay visible */
  mustKeep: string[];
}

/** A case from a gold file (../shared/gold/<dir>/<file>.json). */
export function goldCase(goldPath: string): ClutterCase {
  const gold = JSON.parse(readFileSync(path.join(SHARED, 'gold', goldPath), 'utf8')) as {
    id: string; page: string; clutter: { must_hide: string[]; must_keep: string[] };
  };
  return { name: gold.id, file: path.join(SHARED, gold.page), mustHide: gold.clutter.must_hide, mustKeep: gold.clutter.must_keep };
}

/** The page's HTML as served (UTF-8): gunzipped, decoded as the command line decodes it, without resource hints or a meta refresh. */
export function servedHtml(file: string): Buffer {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const html = bytesToHtml(bytes, 'file')
    .replace(/<link\b[^>]*\brel=["']?(dns-prefetch|preconnect|prefetch|preload|prerender|modulepreload)\b[^>]*>/gi, '')
    .replace(/<meta\b[^>]*http-equiv=["']?refresh\b[^>]*>/gi, '');
  return Buffer.from(html, 'utf8');
}

export interface PageServer { origin: string; close: () => Promise<void> }

/** Serves `routes` (URL path → file) on 127.0.0.1 with the CSP above; 404 for anything else. */
export async function servePages(routes: Record<string, string>): Promise<PageServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    const file = routes[p];
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    try {
      const body = cache.get(p) ?? servedHtml(file);
      cache.set(p, body);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`missing file: ${file}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Aborts every http(s)/ws request of the context that is not for `origin`; returns the URLs it stopped. */
export async function blockOutside(context: BrowserContext, origin: string): Promise<string[]> {
  const stopped: string[] = [];
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin, (route) => {
    stopped.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return stopped;
}

/** Text folded as ../shared/tools/score.mjs folds it: accents, case, quotes, dashes, white space. */
export function fold(s: string): string {
  return String(s ?? '')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What the reader sees: the body's visible text (folded), whether the page scrolls, how many elements Crux marked. */
export async function pageState(page: Page): Promise<{ text: string; scrolls: boolean; marked: number; style: boolean }> {
  const s = await page.evaluate(() => {
    window.scrollTo(0, 0);
    const before = window.scrollY;
    window.scrollBy(0, 300);
    const scrolls = window.scrollY > before;
    window.scrollTo(0, 0);
    return {
      text: document.body.innerText,
      scrolls,
      marked: document.querySelectorAll('[data-crux-hidden]').length,
      style: document.getElementById('crux-clean-style') !== null,
    };
  });
  return { ...s, text: fold(s.text) };
}

/** Sends a message to the content script of the tab showing `url` (through the extension's service worker). */
export async function tellContentScript(worker: Worker, url: string, message: { type: string }): Promise<unknown> {
  return worker.evaluate(async ({ want, msg }) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).chrome;
    const tabs: Array<{ id?: number }> = await api.tabs.query({});
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        // the tab's URL is not visible to the extension without the "tabs" permission: ask the page
        const report = await api.tabs.sendMessage(t.id, { type: 'crux:get' }, { frameId: 0 });
        if (report?.url === want) return await api.tabs.sendMessage(t.id, msg, { frameId: 0 });
      } catch { /* no content script in that tab */ }
    }
    return null;
  }, { want: url, msg: message });
}
