// Hostile, broken and huge pages in real Chromium with the built extension (issue #9): for each
// page the content script answers crux:get with a result or a clear status within the budget, no
// error reaches the page's console, "Show everything" returns the DOM to its serialisation before
// Crux ran (static pages), a single-page app is followed to its next article, and a page with
// markup in its title, names and sentences shows it in the popup as text and runs nothing. The
// content script's stage times (it yields between extraction, clutter scan and clean-up), the
// longest it held the page's main thread at a time in each stage (its own measure: the work between
// two pauses) and the page's long tasks are printed for the record, not asserted (speed belongs to
// `npm run bench`; on a busy 2-core machine a garbage collection can stretch any slice). The huge
// pages are read off the page's main thread (ext/huge-page.ts), with the same article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { askContentScript, forUrl, openPopup } from './support/crux';
import { SEED, SAMPLE } from './support/cases';
import { hostileCases, HOSTILE_MARKUP, SCRIPT_BUILT_SENTENCE, SPA_SENTENCES } from '../fixtures/hostile/pages';

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);

/** How long the content script may take to answer on the biggest page on a slow shared machine (a hang guard). */
const BUDGET_MS = 45_000;

/** Pages without scripts: their DOM after "Show everything" must equal the DOM before Crux ran. */
const STATIC = ['empty document', 'frameset', 'JSON served as a page', '10 MB page', '20,000-deep nesting', '50,000 paragraphs',
  'binary junk', 'NUL bytes', 'RTL (Arabic)', 'CJK (Chinese)', 'German', 'iframes', 'markup in title, byline, names and sentences',
  'article whose every block is clutter', 'teaser too short once its clutter is out'];
/** Huge pages with an article: too big to read on their own main thread (ext/huge-page.ts). */
const HUGE_ARTICLES = ['10 MB page', '50,000 paragraphs'];
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Runs in the page before its scripts: records long tasks, and the DOM as parsed (before any content script, which runs at document_idle). */
function instrument(): void {
  const w = window as unknown as { __longtasks: number[]; __before: string | null };
  w.__longtasks = [];
  w.__before = null;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longtasks.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long task API */ }
  document.addEventListener('DOMContentLoaded', () => { w.__before = document.documentElement.outerHTML; }, { once: true });
}

/** Sends `type` to the content script of the tab showing `url` (from the service worker). */
async function tell(worker: Worker, url: string, type: string): Promise<unknown> {
  return worker.evaluate(async ([want, t]) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = (globalThis as any).chrome;
    for (const tab of await c.tabs.query({})) {
      const r = await c.tabs.sendMessage(tab.id, { type: 'crux:get' }, { frameId: 0 }).catch(() => null);
      if (r?.url === want) return c.tabs.sendMessage(tab.id, { type: t }, { frameId: 0 });
    }
    return 'no tab';
  }, [url, type] as [string, string]);
}

/** Asks crux:get until `ok(report)` or the budget runs out; the last report (or null). */
async function reportUntil(worker: Worker, url: string, ok: (r: Record<string, unknown>) => boolean, budget = BUDGET_MS) {
  const end = Date.now() + budget;
  let r: Record<string, unknown> | null = null;
  while (Date.now() < end) {
    r = await askContentScript(worker, url).catch(() => null);
    if (r && ok(r)) return r;
    await new Promise((res) => setTimeout(res, 250));
  }
  return r;
}

interface Seen {
  report: Record<string, unknown> | null;
  errors: string[];
  restored: boolean | null;
  longtasks: number[];
}

