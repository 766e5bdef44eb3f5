// Firefox ESR with its back/forward cache (issue #9), the same page as lifecycle-chromium.test.ts:
// left for another page and brought back with Back (history.back(); a page from the cache fires
// no load event). The test checks the page came from the cache (the same window), then that Crux
// carries on: it answers, hides the comments box the page adds again when shown, and follows the
// app to its next article. Firefox keeps no page served with `no-store`: pages are served cacheable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIREFOX, launchFirefoxWithExtension, type FirefoxExtension } from './support/firefox';
import { serveFiles, type StaticServer } from './support/server';
import { askContentScript, waitForCleanup } from './support/firefoxCrux';
import { bornMark, lateCommentsHidden, navigateApp, OTHER_PAGE, restoredFromCache, SECOND_STORY, STORY_PAGE } from '../fixtures/hostile/bfcache';

const mandatory = process.env.CI === 'true';
const available = existsSync(FIREFOX);

/** rounds of leave-and-come-back before the test gives up on the cache */
const BFCACHE_TRIES = 3;

const text = (r: Record<string, unknown> | null) => String((r?.article as { text?: string } | null)?.text ?? '');

describe.skipIf(!available && !mandatory)('the back/forward cache (Firefox)', () => {
  let ff: FirefoxExtension | undefined;
  let server: StaticServer | undefined;
  let dir = '';
  const seen = { fromCache: false, sameWindow: false, report: null as Record<string, unknown> | null, lateHidden: false, next: null as Record<string, unknown> | null, tries: 0 };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crux-bfcache-ff-'));
    await writeFile(path.join(dir, 'story.html'), STORY_PAGE);
    await writeFile(path.join(dir, 'other.html'), OTHER_PAGE);
    server = await serveFiles({ '/story.html': path.join(dir, 'story.html'), '/other.html': path.join(dir, 'other.html') }, { cacheable: true });
    ff = await launchFirefoxWithExtension();
    const url = `${server.origin}/story.html`;
    const page = await ff.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Whether Back uses the cache is Firefox's call, and now and then (seen once in CI, never
    // reproduced here, idle or loaded) it loads the page anew: the whole round is tried again then,
    // up to BFCACHE_TRIES times; a page Crux kept out of the cache would fail every time.
    for (let attempt = 1; attempt <= BFCACHE_TRIES && !seen.fromCache; attempt++) {
      await waitForCleanup(page);
      const born = await page.evaluate(bornMark);
      await page.goto(`${server.origin}/other.html`, { waitUntil: 'load' });
      await page.evaluate(() => history.back());
      seen.fromCache = await page.waitForFunction(restoredFromCache, { timeout: 10_000, polling: 100 }).then(() => true, () => false);
      seen.sameWindow = (await page.evaluate(bornMark)) === born;
      seen.tries = attempt;
    }
    seen.lateHidden = await page.waitForFunction(lateCommentsHidden, { timeout: 5_000, polling: 100 }).then(() => true, () => false);
    seen.report = await askContentScript(ff, url).catch(() => null);
    await page.evaluate(navigateApp);
    const end = Date.now() + 15_000;
    while (Date.now() < end && !text(seen.next).includes(SECOND_STORY)) {
      seen.next = await askContentScript(ff, `${server.origin}/story-2.html`).catch(() => null);
      await new Promise((r) => setTimeout(r, 250));
    }
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Back shows the page from the back/forward cache (the same window, not a new load)', () => {
    if (seen.tries > 1) console.log(`the back/forward cache (Firefox): Back used the cache on round ${seen.tries}`);
    expect({ fromCache: seen.fromCache, sameWindow: seen.sameWindow }).toEqual({ fromCache: true, sameWindow: true });
  });

  it('Crux still answers, with what it hid still hidden', () => {
    expect({ isArticle: seen.report?.isArticle, hidden: Number(seen.report?.hidden ?? 0) > 0 }).toEqual({ isArticle: true, hidden: true });
  });

  it('hides the clutter the page adds again when it is shown from the cache', () => {
    expect(seen.lateHidden).toBe(true);
  });

  it('follows the app to its next article after the page came back from the cache', () => {
    expect(text(seen.next)).toContain(SECOND_STORY);
  });
});
