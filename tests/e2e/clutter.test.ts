// Real-browser clutter suite: Debian's Chromium with the built extension (.output/chrome-mv3) on
// the seed page, the sample page, a page whose overlay only layout can find, and corpus pages that
// have clutter gold (../shared/gold), served from 127.0.0.1 with no script and nothing from
// outside (support/clutterPages.ts). For each page: every must_hide snippet is gone from the
// visible text, every must_keep snippet is there, the page scrolls, and "Show everything" (the
// popup's crux:restore message) brings every hidden element back. Mandatory when CI=true;
// elsewhere skipped (with a message) when /usr/bin/chromium is missing. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { waitForCleanup } from './support/crux';
import { blockOutside, fold, goldCase, pageState, servePages, tellContentScript, type ClutterCase, type PageServer } from './support/clutterPages';

const SAMPLE: ClutterCase = {
  name: 'sample',
  file: path.resolve('sample/fishing-row.html'),
  mustHide: ['Sign in to keep reading', 'We welcome lively debate.', 'You have reached your limit of free articles for this month.', 'The Meridian Morning'],
  mustKeep: ['Norwegian Prime Minister Ingrid Halvorsen on Monday demanded that the European Union scrap', 'Oslo’s demands include a return to the sharing formula the coastal states last agreed on'],
};
const OVERLAY: ClutterCase = {
  name: 'fixed sign-in overlay found by layout',
  file: path.resolve('tests/fixtures/clutter/overlay.html'),
  mustHide: ['Sign in to keep reading', 'Keep reading the Courier'],
  mustKeep: ['Harbour town votes to keep its night ferry running', 'Council leader Anna Brooke said the vote showed how much the crossing mattered'],
};
/**
 * Corpus pages with clutter gold on which the rules hide every must_hide snippet in Chromium too
 * (scripts off, no outside CSS): paywall bars, comments, newsletter boxes, share bars and promos
 * of nine different sites.
 */
const CORPUS = [
  'clutter/extraction-benchmark__360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469.json',
  'clutter/extraction-benchmark__432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3.json',
  'clutter/extraction-benchmark__70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2.json',
  'clutter/extraction-benchmark__7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8.json',
  'clutter/extraction-benchmark__264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485.json',
  'clutter/extraction-benchmark__098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2.json',
  'clutter/readability__quanta-1.json',
  'clutter/readability__salon-1.json',
  'clutter/readability__tmz-1.json',
  'clutter/readability__wordpress.json',
  'clutter/readability__nytimes-2.json',
  'clutter/extraction-benchmark__5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e.json',
  'dev/readability__bbc-1.json',
  'dev/readability__wapo-1.json',
  'news/extraction-benchmark__0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0.json',
];

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found (apt-get install chromium). With CI=true this is a failure.`);
}

const cases: ClutterCase[] = [goldCase('dev/seed__putin-nato-talks.json'), SAMPLE, OVERLAY, ...CORPUS.map(goldCase)];
const routeOf = (i: number) => `/page-${i}.html`;

describe.skipIf(!available && !mandatory)('clutter in Chromium', () => {
  let browser: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  let stopped: string[] = [];

  beforeAll(async () => {
    server = await servePages(Object.fromEntries(cases.map((c, i) => [routeOf(i), c.file])));
    browser = await launchWithExtension();
    stopped = await blockOutside(browser.context, server.origin);
  });

  afterAll(async () => {
    if (stopped.length) console.warn(`[clutter suite] ${stopped.length} outside requests were stopped, e.g. ${stopped[0]}`);
    await browser?.close();
    await server?.close();
  });

  const env = () => {
    if (!browser || !server) throw new Error('the browser did not start');
    return { browser, origin: server.origin };
  };

  cases.forEach((c, i) => {
    describe(c.name, () => {
      let page: Page;
      let url = '';
      let cleaned: Awaited<ReturnType<typeof pageState>>;

      beforeAll(async () => {
        const { browser: b, origin } = env();
        url = origin + routeOf(i);
        page = await b.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await waitForCleanup(page);
        cleaned = await pageState(page);
      });

      afterAll(async () => {
        await page?.close();
      });

      it(`has its page file (${path.basename(c.file)})`, () => {
        expect(existsSync(c.file)).toBe(true);
      });

      it('hides every must_hide snippet', () => {
        expect(c.mustHide.filter((s) => cleaned.text.includes(fold(s)))).toEqual([]);
      });

      it('keeps every must_keep snippet visible', () => {
        expect(c.mustKeep.filter((s) => !cleaned.text.includes(fold(s)))).toEqual([]);
      });

      it('lets the page scroll', () => {
        expect(cleaned.scrolls).toBe(true);
      });

      it('"Show everything" brings back every hidden element', async () => {
        await tellContentScript(env().browser.worker, url, { type: 'crux:restore' });
        const restored = await pageState(page);
        expect({ marked: restored.marked, style: restored.style, stillGone: c.mustHide.filter((s) => !restored.text.includes(fold(s))) })
          .toEqual({ marked: 0, style: false, stillGone: [] });
      });
    });
  });

  describe('late clutter', () => {
    it('hides a comment widget the page adds after load', async () => {
      const { browser: b, origin } = env();
      const page = await b.context.newPage();
      await page.goto(origin + routeOf(0), { waitUntil: 'load' });
      await waitForCleanup(page);
      await page.evaluate(() => {
        const el = document.createElement('div');
        el.id = 'disqus_thread';
        el.textContent = 'Join the discussion: 24 comments';
        document.body.appendChild(el);
      });
      const hidden = await page
        .waitForFunction(() => document.getElementById('disqus_thread')?.getAttribute('data-crux-hidden'), undefined, { timeout: 5_000 })
        .then((h) => h.jsonValue(), () => null);
      await page.close();
      expect(hidden).toBe('comments');
    });
  });
});