describe.skipIf(!available && !mandatory)('hostile pages in Chromium', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  let dir = '';
  const cases = hostileCases();
  const seen = new Map<string, Seen>();
  const b = () => { if (!browser || !server) throw new Error('the browser did not start'); return { browser, origin: server.origin }; };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crux-hostile-'));
    const routes: Record<string, string> = { '/seed.html': SEED, '/sample.html': SAMPLE };
    for (const c of cases) {
      const file = path.join(dir, `${slug(c.name)}.html`);
      await writeFile(file, c.html, c.name === 'binary junk' ? 'latin1' : 'utf8');
      routes[`/${slug(c.name)}.html`] = file;
    }
    server = await serveFiles(routes);
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    const rows = [...seen].map(([name, s]) => {
      const t = (s.report?.timings ?? {}) as { extractMs?: number; clutterMs?: number };
      const apply = Number(s.report?.applyMs ?? 0);
      const longestStage = Math.max(t.extractMs ?? 0, t.clutterMs ?? 0, apply);
      const oneTask = Math.max((t.extractMs ?? 0) + (t.clutterMs ?? 0), apply);
      const held = (s.report?.longestTaskMs ?? {}) as { extract?: number; clutter?: number; apply?: number };
      const off = s.report?.readOffPage ? ', read off the page' : '';
      return `${name.padEnd(46)} article=${String(s.report?.isArticle).padEnd(5)} stages ${t.extractMs}/${t.clutterMs}/${apply} ms: longest ${Math.round(longestStage)} (in one task: ${Math.round(oneTask)}), longest task ${held.extract}/${held.clutter}/${held.apply} ms${off}, page long tasks [${s.longtasks.join(', ')}]`;
    });
    if (rows.length) console.log(`[hostile pages] content script stages extract/clutter/apply:\n${rows.join('\n')}`);
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const pages = [...STATIC.map((name) => ({ name, route: `/${slug(name)}.html` })), { name: 'seed (corpus)', route: '/seed.html' }, { name: 'sample (corpus)', route: '/sample.html' }];
  for (const { name, route } of pages) {
    describe(name, () => {
      beforeAll(async () => {
        const { browser: br, origin } = b();
        const url = origin + route;
        const page = await br.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
        await page.addInitScript(instrument);
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: BUDGET_MS });
        const report = await reportUntil(br.worker, url, () => true);
        // a page with an article is cleaned after the report is ready: wait until the clean-up stage ran
        await page.waitForTimeout(300);
        await tell(br.worker, url, 'crux:restore');
        const restored = await page.evaluate(() => {
          const w = window as unknown as { __before: string | null };
          return w.__before === null ? null : document.documentElement.outerHTML === w.__before;
        });
        const longtasks = await page.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks);
        seen.set(name, { report, errors, restored, longtasks });
        await page.close();
      }, BUDGET_MS * 2);

      it('answers with a result or a clear status within the budget', () => {
        const r = seen.get(name)?.report;
        expect({ answered: r !== null && r !== undefined, isArticle: typeof r?.isArticle, error: r?.error ?? null })
          .toEqual({ answered: true, isArticle: 'boolean', error: null });
      });

      it('puts no error in the page\'s console', () => {
        expect(seen.get(name)?.errors).toEqual([]);
      });

      it('"Show everything" returns the DOM to its serialisation before Crux ran', () => {
        expect(seen.get(name)?.restored).toBe(true);
      });

      const huge = HUGE_ARTICLES.includes(name) ? cases.find((c) => c.name === name) : undefined;
      if (huge) {
        it('is read off the page\'s main thread, and the article is found', () => {
          const r = seen.get(name)?.report;
          expect({ off: r?.readOffPage, has: String((r?.article as { text?: string } | null)?.text ?? '').includes(huge.sentence!) })
            .toEqual({ off: true, has: true });
        });
      }
    });
  }

  it('finds the article a script builds after load', async () => {
    const { browser: br, origin } = b();
    const url = `${origin}/${slug('script-built article')}.html`;
    const page = await br.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('article') !== null);
    const r = await reportUntil(br.worker, url, (x) => x.isArticle === true, 10_000);
    await page.close();
    expect(String((r?.article as { text?: string } | null)?.text ?? '')).toContain(SCRIPT_BUILT_SENTENCE);
  });

  describe('a single-page app that navigates with history.pushState', () => {
    let page: Page;
    let first: Record<string, unknown> | null = null;
    let second: Record<string, unknown> | null = null;
    let back: Record<string, unknown> | null = null;
    const text = (r: Record<string, unknown> | null) => String((r?.article as { text?: string } | null)?.text ?? '');

    beforeAll(async () => {
      const { browser: br, origin } = b();
      const url = `${origin}/${slug('single-page app (pushState)')}.html`;
      page = await br.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      first = await reportUntil(br.worker, url, (r) => text(r).includes(SPA_SENTENCES[0]!), 10_000);
      await page.evaluate(() => (window as unknown as { cruxNavigate: (n: number) => void }).cruxNavigate(2));
      second = await reportUntil(br.worker, `${origin}/spa/story-2`, (r) => text(r).includes(SPA_SENTENCES[1]!), 10_000);
      await page.goBack();
      back = await reportUntil(br.worker, url, (r) => text(r).includes(SPA_SENTENCES[0]!), 10_000);
      await page.close();
    }, 60_000);

    it('analyses the first story', () => {
      expect(text(first)).toContain(SPA_SENTENCES[0]);
    });

    it('follows pushState to the second story', () => {
      expect(text(second)).toContain(SPA_SENTENCES[1]);
    });

    it('follows Back (popstate) to the first story again', () => {
      expect(text(back)).toContain(SPA_SENTENCES[0]);
    });
  });

  describe('a page whose article is all clutter', () => {
    let report: Record<string, unknown> | null = null;
    let state: string | null = null;
    let errors: string[] = [];

    beforeAll(async () => {
      const { browser: br, origin } = b();
      const url = `${origin}/${slug('article whose every block is clutter')}.html`;
      const page = await br.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      report = await reportUntil(br.worker, url, () => true, 10_000);
      const popup = await openPopup(br.context, br.extensionId, forUrl(url));
      state = popup.state;
      errors = popup.errors;
      await popup.popup.close();
      await page.close();
    }, 90_000);

    it('the content script reports no article (not an empty one) and hides nothing', () => {
      expect({ isArticle: report?.isArticle, article: report?.article, hidden: report?.hidden })
        .toEqual({ isArticle: false, article: null, hidden: 0 });
    });

    it('the popup says there is no article, without script errors', () => {
      expect({ state, errors }).toEqual({ state: 'state-noarticle', errors: [] });
    });
  });

  describe('a page with markup in its title, byline, names and sentences', () => {
    let state: string | null = null;
    let errors: string[] = [];
    let title = '';
    let pwned: unknown[] = [];
    let foreign = 0;

    beforeAll(async () => {
      const { browser: br, origin } = b();
      const url = `${origin}/${slug('markup in title, byline, names and sentences')}.html`;
      const page = await br.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await reportUntil(br.worker, url, (r) => r.isArticle === true, 10_000);
      const popup = await openPopup(br.context, br.extensionId, forUrl(url));
      state = popup.state;
      errors = popup.errors;
      title = await popup.popup.locator('[data-testid=title]').innerText({ timeout: 5_000 }).catch(() => '');
      await popup.popup.waitForTimeout(300);
      pwned = [await popup.popup.evaluate(() => (window as unknown as { __cruxPwned?: unknown }).__cruxPwned ?? null),
        await page.evaluate(() => (window as unknown as { __cruxPwned?: unknown }).__cruxPwned ?? null)];
      foreign = await popup.popup.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src]), [onerror]').length);
      await popup.popup.close();
      await page.close();
    }, 90_000);

    it('the popup shows the analysis without script errors', () => {
      expect({ state, errors }).toEqual({ state: 'state-ready', errors: [] });
    });

    it('the popup shows the title\'s markup as literal text', () => {
      expect(title).toContain(HOSTILE_MARKUP);
    });

    it('nothing of the page\'s markup became an element in the popup, and nothing ran', () => {
      expect({ foreign, pwned }).toEqual({ foreign: 0, pwned: [null, null] });
    });
  });
});
