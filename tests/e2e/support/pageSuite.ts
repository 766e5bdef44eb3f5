// One news page's browser checks, shared by the seed and sample pages: the live page after Crux's
// clean-up, the content script's report, the popup, and "Show everything". The page is loaded
// once (beforeAll) and each `it` checks one thing.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { askContentScript, forUrl, openPopup, readerView, screenshot, waitForCleanup, type PopupState } from './crux';

export interface PageCase {
  name: string;
  /** the file on disk and the path the test server gives it */
  file: string;
  path: string;
  /** a sentence of the article that must stay visible */
  articleSentence: string;
  /** the sign-in prompt's text: hidden by Crux, visible again after "Show everything" */
  signIn: string;
  /** other clutter that must be hidden, by label */
  hidden: Record<string, string>;
  /** actors the popup must name */
  actors: string[];
}

export interface Env {
  browser: ExtensionBrowser;
  origin: string;
}

export function describePage(c: PageCase, env: () => Env): void {
  describe(c.name, () => {
    let url = '';
    let page: Page;
    let view: { text: string; overflow: string; scrolled: boolean };
    let report: Record<string, unknown> | null = null;
    let popup: PopupState;
    let analysedAhead = false;
    const shots: string[] = [];
    const cachedUrls = () => env().browser.worker.evaluate(async () => {
      const all: Record<string, { url?: string }> = await (globalThis as any).chrome.storage.session.get(null);
      return Object.entries(all).filter(([k]) => k.startsWith('crux:nlp:')).map(([, v]) => v.url);
    });

    beforeAll(async () => {
      const { browser, origin } = env();
      url = origin + c.path;
      page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForCleanup(page);
      view = await readerView(page);
      shots.push(await screenshot(page, `chromium-${c.name}-page`));
      report = await askContentScript(browser.worker, url);
      // the background analyses the article ahead of the click (ext/preanalyser.ts)
      for (let i = 0; i < 100 && !analysedAhead; i++) {
        analysedAhead = (await cachedUrls()).includes(url);
        if (!analysedAhead) await new Promise((r) => setTimeout(r, 100));
      }
      popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
      shots.push(await screenshot(popup.popup, `chromium-${c.name}-popup`));
      await popup.popup.emulateMedia({ colorScheme: 'dark' });
      shots.push(await screenshot(popup.popup, `chromium-${c.name}-popup-dark`));
      await popup.popup.emulateMedia({ colorScheme: 'light' });
    });

    it(`has its page file (${c.file})`, () => {
      expect(existsSync(c.file), `${c.file} is missing`).toBe(true);
    });

    it('content script answers crux:get for the page', () => {
      expect(report?.url).toBe(url);
    });

    it('content script finds the article', () => {
      expect(report?.isArticle).toBe(true);
    });

    it('keeps the article text visible', () => {
      expect(view.text).toContain(c.articleSentence);
    });

    it('hides the sign-in prompt', () => {
      expect(view.text).not.toContain(c.signIn);
    });

    for (const [label, text] of Object.entries(c.hidden)) {
      it(`hides the ${label}`, () => {
        expect(view.text).not.toContain(text);
      });
    }

    it('lets the page scroll (metering modal scroll lock lifted)', () => {
      expect({ overflow: view.overflow === 'hidden' ? 'hidden' : 'scrollable', scrolled: view.scrolled })
        .toEqual({ overflow: 'scrollable', scrolled: true });
    });

    it('saves screenshots of the page and the popup (light and dark)', () => {
      expect(shots.filter((f) => existsSync(f))).toHaveLength(3);
    });

    it('popup settles in a state, without script errors', () => {
      expect({ settled: popup.state !== null, errors: popup.errors }).toEqual({ settled: true, errors: [] });
    });

    it('popup shows the article (state-ready)', () => {
      expect(popup.state).toBe('state-ready');
    });

    for (const actor of c.actors) {
      it(`popup names ${actor} among the actors or demands`, async () => {
        const rows = await popup.popup.locator('[data-testid=actor], [data-testid=demand]').allInnerTexts();
        expect(rows.join('\n')).toContain(actor);
      });
    }

    it('the background analyses the article ahead: cached for the tab before the popup opens', () => {
      expect(analysedAhead).toBe(true);
    });

    it('popup caches its analysis for the tab in storage.session', async () => {
      expect(await cachedUrls()).toContain(url);
    });

    it('popup counts what was hidden', async () => {
      const bar = await popup.popup.locator('[data-testid=cleanup]').innerText({ timeout: 5_000 }).catch(() => '');
      expect(bar).toMatch(/\d+ items? hidden \(\d+ paywall/);
    });

    it('"Show everything" brings the sign-in prompt back', async () => {
      await popup.popup.getByRole('button', { name: 'Show everything' }).click({ timeout: 5_000 });
      await page.waitForFunction((t) => document.body.innerText.includes(t), c.signIn, { timeout: 5_000 }).catch(() => undefined);
      await screenshot(page, `chromium-${c.name}-page-restored`);
      expect((await readerView(page)).text).toContain(c.signIn);
    });
  });
}
