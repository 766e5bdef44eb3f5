// Real Chromium with a real back/forward cache (issue #9): an article page is left for another
// page and brought back with Back. Chromium keeps the page whole in its back/forward cache (the
// test checks it did: a value the page set before is still there), Crux paused meanwhile and
// carries on: what it hid stays hidden, the clutter the page adds again when shown is hidden, the
// app's next article (history.pushState) is followed, and the popup reads the page. Playwright
// switches the cache off by default, and Chromium keeps no page served with `no-store`: the
// browser is launched with it on, and the pages are served cacheable. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { askContentScript, forUrl, openPopup, waitForCleanup } from './support/crux';
import { bornMark, lateCommentsHidden, navigateApp, OTHER_PAGE, restoredFromCache, SECOND_STORY, STORY_PAGE } from '../fixtures/hostile/bfcache';

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);

/** rounds of leave-and-come-back before the test gives up on the cache */
const BFCACHE_TRIES = 3;

const text = (r: Record<string, unknown> | null) => String((r?.article as { text?: string } | null)?.text ?? '');

describe.skipIf(!available && !mandatory)('the back/forward cache (Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  let dir = '';
  const seen = {
    fromCache: false,
    sameWindow: false,
    hiddenBefore: 0,
    hiddenAfter: 0,
    lateHidden: false,
    popupState: null as string | null,
    popupErrors: [] as string[],
    next: null as Record<string, unknown> | null,
    pageErrors: [] as string[],
    tries: 0,
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crux-bfcache-'));
    const story = path.join(dir, 'story.html');
    const other = path.join(dir, 'other.html');
    await writeFile(story, STORY_PAGE);
    await writeFile(other, OTHER_PAGE);
    server = await serveFiles({ '/story.html': story, '/other.html': other }, { cacheable: true });
    browser = await launchWithExtension({ backForwardCache: true });
    const url = `${server.origin}/story.html`;
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => seen.pageErrors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    // Whether Back uses the cache is the browser's call: when it loads the page anew instead, the
    // whole round is tried again, up to BFCACHE_TRIES times (a page Crux kept out of the cache
    // would fail every time).
    for (let attempt = 1; attempt <= BFCACHE_TRIES && !seen.fromCache; attempt++) {
      await waitForCleanup(page);
      const born = await page.evaluate(bornMark);
      seen.hiddenBefore = Number((await askContentScript(browser.worker, url))?.hidden ?? -1);
      await page.goto(`${server.origin}/other.html`, { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'commit' }); // a page from the cache fires no load event
      await page.waitForFunction(() => document.readyState === 'complete');
      seen.fromCache = await page.evaluate(restoredFromCache);
      seen.sameWindow = (await page.evaluate(bornMark)) === born;
      seen.tries = attempt;
    }
    seen.lateHidden = await page
      .waitForFunction(lateCommentsHidden, undefined, { timeout: 5_000, polling: 100 })
      .then(() => true, () => false);
    seen.hiddenAfter = Number((await askContentScript(browser.worker, url))?.hidden ?? -1);

    const popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
    seen.popupState = popup.state;
    seen.popupErrors = popup.errors;
    await popup.popup.close();

    await page.evaluate(navigateApp);
    const next = `${server.origin}/story-2.html`;
    const end = Date.now() + 15_000;
    while (Date.now() < end && !text(seen.next).includes(SECOND_STORY)) {
      seen.next = await askContentScript(browser.worker, next).catch(() => null);
      await page.waitForTimeout(250);
    }
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Back shows the page from the back/forward cache (the same window, not a new load)', () => {
    if (seen.tries > 1) console.log(`the back/forward cache (Chromium): Back used the cache on round ${seen.tries}`);
    expect({ fromCache: seen.fromCache, sameWindow: seen.sameWindow }).toEqual({ fromCache: true, sameWindow: true });
  });

  it('what Crux hid before is still hidden, and Crux still answers', () => {
    expect({ before: seen.hiddenBefore > 0, after: seen.hiddenAfter >= seen.hiddenBefore }).toEqual({ before: true, after: true });
  });

  it('hides the clutter the page adds again when it is shown from the cache', () => {
    expect(seen.lateHidden).toBe(true);
  });

  it('the popup reads the page shown from the cache', () => {
    expect({ state: seen.popupState, errors: seen.popupErrors }).toEqual({ state: 'state-ready', errors: [] });
  });

  it('follows the app to its next article after the page came back from the cache', () => {
    expect(text(seen.next)).toContain(SECOND_STORY);
  });

  it('puts no error in the page', () => {
    expect(seen.pageErrors).toEqual([]);
  });
});
