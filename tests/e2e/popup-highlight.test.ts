// Real Chromium: clicking a demand in the popup scrolls the page to its evidence sentence and
// highlights it (CSS Custom Highlight API, or a <mark data-crux-mark> where that is missing);
// "Show everything" takes the highlight away again. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { ROUTES, SEED_CASE } from './support/cases';
import path from 'node:path';
import { SCREENSHOTS, forUrl, openPopup, screenshot, waitForCleanup, type PopupState } from './support/crux';

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found (apt-get install chromium). With CI=true this is a failure.`);
}

/** What the page shows of the highlight: the highlighted text, and whether it is in the viewport. */
function highlightState(page: Page) {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const ranges = h ? [...h.values()].flatMap((set) => [...set]) : [];
    const marks = [...document.querySelectorAll('[data-crux-mark]')];
    const text = ranges.length ? ranges.map((r) => r.toString()).join(' ') : marks.map((m) => m.textContent).join('');
    const box = ranges[0]?.getBoundingClientRect() ?? marks[0]?.getBoundingClientRect();
    const inView = !!box && box.bottom > 0 && box.top < innerHeight;
    return { text: text.replace(/\s+/g, ' ').trim(), inView, scrollY: scrollY, marks: marks.length, ranges: ranges.length };
  });
}

describe.skipIf(!available && !mandatory)('popup: a demand shows its sentence in the page (Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  let page: Page;
  let popup: PopupState;
  let evidence = '';
  let before = 0;
  let after: Awaited<ReturnType<typeof highlightState>>;

  beforeAll(async () => {
    server = await serveFiles(ROUTES);
    browser = await launchWithExtension();
    const url = `${server.origin}${SEED_CASE.path}`;
    page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForCleanup(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    before = await page.evaluate(() => window.scrollY);
    popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
    const demand = popup.popup.locator('[data-testid=demand]').last();
    evidence = (await demand.locator('blockquote').textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
    await demand.getByRole('button').first().click({ timeout: 5_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-crux-mark]') !== null || ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0,
      undefined, { timeout: 5_000, polling: 100 },
    ).catch(() => undefined);
    after = await highlightState(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chromium-seed-page-highlight.png') }); // the viewport: what the reader sees
    await screenshot(popup.popup, 'chromium-seed-popup-highlight');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup is ready and lists a demand with its evidence sentence', () => {
    expect({ state: popup.state, hasEvidence: evidence.length > 20 }).toEqual({ state: 'state-ready', hasEvidence: true });
  });

  it('demand rows are buttons a keyboard reaches', async () => {
    const buttons = await popup.popup.locator('[data-testid=demand] button').count();
    const demands = await popup.popup.locator('[data-testid=demand]').count();
    expect(buttons).toBe(demands);
  });

  it('highlights the evidence sentence in the page', () => {
    const want = evidence.replace(/\s+/g, ' ').trim().replace(/[‘’“”"]/g, "'");
    expect(after.text.replace(/[‘’“”"]/g, "'")).toBe(want);
  });

  it('scrolls the page to the sentence', () => {
    expect({ scrolled: after.scrollY !== before, inView: after.inView }).toEqual({ scrolled: true, inView: true });
  });

  it('leaves the DOM unchanged where the Highlight API is available (no <mark>)', () => {
    expect({ ranges: after.ranges, marks: after.marks }).toEqual({ ranges: 1, marks: 0 });
  });

  it('"Show everything" takes the highlight away', async () => {
    await popup.popup.getByRole('button', { name: 'Show everything' }).click({ timeout: 5_000 });
    await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) === 0, undefined, { timeout: 5_000 }).catch(() => undefined);
    const now = await highlightState(page);
    expect({ ranges: now.ranges, marks: now.marks }).toEqual({ ranges: 0, marks: 0 });
  });

  it('popup has no script errors', () => {
    expect(popup.errors).toEqual([]);
  });
});
