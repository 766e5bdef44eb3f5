// The Chromium side of the benchmark: Debian's Chromium with the built extension
// (.output/chrome-mv3), corpus pages served from 127.0.0.1.
//   - page side: the content script's own timings (lib/page's extractMs + clutterMs, read back
//     through `crux:get`, as the popup reads them), against bare Readability run in
//     a load of its own, at DOMContentLoaded, before Crux's content script (both run once per
//     load, cold, as on a real visit; neither finds the page's caches warmed by the other);
//   - the gate: the same on the non-article fixtures;
//   - the popup: from the popup document's start (its performance.now() origin) until
//     [data-testid=state-ready] is in the DOM, recorded inside the popup by a MutationObserver,
//     three ways: "ahead" (the realistic path, which the target is judged on: a fresh load of the
//     page, the content script done and the background's analysis in the cache, then the popup
//     opened), "cold" (analysing ahead off, the cache (storage.session) cleared before each
//     opening: the popup computes), and "cached" (the cache kept). The popup's own steps are
//     User Timing marks (crux:<step>, entrypoints/popup/useCrux.ts), the background's are measures.
// The served pages lose their scripts (they are snapshots of pages already run; JSON-LD stays),
// and every host but 127.0.0.1 fails to resolve, so nothing waits on the network.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/support/chromium';
import { askContentScript } from '../tests/e2e/support/crux';
import { createRequire } from 'node:module';
import type { BenchPage } from './corpus';
import { median, round, summarize, type Summary } from './stats';
import type { Log } from './node';


export interface BrowserOptions {
  extensionDir: string;
  pages: BenchPage[];
  fixtures: BenchPage[];
  popupPages: BenchPage[];
  loads: number;
  popupOpenings: number;
  cachedOpenings: number;
}

export interface BrowserPageSample {
  id: string;
  isArticle: boolean;
  loads: number;
  /** medians over the loads: extractPage as the content script timed it (extract + clutter) */
  pageSideMs: number;
  extractMs: number;
  clutterMs: number;
  readabilityMs: number | null;
  ratio: number | null;
}

export interface PopupOpening {
  id: string;
  cached: boolean;
  /** 'cold': analysing ahead off, cache cleared (the popup computes); 'cached': storage.session hit;
   * 'ahead': a fresh load of the page with analysing ahead on, the popup opened once the background's analysis is in the cache;
   * 'early': the same, but the popup opened at the load event (the popup and the background race) */
  path: 'cold' | 'cached' | 'ahead' | 'early';
  /** the state it settled in */
  state: string | null;
  /** popup document start → state-ready in the DOM (the popup's own clock) */
  readyMs: number | null;
  /** … → the next animation frame after that (painted) */
  paintedMs: number | null;
  /** popup document start → the skeleton (state-analysing) in the DOM */
  skeletonMs: number | null;
  /** wall time from navigation (goto) until the test saw state-ready */
  wallMs: number;
  /** popup document start → DOMContentLoaded (its script loaded, compiled and run: the JS start-up) */
  scriptReadyMs: number | null;
  /** the popup's own User Timing marks (`crux:<step>` in entrypoints/popup/useCrux.ts), popup document start → step */
  steps: Record<string, number>;
}

export interface BrowserResult {
  chromium: string;
  pageSide: {
    pages: number;
    articles: number;
    loads: number;
    pageSide: Summary;
    readability: Summary;
    ratio: Summary;
    perPage: BrowserPageSample[];
  };
  gate: { worstMedianMs: number; pages: BrowserPageSample[] };
  popup: {
    pages: { id: string; words: number | null }[];
    cold: {
      readyMs: Summary; paintedMs: Summary; skeletonMs: Summary; scriptReadyMs: Summary; wallMs: Summary;
      /** the popup's own steps (crux:<step> marks), popup document start → step */
      steps: Record<string, Summary>;
    };
    cached: { readyMs: Summary; wallMs: Summary };
    /** the realistic path: page loaded, content script done, background analysed; then the popup opened */
    ahead: {
      readyMs: Summary;
      wallMs: Summary;
      /** load event → the background's analysis in the cache (test side, polled every 10 ms) */
      readyAheadMs: Summary;
      /** the background's own timings (User Timing measures in the service worker): the NLP chunk's start-up (when it was not loaded yet), the analysis */
      nlpStartUpMs: Summary;
      analyseMs: Summary;
    };
    /** the popup opened at the load event, analysing ahead on: whichever of the popup and the background is first */
    early: { readyMs: Summary; byBackground: number };
    openings: PopupOpening[];
  };
}

export type BrowserOutcome = BrowserResult | { skipped: string };

const SETTLED = '[data-testid^="state-"]:not([data-testid="state-analysing"])';

