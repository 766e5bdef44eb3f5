// Test helpers that talk to Crux in Firefox (puppeteer-core over WebDriver BiDi), the
// counterparts of crux.ts: wait for the clean-up, ask the content script for its report, open the
// popup for a page URL, click its buttons, read what a reader sees.
//
// Firefox specifics: an extension page opened with `goto` never finishes "navigating" for BiDi,
// so the popup's goto is not awaited and the test waits for the popup's content instead. The
// extension's APIs (tabs, storage) are reached from an extension page of its own (a "probe":
// popup.html?tabId=none, which settles in its error state and does nothing else), since
// Firefox's background page is not a target the tests can script.
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FirefoxExtension } from './firefox';
import { SCREENSHOTS } from './crux';
import { readerViewInPage, reportInExtension, type ReaderView } from './cruxReport';

export { forUrl } from './crux';

const SETTLED = '[data-testid^="state-"]:not([data-testid="state-analysing"])';

/** Waits until Crux has hidden something on the page; false on timeout (nothing hidden). */
export async function waitForCleanup(page: Page, timeout = 10_000): Promise<boolean> {
  return page
    .waitForFunction(() => document.querySelector('[data-crux-hidden]') !== null, { timeout, polling: 100 })
    .then(() => true, () => false);
}

/** Opens an extension page without awaiting the navigation (see above). */
function openExtensionPage(page: Page, url: string): void {
  page.goto(url).catch(() => undefined);
}

/**
 * The data-testid of the state an extension page settled in, or null on timeout. Polls by hand:
 * while the page is still on its way from about:blank to moz-extension://, a BiDi evaluation can
 * fail outright (puppeteer's waitForSelector gives up on such an error instead of retrying).
 */
async function settledState(page: Page, timeout: number): Promise<string | null> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const state = await page
      .evaluate((sel: string) => {
        if (location.protocol !== 'moz-extension:') return null;
        return document.querySelector(sel)?.getAttribute('data-testid') ?? null;
      }, SETTLED)
      .catch(() => null);
    if (state) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

const probes = new WeakMap<FirefoxExtension, Promise<Page>>();

/** The extension page the tests run extension API calls in (opened once per browser). */
export function probe(ff: FirefoxExtension): Promise<Page> {
  let p = probes.get(ff);
  if (!p) {
    p = (async () => {
      const page = await ff.newPage();
      openExtensionPage(page, `${ff.base}popup.html?tabId=none`);
      if (!(await settledState(page, 30_000))) throw new Error('the probe page (popup.html?tabId=none) did not load');
      return page;
    })();
    p.catch(() => probes.delete(ff)); // try again next time
    probes.set(ff, p);
  }
  return p;
}

/** The content script's answer to `crux:get` for the tab showing `url`, or null if none answers. */
export async function askContentScript(ff: FirefoxExtension, url: string): Promise<Record<string, unknown> | null> {
  const page = await probe(ff);
  return page.evaluate(reportInExtension, [url, 'browser'] as [string, 'browser']);
}

/** The URLs the popup's analysis cache (storage.session) holds entries for. */
export async function cachedUrls(ff: FirefoxExtension): Promise<string[]> {
  const page = await probe(ff);
  return page.evaluate(async () => {
    const all: Record<string, { url?: string }> = await (globalThis as any).browser.storage.session.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('crux:nlp:')).map(([, v]) => String(v.url));
  });
}

/** Forgets the "don't clean" list (leaves the profile as it was). */
export async function clearNoClean(ff: FirefoxExtension): Promise<void> {
  const page = await probe(ff);
  await page.evaluate(() => (globalThis as any).browser.storage.local.remove('crux:noclean'));
}

export interface FirefoxPopup {
  popup: Page;
  /** the data-testid of the state the popup settled in ('state-ready', 'state-error', …), or null */
  state: string | null;
  errors: string[];
}

/** Opens popup.html with `query` (`?url=…`, `?tabId=…`) in a tab; waits until it leaves the analysing state. */
export async function openPopup(ff: FirefoxExtension, query: string): Promise<FirefoxPopup> {
  const popup = await ff.newPage();
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  popup.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await popup.setViewport({ width: 400, height: 800 });
  openExtensionPage(popup, `${ff.base}popup.html${query}`);
  const state = await settledState(popup, 60_000);
  return { popup, state, errors };
}

/** The button whose text is `name`, once it is there. */
export async function button(page: Page, name: string, timeout = 5_000): Promise<ElementHandle<Element>> {
  const el = await page.waitForSelector(`button::-p-text(${name})`, { timeout });
  if (!el) throw new Error(`no button "${name}"`);
  return el;
}

/** The inner texts of every element matching `selector`. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `firefox-${name}.png`) as `${string}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** What a reader sees of the page: visible text, whether the body scrolls. */
export async function readerView(page: Page): Promise<ReaderView> {
  return page.evaluate(readerViewInPage);
}
