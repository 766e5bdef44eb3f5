// The "Don't clean this site" switch in Chromium: the popup turns the clean-up off for the host
// (the page shows everything, and still does after a reload), then back on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Env } from './pageSuite';
import { askContentScript, forUrl, openPopup, readerView, waitForCleanup, type PopupState } from './crux';

export function describeSiteSwitch(path: string, signIn: string, env: () => Env): void {
  describe("popup's \"Don't clean this site\"", () => {
    let url = '';
    let page: Page;
    let popup: PopupState;

    beforeAll(async () => {
      const { browser, origin } = env();
      url = `${origin}${path}`;
      page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForCleanup(page);
      popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
    });

    afterAll(async () => {
      // leave the shared profile as it was, whatever happened above
      await env().browser.worker.evaluate(() => (globalThis as any).chrome.storage.local.remove('crux:noclean')).catch(() => undefined);
    });

    it('shows everything on the page at once', async () => {
      await popup.popup.getByRole('button', { name: "Don't clean this site" }).click({ timeout: 5_000 });
      await popup.popup.getByRole('button', { name: 'Clean this site again' }).waitFor({ timeout: 5_000 }).catch(() => undefined);
      expect((await readerView(page)).text).toContain(signIn);
    });

    it('remembers the site: after a reload nothing is hidden', async () => {
      await page.reload({ waitUntil: 'load' });
      const report = await askContentScript(env().browser.worker, url); // answers once its start-up is done
      expect({ answered: report !== null, hidden: await page.locator('[data-crux-hidden]').count() })
        .toEqual({ answered: true, hidden: 0 });
    });

    it('"Clean this site again" hides the clutter again', async () => {
      const again = await openPopup(env().browser.context, env().browser.extensionId, forUrl(url));
      await again.popup.getByRole('button', { name: 'Clean this site again' }).click({ timeout: 5_000 });
      await waitForCleanup(page, 5_000);
      expect((await readerView(page)).text).not.toContain(signIn);
    });
  });
}
