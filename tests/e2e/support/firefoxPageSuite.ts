// One news page's checks in Firefox, the counterpart of pageSuite.ts (same cases, same checks):
// the live page after Crux's clean-up, the content script's report, the popup, and "Show
// everything"; then the "Don't clean this site" switch. The page is loaded once (beforeAll) and
// each `it` checks one thing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtension } from './firefox';
import type { PageCase } from './pageSuite';
import {
  askContentScript, button, cachedUrls, clearNoClean, forUrl, openPopup, readerView, screenshot, texts, waitForCleanup,
  type FirefoxPopup,
} from './firefoxCrux';

export interface FirefoxEnv {
  ff: FirefoxExtension;
  origin: string;
}

async function openPage(ff: FirefoxExtension, url: string): Promise<Page> {
  const page = await ff.newPage();
  await page.setViewport({ width: 1024, height: 500 });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export function describeFirefoxPage(c: PageCase, env: () => FirefoxEnv): void {
  describe(c.name, () => {
    let url = '';
    let page: Page;
    let view: { text: string; overflow: string; scrolled: boolean };
    let report: Record<string, unknown> | null = null;
    let popup: FirefoxPopup;
    let analysedAhead = false;
    const shots: string[] = [];

    beforeAll(async () => {
      const { ff, origin } = env();
      url = origin + c.path;
      page = await openPage(ff, url);
      await waitForCleanup(page);
      view = await readerView(page);
      shots.push(await screenshot(page, `${c.name}-page`));
      report = await askContentScript(ff, url);
      // the background page analyses the article ahead of the click (ext/preanalyser.ts)
      for (let i = 0; i < 100 && !analysedAhead; i++) {
        analysedAhead = (await cachedUrls(ff)).includes(url);
        if (!analysedAhead) await new Promise((r) => setTimeout(r, 100));
      }
      popup = await openPopup(ff, forUrl(url));
      shots.push(await screenshot(popup.popup, `${c.name}-popup`));
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

    it('saves screenshots of the page and the popup', () => {
      expect(shots.filter((f) => existsSync(f))).toHaveLength(2);
    });

    it('popup settles in a state, without script errors', () => {
      expect({ settled: popup.state !== null, errors: popup.errors }).toEqual({ settled: true, errors: [] });
    });

    it('popup shows the article (state-ready)', () => {
      expect(popup.state).toBe('state-ready');
    });

    for (const actor of c.actors) {
      it(`popup names ${actor} among the actors or demands`, async () => {
        const rows = await texts(popup.popup, '[data-testid=actor], [data-testid=demand]');
        expect(rows.join('\n')).toContain(actor);
      });
    }

    it('the background analyses the article ahead: cached for the tab before the popup opens', () => {
      expect(analysedAhead).toBe(true);
    });

    it('popup caches its analysis for the tab in storage.session', async () => {
      expect(await cachedUrls(env().ff)).toContain(url);
    });

    it('popup counts what was hidden', async () => {
      const [bar = ''] = await texts(popup.popup, '[data-testid=cleanup]');
      expect(bar).toMatch(/\d+ items? hidden \(\d+ paywall/);
    });

    it('"Show everything" brings the sign-in prompt back', async () => {
      await (await button(popup.popup, 'Show everything')).click();
      await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 5_000 }, c.signIn).catch(() => undefined);
      await screenshot(page, `${c.name}-page-restored`);
      expect((await readerView(page)).text).toContain(c.signIn);
    });
  });
}

/** The "Don't clean this site" switch: off for the host (also after a reload), then on again. */
export function describeFirefoxSiteSwitch(path: string, signIn: string, env: () => FirefoxEnv): void {
  describe("popup's \"Don't clean this site\"", () => {
    let url = '';
    let page: Page;
    let popup: FirefoxPopup;

    beforeAll(async () => {
      const { ff, origin } = env();
      url = `${origin}${path}`;
      page = await openPage(ff, url);
      await waitForCleanup(page);
      popup = await openPopup(ff, forUrl(url));
    });

    afterAll(async () => {
      // leave the shared profile as it was, whatever happened above
      await clearNoClean(env().ff).catch(() => undefined);
    });

    it('shows everything on the page at once', async () => {
      await (await button(popup.popup, "Don't clean this site")).click();
      await button(popup.popup, 'Clean this site again').catch(() => undefined);
      expect((await readerView(page)).text).toContain(signIn);
    });

    it('remembers the site: after a reload nothing is hidden', async () => {
      await page.reload({ waitUntil: 'load' });
      const report = await askContentScript(env().ff, url); // answers once its start-up is done
      expect({ answered: report !== null, hidden: (await page.$$('[data-crux-hidden]')).length })
        .toEqual({ answered: true, hidden: 0 });
    });

    it('"Clean this site again" hides the clutter again', async () => {
      const again = await openPopup(env().ff, forUrl(url));
      await (await button(again.popup, 'Clean this site again')).click();
      await waitForCleanup(page, 5_000);
      expect((await readerView(page)).text).not.toContain(signIn);
    });
  });
}
