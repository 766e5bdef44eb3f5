// Functions the tests run inside the browser, shared by the Chromium (Playwright) and Firefox
// (Puppeteer) suites. Self-contained: the driver serialises each and runs it there.
//
// reportInExtension: the content script's answer to `crux:get` for the tab showing a URL, asked
// from inside the extension (Chromium's service worker or a Firefox extension page), with the
// extension API's global name as an argument.
export async function reportInExtension([want, api]: [string, 'chrome' | 'browser']): Promise<Record<string, unknown> | null> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ext = (globalThis as any)[api];
  const tabs: Array<{ id?: number }> = await ext.tabs.query({});
  for (const t of tabs) {
    if (t.id === undefined) continue;
    try {
      const r = await ext.tabs.sendMessage(t.id, { type: 'crux:get' }, { frameId: 0 });
      if (r && r.url === want) return r;
    } catch {
      /* no content script in that tab (yet) */
    }
  }
  return null;
}

/** What a reader sees of the page: visible text, the body's overflow, whether it scrolls. */
export interface ReaderView { text: string; overflow: string; scrolled: boolean }

/** Runs in the page (Playwright's and Puppeteer's `evaluate` alike): the reader's view of it. */
export const readerViewInPage = (): ReaderView => {
  window.scrollTo(0, 0);
  const before = window.scrollY;
  window.scrollBy(0, 200);
  const scrolled = window.scrollY > before;
  window.scrollTo(0, 0);
  return { text: document.body.innerText, overflow: getComputedStyle(document.body).overflow, scrolled };
};
