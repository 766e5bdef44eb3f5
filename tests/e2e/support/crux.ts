// Test helpers that talk to Crux in the browser: wait for the content script's clean-up, ask it
// for its report (through the extension's service worker), open the popup for a page URL.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readerViewInPage, reportInExtension, type ReaderView } from './cruxReport';

export const SCREENSHOTS = path.resolve('artifacts/screenshots');

/** Waits until Crux has hidden something on the page; false on timeout (nothing hidden). */
export async function waitForCleanup(page: Page, timeout = 10_000): Promise<boolean> {
  return page
    .waitForFunction(() => document.querySelector('[data-crux-hidden]') !== null, undefined, { timeout, polling: 100 })
    .then(() => true, () => false);
}

/** The content script's answer to `crux:get` for the tab showing `url`, or null if none answers. */
export async function askContentScript(worker: Worker, url: string): Promise<Record<string, unknown> | null> {
  return worker.evaluate(reportInExtension, [url, 'chrome'] as [string, 'chrome']);
}

export interface PopupState {
  popup: Page;
  /** the data-testid of the state the popup settled in ('state-ready', 'state-error', …), or null */
  state: string | null;
  errors: string[];
}

/** Opens popup.html with `query` (`?url=…`, `?tabId=…`) in a tab; waits until it leaves the analysing state. */
export async function openPopup(context: BrowserContext, extensionId: string, query: string): Promise<PopupState> {
  const popup = await context.newPage();
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e.message));
  popup.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  const settled = '[data-testid^="state-"]:not([data-testid="state-analysing"])';
  const state = await popup
    .waitForSelector(settled, { timeout: 60_000 })
    .then((el) => el.getAttribute('data-testid'), () => null);
  return { popup, state, errors };
}

export const forUrl = (url: string) => `?url=${encodeURIComponent(url)}`;

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** What a reader sees of the page: visible text, whether the body scrolls. */
export async function readerView(page: Page): Promise<ReaderView> {
  return page.evaluate(readerViewInPage);
}
