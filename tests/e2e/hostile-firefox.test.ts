// Hostile pages in Firefox ESR (issue #9), the cheap part: the built extension on a single-page
// app that navigates with history.pushState, the 10 MB page and the page with markup in every
// field. The content script must answer with a result, follow the app to its second article, and
// leave no error in the page's console. The full bad-input list runs in Chromium
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
const PAGES: Record<string, string> = { '/spa.html': 'single-page app (pushState)', '/big.html': '10 MB page', '/markup.html': 'markup in title, byline, names and sentences' };

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
      page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: BUDGET_MS });
      const report = await reportUntil(url, (r) => r.isArticle === true);
      if (route === '/spa.html') {
        await page.evaluate(() => (window as unknown as { cruxNavigate: (n: number) => void }).cruxNavigate(2));
        second = await reportUntil(`${server.origin}/spa/story-2`, (r) => text(r).includes(SPA_SENTENCES[1]!));
      }
      seen.set(route, { report, errors });
      await page.close();
    }
  }, 240_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const route of Object.keys(PAGES)) {
    it(`${PAGES[route]}: the content script answers with the article, no console error`, () => {
      const s = seen.get(route);
      expect({ isArticle: s?.report?.isArticle, errors: s?.errors }).toEqual({ isArticle: true, errors: [] });
    });
  }

  it('follows the single-page app to its second article', () => {
    expect(text(second)).toContain(SPA_SENTENCES[1]);
  });
});