/**
 * Records when the popup's states appear, on the popup's own clock (runs before its scripts).
 * A string, not a function: tsx would wrap the inner function in a helper the page lacks.
 */
const POPUP_OBSERVER = `(() => {
  const marks = {};
  window.__cruxBench = marks;
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid^="state-"]');
    const id = el && el.getAttribute('data-testid');
    if (!id || id in marks) return;
    marks[id] = performance.now();
    if (id !== 'state-analysing') requestAnimationFrame(() => { marks.painted = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
})();`;

/** A page as served: its scripts removed (JSON-LD kept), so the snapshot does not run again. */
function servable(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?(?:refresh|content-security-policy)[^>]*>/gi, '');
}

async function serve(pages: Map<string, string>): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

interface Report {
  isArticle: boolean;
  timings: { extractMs: number; clutterMs: number };
  url: string;
}

/** The content script's `crux:get` answer for `url`, waiting until it has one (null on timeout). */
/** Polls the content script until it answers for `url` (its report), or null after `timeout`. */
async function reportFor(worker: Worker, url: string, timeout = 15_000): Promise<Report | null> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const r = await askContentScript(worker, url).catch(() => null);
    if (r) return r as unknown as Report;
    await new Promise((res) => setTimeout(res, 50));
  }
  return null;
}

/** Waits until the popup's cache (storage.session) holds an analysis of `url` (false on timeout). */
async function waitForCacheEntry(worker: Worker, url: string, timeout = 15_000): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const found = await worker.evaluate(async (u) => {
      const all = await (globalThis as any).chrome.storage.session.get(null);
      return Object.values(all).some((e: any) => e?.url === u);
    }, url).catch(() => false);
    if (found) return true;
    await new Promise((res) => setTimeout(res, 10));
  }
  return false;
}

