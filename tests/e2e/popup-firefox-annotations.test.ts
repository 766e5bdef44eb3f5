// Real Firefox (ESR, WebDriver BiDi): the popup's "Annotate the page" switch underlines the
// actors' mentions (CSS Custom Highlights, one per actor), marks the demand sentences with their
// "X demands of Y: …" tooltip, and switching off gives back the page's exact DOM. Run
// `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { FIREFOX, launchFirefoxWithExtension, type FirefoxExtension } from './support/firefox';
import { serveFiles, type StaticServer } from './support/server';
import { ROUTES, SEED_CASE } from './support/cases';
import { forUrl, openPopup, waitForCleanup, type FirefoxPopup } from './support/firefoxCrux';

const mandatory = process.env.CI === 'true';
const available = existsSync(FIREFOX);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED Firefox: ${FIREFOX} not found (apt-get install firefox-esr). With CI=true this is a failure.`);
}

const annotations = (page: Page) => page.evaluate(() => ({
  highlights: [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])].filter((k) => k.startsWith('crux-actor-')).length,
  wrappers: document.querySelectorAll('[data-crux-ann=actor]').length,
  titles: [...document.querySelectorAll('[data-crux-ann=demand]')].map((e) => e.getAttribute('title') ?? ''),
}));

/** Clicks the switch and waits until it shows `checked`. */
async function flip(popup: Page, checked: boolean): Promise<void> {
  await popup.click('[data-testid=annotate]');
  await popup.waitForSelector(`[data-testid=annotate][aria-checked="${checked}"]:not([disabled])`, { timeout: 10_000 }).catch(() => undefined);
}

describe.skipIf(!available && !mandatory)('popup annotations in Firefox', () => {
  let ff: FirefoxExtension | undefined;
  let server: StaticServer | undefined;
  let page: Page;
  let popup: FirefoxPopup;
  let before = '';
  let on: Awaited<ReturnType<typeof annotations>>;
  let same = false;

  beforeAll(async () => {
    server = await serveFiles(ROUTES);
    ff = await launchFirefoxWithExtension();
    const url = server.origin + SEED_CASE.path;
    page = await ff.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForCleanup(page);
    popup = await openPopup(ff, forUrl(url));
    const serialise = () => page.evaluate(() => document.documentElement.outerHTML);
    before = await serialise();
    await flip(popup.popup, true);
    await popup.popup.waitForFunction(() => /underlined/.test(document.querySelector('[data-testid=annotate-status]')?.textContent ?? ''), { timeout: 10_000 }).catch(() => undefined);
    on = await annotations(page);
    await flip(popup.popup, false);
    await page.waitForFunction(() => !document.querySelector('[data-crux-ann]'), { timeout: 5_000 }).catch(() => undefined);
    same = (await serialise()) === before;
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('underlines the actors\' mentions and marks demand sentences with their labels', () => {
    expect({
      underlined: on.highlights + on.wrappers > 0,
      title: on.titles.some((t) => /^Vladimir Putin demands of .+: .+/.test(t)),
    }).toEqual({ underlined: true, title: true });
  });

  it('switching off gives back the exact DOM', () => {
    expect(same).toBe(true);
  });

  it('the popup logged no errors', () => {
    expect(popup.errors).toEqual([]);
  });
});
