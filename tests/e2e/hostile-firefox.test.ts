// Hostile pages in Firefox ESR (issue #9), the cheap part: the built extension on a single-page
// app that navigates with history.pushState, the huge pages (10 MB, 50,000 paragraphs, 20,000
// deep) and the page with markup in every field. The content script must answer with a result,
// follow the app to its second article, read the huge articles off the page's main thread (the
// background page parses them: ext/offscreen-extract.ts), and leave no error in the page's
// console. The longest the content script held the page's thread in each stage is printed. The full bad-input list runs in Chromium
// (hostile-chromium.test.ts) and in Node (tests/unit/hostile-pages.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIREFOX, launchFirefoxWithExtension, type FirefoxExtension } from './support/firefox';
import { serveFiles, type StaticServer } from './support/server';
import { askContentScript } from './support/firefoxCrux';
import { hostileCases, SPA_SENTENCES } from '../fixtures/hostile/pages';

const mandatory = process.env.CI === 'true';
const available = existsSync(FIREFOX);
const BUDGET_MS = 45_000;
const PAGES: Record<string, string> = {
  '/spa.html': 'single-page app (pushState)', '/big.html': '10 MB page', '/paragraphs.html': '50,000 paragraphs',
  '/deep.html': '20,000-deep nesting', '/markup.html': 'markup in title, byline, names and sentences',
};
/** Firefox's own message on a page nested deeper than its parser builds. */
const PARSER_DEPTH = /The document tree is too deep/;
/** Pages without an article (the rest have one). */
const NO_ARTICLE = ['/deep.html'];
/** Pages too big to read on their own main thread. */
const HUGE = ['/big.html', '/paragraphs.html'];

const text = (r: Record<string, unknown> | null) => String((r?.article as { text?: string } | null)?.text ?? '');

describe.skipIf(!available && !mandatory)('hostile pages in Firefox', () => {
  let ff: FirefoxExtension | undefined;
  let server: StaticServer | undefined;
  let dir = '';
  const seen = new Map<string, { report: Record<string, unknown> | null; errors: string[] }>();
  let second: Record<string, unknown> | null = null;

  async function reportUntil(url: string, ok: (r: Record<string, unknown>) => boolean) {
    const end = Date.now() + BUDGET_MS;
    let r: Record<string, unknown> | null = null;
    while (Date.now() < end) {
      r = await askContentScript(ff!, url).catch(() => null);
      if (r && ok(r)) return r;
      await new Promise((res) => setTimeout(res, 250));
    }
    return r;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crux-hostile-ff-'));
    const routes: Record<string, string> = {};
    for (const [route, name] of Object.entries(PAGES)) {
      const file = path.join(dir, route.slice(1));
      await writeFile(file, hostileCases().find((c) => c.name === name)!.html);
      routes[route] = file;
    }
    server = await serveFiles(routes);
    ff = await launchFirefoxWithExtension();
    for (const route of Object.keys(PAGES)) {
      const url = server.origin + route;
      const page = await ff.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => { const m = e instanceof Error ? e.message : String(e); if (!PARSER_DEPTH.test(m)) errors.push(m); });
      // (Firefox's parser reports a page nested past 513 levels itself: the page's message, not Crux's)
      page.on('console', (m) => { if (m.type() === 'error' && !PARSER_DEPTH.test(m.text())) errors.push(m.text()); });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: BUDGET_MS });
      const report = await reportUntil(url, (r) => r.isArticle === !NO_ARTICLE.includes(route));
      if (route === '/spa.html') {
        await page.evaluate(() => (window as unknown as { cruxNavigate: (n: number) => void }).cruxNavigate(2));
        second = await reportUntil(`${server.origin}/spa/story-2`, (r) => text(r).includes(SPA_SENTENCES[1]!));
      }
      seen.set(route, { report, errors });
      await page.close();
    }
  }, 240_000);

  afterAll(async () => {
    const rows = [...seen].map(([route, s]) => {
      const t = (s.report?.timings ?? {}) as { extractMs?: number; clutterMs?: number };
      const held = (s.report?.longestTaskMs ?? {}) as { extract?: number; clutter?: number; apply?: number };
      return `${PAGES[route]!.padEnd(46)} article=${String(s.report?.isArticle).padEnd(5)} stages ${t.extractMs}/${t.clutterMs}/${s.report?.applyMs} ms, longest task ${held.extract}/${held.clutter}/${held.apply} ms${s.report?.readOffPage ? ', read off the page' : ''}`;
    });
    if (rows.length) console.log(`[hostile pages, Firefox] stages extract/clutter/apply:\n${rows.join('\n')}`);
    await ff?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const route of Object.keys(PAGES)) {
    const article = !NO_ARTICLE.includes(route);
    it(`${PAGES[route]}: the content script answers ${article ? 'with the article' : '"no article"'}, no console error`, () => {
      const s = seen.get(route);
      expect({ isArticle: s?.report?.isArticle, errors: s?.errors }).toEqual({ isArticle: article, errors: [] });
    });
  }

  for (const route of HUGE) {
    it(`${PAGES[route]}: is read off the page's main thread, and the article is found`, () => {
      const r = seen.get(route)?.report;
      const sentence = hostileCases().find((c) => c.name === PAGES[route])!.sentence!;
      expect({ off: r?.readOffPage, has: text(r ?? null).includes(sentence) }).toEqual({ off: true, has: true });
    });
  }

  it('follows the single-page app to its second article', () => {
    expect(text(second)).toContain(SPA_SENTENCES[1]);
  });
});