/** The built extension in Chromium, every host but 127.0.0.1 unresolvable (nothing waits on the network). */
function launch(extensionDir: string) {
  return launchWithExtension({
    extensionDir,
    viewport: { width: 1024, height: 700 },
    extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

const require = createRequire(import.meta.url);

/** The query that makes a load a bare-Readability load (bareInitScript runs only there). */
const BARE_QUERY = '?crux-bench-bare';

/**
 * A page script (added before any of the page's own) that, on bare loads only, defines Readability
 * and runs it once on a clone of the document at DOMContentLoaded, cold (its own load, nothing of
 * Crux run yet: content scripts start at document_idle, after DOMContentLoaded), leaving the time
 * in window.__cruxBareMs.
 */
function bareInitScript(readabilitySrc: string): string {
  return `if (location.search === ${JSON.stringify(BARE_QUERY)}) {
${readabilitySrc}
addEventListener('DOMContentLoaded', () => {
  const t0 = performance.now();
  try { new Readability(document.cloneNode(true)).parse(); window.__cruxBareMs = performance.now() - t0; } catch { window.__cruxBareMs = null; }
}, { once: true });
}`;
}

export async function measureBrowser(opts: BrowserOptions, log: Log): Promise<BrowserOutcome> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} not found (apt-get install chromium)` };
  if (!existsSync(path.join(opts.extensionDir, 'manifest.json'))) return { skipped: `no built extension at ${opts.extensionDir}` };
  const readabilitySrc = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

  const routes = new Map<string, string>();
  const pathOf = new Map<BenchPage, string>();
  [...opts.pages, ...opts.fixtures, ...opts.popupPages].forEach((p, i) => {
    if (pathOf.has(p)) return;
    const route = `/${i}/${p.id.replace(/[^a-z0-9]+/gi, '-')}.html`;
    pathOf.set(p, route);
    routes.set(route, servable(p.html));
  });
  const { origin, server } = await serve(routes);
  const browser = await launch(opts.extensionDir);
  try {
    const version = browser.context.browser()?.version() ?? (await browser.worker.evaluate(() => navigator.userAgent));

    /** Loads `page` `loads` times in one tab; per load, Crux's own timings and a bare Readability run. */
    const measureLoads = async (tab: Page, p: BenchPage, loads: number): Promise<BrowserPageSample> => {
      const url = origin + pathOf.get(p)!;
      const side: number[] = [];
      const ex: number[] = [];
      const cl: number[] = [];
      const bare: number[] = [];
      let isArticle = false;
      for (let l = 0; l < loads; l++) {
        await tab.goto(url, { waitUntil: 'load' });
        const r = await reportFor(browser.worker, url);
        if (!r) throw new Error(`no answer from the content script on ${p.id}`);
        isArticle = r.isArticle;
        ex.push(r.timings.extractMs);
        cl.push(r.timings.clutterMs);
        side.push(r.timings.extractMs + r.timings.clutterMs);
        // bare Readability in a load of its own, run at DOMContentLoaded, before Crux's content
        // script (document_idle): neither run finds the page's caches warmed by the other
        await tab.goto(url + BARE_QUERY, { waitUntil: 'load' });
        const b = await tab.evaluate(() => (window as unknown as { __cruxBareMs?: number }).__cruxBareMs ?? null).catch(() => null);
        if (b !== null) bare.push(b);
      }
      const sm = median(side);
      const bm = bare.length ? median(bare) : null;
      return {
        id: p.id, isArticle, loads,
        pageSideMs: round(sm), extractMs: round(median(ex)), clutterMs: round(median(cl)),
        readabilityMs: bm === null ? null : round(bm), ratio: bm ? round(sm / bm) : null,
      };
    };

    // analysing ahead off until the popup's "ahead" row: the background's NLP would otherwise run
    // beside the page-side timings (and the bare Readability loads) on 2 cores
    const setAhead = (on: boolean) => browser.worker.evaluate((v) => (globalThis as any).chrome.storage.local.set({ 'crux:preanalyse': v }), on);
    await setAhead(false);
    const tab = await browser.context.newPage();
    await tab.addInitScript({ content: bareInitScript(readabilitySrc) });
    // warm-up: the browser's own first-load costs, not counted
    if (opts.pages[0]) await measureLoads(tab, opts.pages[0], 1).catch(() => undefined);
    const perPage: BrowserPageSample[] = [];
    for (const p of opts.pages) {
      try {
        perPage.push(await measureLoads(tab, p, opts.loads));
      } catch (e) {
        log(`  chromium: ${p.id} left out: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    log(`  chromium: page side on ${perPage.length} pages × ${opts.loads} loads done`);
    const gate: BrowserPageSample[] = [];
    for (const p of opts.fixtures) gate.push(await measureLoads(tab, p, opts.loads));
    await tab.close();

    const openings: PopupOpening[] = [];
    const open = async (p: BenchPage, path: PopupOpening['path']): Promise<void> => {
      const cached = path !== 'cold';
      if (!cached) await browser.worker.evaluate(() => (globalThis as any).chrome.storage.session.clear());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript({ content: POPUP_OBSERVER });
      const url = origin + pathOf.get(p)!;
      const t0 = performance.now();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
      const state = await popup.waitForSelector(SETTLED, { timeout: 60_000 }).then((el) => el.getAttribute('data-testid'), () => null);
      const wallMs = performance.now() - t0;
      await popup.waitForFunction(() => 'painted' in ((window as any).__cruxBench ?? {}), undefined, { timeout: 2_000 }).catch(() => undefined);
      const marks = await popup.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const marks: Record<string, number> = { ...((window as any).__cruxBench as Record<string, number> | undefined) };
        marks.dcl = nav?.domContentLoadedEventStart ?? -1;
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('crux:')) marks[m.name] = m.startTime;
        return marks;
      }).catch(() => undefined);
      await popup.close();
      openings.push({
        id: p.id, cached, path, state,
        readyMs: marks?.['state-ready'] !== undefined ? round(marks['state-ready'], 1) : null,
        paintedMs: marks?.painted !== undefined && state === 'state-ready' ? round(marks.painted, 1) : null,
        skeletonMs: marks?.['state-analysing'] !== undefined ? round(marks['state-analysing'], 1) : null,
        wallMs: round(wallMs, 1),
        scriptReadyMs: marks?.dcl !== undefined && marks.dcl >= 0 ? round(marks.dcl, 1) : null,
        steps: Object.fromEntries(Object.entries(marks ?? {}).filter(([k]) => k.startsWith('crux:')).map(([k, v]) => [k.slice(5), round(v, 1)])),
      });
    };
    // cold and cached: analysing ahead still off, so the popup computes (as before the background did it)
    for (const p of opts.popupPages) {
      const pageTab = await browser.context.newPage();
      const url = origin + pathOf.get(p)!;
      await pageTab.goto(url, { waitUntil: 'load' });
      if (!(await reportFor(browser.worker, url))) {
        log(`  chromium: popup page ${p.id} left out: no answer from the content script`);
        await pageTab.close();
        continue;
      }
      await open(p, 'cold'); // warm-up: the first popup of a page pays for the browser's first load of the chunk
      openings.pop();
      for (let k = 0; k < opts.popupOpenings; k++) await open(p, 'cold');
      for (let k = 0; k < opts.cachedOpenings; k++) await open(p, 'cached');
      await pageTab.close();
    }
    // the realistic path: analysing ahead on; each opening on a fresh tab and load of the page
    // (the background analyses a tab's page once); the popup opens once the analysis is cached
    await setAhead(true);
    await browser.worker.evaluate(() => (globalThis as any).chrome.storage.session.clear());
    const readyAhead: number[] = [];
    const startUp: number[] = [];
    const analyse: number[] = [];
    let aheadWorks = true;
    for (const p of opts.popupPages) {
      const url = origin + pathOf.get(p)!;
      for (let k = 0; k < opts.popupOpenings && aheadWorks; k++) {
        const pageTab = await browser.context.newPage();
        await pageTab.goto(url, { waitUntil: 'load' });
        const loaded = performance.now();
        const inCache = await waitForCacheEntry(browser.worker, url);
        if (inCache) readyAhead.push(performance.now() - loaded);
        // no inner named functions in evaluate()d code: tsx would wrap them in a helper the worker lacks
        const m = await browser.worker.evaluate(() => {
          const out = {
            startUp: performance.getEntriesByName('crux:nlp-start-up').at(-1)?.duration ?? null,
            analyse: performance.getEntriesByName('crux:preanalyse').at(-1)?.duration ?? null,
          };
          performance.clearMeasures();
          return out;
        });
        if (m.startUp !== null) startUp.push(m.startUp);
        if (m.analyse !== null) analyse.push(m.analyse);
        if (!inCache) {
          // a build without analysing ahead: the row is left empty rather than waiting on every opening
          log(`  chromium: ${p.id}: the background's analysis did not reach the cache; the "ahead" row is skipped`);
          aheadWorks = false;
          await pageTab.close();
          break;
        }
        await open(p, 'ahead');
        await pageTab.close();
      }
    }
    // a click at the load event: the popup races the background (never slower than computing itself)
    for (const p of aheadWorks ? opts.popupPages : []) {
      const url = origin + pathOf.get(p)!;
      for (let k = 0; k < opts.popupOpenings; k++) {
        const pageTab = await browser.context.newPage();
        await pageTab.goto(url, { waitUntil: 'load' });
        await open(p, 'early');
        await pageTab.close();
      }
    }
    log(`  chromium: ${openings.length} popup openings done`);
    const failedOpenings = openings.filter((o) => o.state !== 'state-ready');
    if (failedOpenings.length) log(`  chromium: ${failedOpenings.length} popup opening(s) did not reach state-ready: ${failedOpenings.map((o) => `${o.id} → ${o.state}`).join(', ')}`);

    const arts = perPage.filter((s) => s.isArticle && s.ratio !== null);
    const num = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
    const cold = openings.filter((o) => o.path === 'cold' && o.state === 'state-ready');
    const warm = openings.filter((o) => o.path === 'cached' && o.state === 'state-ready');
    const ahead = openings.filter((o) => o.path === 'ahead' && o.state === 'state-ready');
    const early = openings.filter((o) => o.path === 'early' && o.state === 'state-ready');
    return {
      chromium: version,
      pageSide: {
        pages: perPage.length,
        articles: arts.length,
        loads: opts.loads,
        pageSide: summarize(arts.map((s) => s.pageSideMs)),
        readability: summarize(num(arts.map((s) => s.readabilityMs))),
        ratio: summarize(num(arts.map((s) => s.ratio))),
        perPage,
      },
      gate: { worstMedianMs: Math.max(...gate.map((s) => s.pageSideMs)), pages: gate },
      popup: {
        pages: opts.popupPages.map((p) => ({ id: p.id, words: p.words ?? null })),
        cold: {
          readyMs: summarize(num(cold.map((o) => o.readyMs))),
          paintedMs: summarize(num(cold.map((o) => o.paintedMs))),
          skeletonMs: summarize(num(cold.map((o) => o.skeletonMs))),
          scriptReadyMs: summarize(num(cold.map((o) => o.scriptReadyMs))),
          wallMs: summarize(cold.map((o) => o.wallMs)),
          steps: Object.fromEntries([...new Set(cold.flatMap((o) => Object.keys(o.steps)))]
            .map((k) => [k, summarize(num(cold.map((o) => o.steps[k] ?? null)))])),
        },
        cached: { readyMs: summarize(num(warm.map((o) => o.readyMs))), wallMs: summarize(warm.map((o) => o.wallMs)) },
        ahead: {
          readyMs: summarize(num(ahead.map((o) => o.readyMs))),
          wallMs: summarize(ahead.map((o) => o.wallMs)),
          readyAheadMs: summarize(readyAhead),
          nlpStartUpMs: summarize(startUp),
          analyseMs: summarize(analyse),
        },
        early: {
          readyMs: summarize(num(early.map((o) => o.readyMs))),
          byBackground: early.filter((o) => 'analysed-by-background' in o.steps).length,
        },
        openings,
      },
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
