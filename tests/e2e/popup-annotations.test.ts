// Real Chromium: the popup's "Annotate the page" switch (actor mentions underlined per actor with
// the CSS Custom Highlight API, demand sentences marked with a margin bar and a tooltip, the
// choice remembered, off gives back the exact DOM), an actor's disclosure (mouse and keyboard),
// the popup's width at 380 and 420 px, axe-core after the changes, and screenshots of every state
// in light and dark. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { axeViolations } from './support/axe';
import { ROUTES, SEED_CASE } from './support/cases';
import { SCREENSHOTS, forUrl, openPopup, screenshot, waitForCleanup, type PopupState } from './support/crux';


const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found (apt-get install chromium). With CI=true this is a failure.`);
}

/** A page with no article: a list of links (written for this test). */
const LIST_PAGE = `<!doctype html><html lang="en"><head><title>Section front</title></head><body>
<nav><a href="/a">World</a> <a href="/b">Sport</a></nav><ul>${Array.from({ length: 12 }, (_, i) =>
  `<li><a href="/story-${i}">Headline number ${i} about the day's events</a></li>`).join('')}</ul></body></html>`;

/** What the page shows of the annotations. */
function annotationState(page: Page) {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const actors = h ? [...h.entries()].filter(([k]) => k.startsWith('crux-actor-')) : [];
    const demands = [...document.querySelectorAll<HTMLElement>('[data-crux-ann=demand]')];
    return {
      actorHighlights: actors.length,
      mentions: Object.fromEntries(actors.map(([k, set]) => [k, [...set].map((r) => r.toString())])),
      demandText: demands.map((d) => d.textContent).join(''),
      titles: [...new Set(demands.map((d) => d.title))],
      bar: demands[0] ? getComputedStyle(demands[0]).boxShadow : 'none',
      wrappers: document.querySelectorAll('[data-crux-ann=actor]').length,
    };
  });
}


/** A screenshot in light and in dark. */
async function both(popup: Page, name: string): Promise<void> {
  await screenshot(popup, name);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await screenshot(popup, `${name}-dark`);
  await popup.emulateMedia({ colorScheme: 'light' });
}

const serialise = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe.skipIf(!available && !mandatory)('popup: annotations, actor details, looks (Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  let page: Page;
  let popup: PopupState;
  let before = '';
  let on: Awaited<ReturnType<typeof annotationState>>;
  let status = '';
  const foreign: string[] = [];

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'crux-popup-'));
    await writeFile(path.join(dir, 'list.html'), LIST_PAGE);
    server = await serveFiles({ ...ROUTES, '/list.html': path.join(dir, 'list.html') });
    browser = await launchWithExtension();
    browser.context.on('request', (r) => {
      const u = r.url();
      if (/^(https?|wss?):/.test(u) && !u.startsWith(server?.origin ?? '')) foreign.push(u);
    });
    const url = server.origin + SEED_CASE.path;
    page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForCleanup(page);
    popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
    // the first screenshot of a page makes Chromium itself add style="" to the page's <input>: take it first
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chromium-seed-page-before-annotations.png') });
    before = await serialise(page);
    await popup.popup.getByRole('switch', { name: 'Annotate the page' }).click({ timeout: 5_000 });
    const st = popup.popup.getByTestId('annotate-status');
    await st.filter({ hasText: /underlined/ }).waitFor({ timeout: 10_000 }).catch(() => undefined);
    status = (await st.textContent()) ?? '';
    on = await annotationState(page);
    // what the reader sees: the page at the first marked demand sentence
    await page.evaluate(() => document.querySelector('[data-crux-ann=demand]')?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chromium-seed-page-annotations.png') });
    await both(popup.popup, 'chromium-popup-ready-annotating');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('annotations on', () => {
    it('the popup says what it marked', () => {
      expect(status).toMatch(/^\d+ mentions underlined, [1-9]\d* demand sentences? marked$/);
    });

    it('underlines an actor\'s mentions with a highlight of its own (no wrapper elements)', () => {
      const all = Object.values(on.mentions).flat();
      expect({
        several: on.actorHighlights >= 3,
        putin: all.filter((m) => /Putin/.test(m)).length > 1,
        wrappers: on.wrappers,
      }).toEqual({ several: true, putin: true, wrappers: 0 });
    });

    it('each highlight holds the mentions of one actor only', () => {
      const putin = Object.values(on.mentions).find((ms) => ms.includes('Vladimir Putin')) ?? [];
      expect(putin.filter((m) => !/Putin/.test(m))).toEqual([]);
    });

    it('marks a demand sentence with a margin bar and a "X demands of Y: …" tooltip', () => {
      expect({
        text: on.demandText.includes('immediate'),
        title: on.titles.some((t) => /^Vladimir Putin demands of .+: .+/.test(t)),
        bar: on.bar !== 'none',
      }).toEqual({ text: true, title: true, bar: true });
    });

    it('is remembered: a new popup for the page shows the switch on and annotates again', async () => {
      const again = await openPopup(browser!.context, browser!.extensionId, forUrl(server!.origin + SEED_CASE.path));
      const checked = await again.popup.getByRole('switch', { name: 'Annotate the page' }).getAttribute('aria-checked');
      await again.popup.getByTestId('annotate-status').filter({ hasText: /underlined/ }).waitFor({ timeout: 10_000 }).catch(() => undefined);
      const state = await annotationState(page);
      await again.popup.close();
      expect({ checked, actors: state.actorHighlights, sentences: state.titles.length > 0 })
        .toEqual({ checked: 'true', actors: on.actorHighlights, sentences: true });
    });
  });

  describe('actor details', () => {
    it('a click expands an actor: its other names and its demands', async () => {
      const actor = popup.popup.getByTestId('actor').filter({ hasText: 'Vladimir Putin' }).first();
      await actor.getByRole('button').click();
      const details = actor.getByTestId('actor-details');
      await expect.poll(() => details.isVisible()).toBe(true);
      const text = await details.innerText();
      await actor.scrollIntoViewIfNeeded();
      await both(popup.popup, 'chromium-popup-actor-expanded');
      expect({
        expanded: await actor.getByRole('button').getAttribute('aria-expanded'),
        aliases: /Also called: .*Putin/.test(text),
        demands: /immediate talks/.test(text),
      }).toEqual({ expanded: 'true', aliases: true, demands: true });
    });

    it('the keyboard toggles it (Enter, then Space)', async () => {
      // by the button's own name: an expanded actor's details (Putin's demands) also say "NATO"
      const button = popup.popup.getByTestId('actor').getByRole('button', { name: /NATO/ }).first();
      await button.focus();
      await popup.popup.keyboard.press('Enter');
      // Preact renders the new state after the event: wait for it before the next key
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
      await button.focus();
      await popup.popup.keyboard.press('Space');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    });
  });

  describe('looks', () => {
    for (const width of [380, 420]) {
      it(`no horizontal scroll at ${width} px, with an actor expanded`, async () => {
        await popup.popup.setViewportSize({ width, height: 800 });
        const over = await popup.popup.evaluate(() => {
          document.body.style.width = `${innerWidth}px`;
          const o = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          document.body.style.width = '';
          return o;
        });
        await popup.popup.setViewportSize({ width: 400, height: 800 });
        expect(over).toBeLessThanOrEqual(0);
      });
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`axe-core: no violations with annotations on and an actor expanded (${scheme})`, async () => {
        await popup.popup.emulateMedia({ colorScheme: scheme });
        const v = await axeViolations(popup.popup);
        await popup.popup.emulateMedia({ colorScheme: 'light' });
        expect(v).toEqual([]);
      });
    }
  });

  describe('annotations off', () => {
    it('gives back the page\'s DOM exactly as it was', async () => {
      await popup.popup.getByRole('switch', { name: 'Annotate the page' }).click();
      await expect.poll(() => popup.popup.getByRole('switch', { name: 'Annotate the page' }).getAttribute('aria-checked')).toBe('false');
      await page.waitForFunction(() => !document.querySelector('[data-crux-ann]'), undefined, { timeout: 5_000 }).catch(() => undefined);
      const off = await annotationState(page);
      expect({ same: (await serialise(page)) === before, highlights: off.actorHighlights }).toEqual({ same: true, highlights: 0 });
    });
  });

  describe('other states, light and dark', () => {
    it('no article', async () => {
      const list = await browser!.context.newPage();
      await list.goto(`${server!.origin}/list.html`, { waitUntil: 'load' });
      const p = await openPopup(browser!.context, browser!.extensionId, forUrl(`${server!.origin}/list.html`));
      await both(p.popup, 'chromium-popup-no-article');
      expect(p.state).toBe('state-noarticle');
    });

    it('error with retry', async () => {
      const p = await openPopup(browser!.context, browser!.extensionId, '?tabId=999999999');
      await both(p.popup, 'chromium-popup-error');
      expect({ state: p.state, retry: await p.popup.getByRole('button', { name: 'Retry' }).count() }).toEqual({ state: 'state-error', retry: 1 });
    });

    it('a page Crux cannot touch (a browser page)', async () => {
      const internal = await browser!.context.newPage();
      await internal.goto('chrome://version/').catch(() => undefined);
      const probe = await openPopup(browser!.context, browser!.extensionId, '?tabId=999999999');
      // without the `tabs` permission no URL is visible: the newest tab is the browser page
      const id = await probe.popup.evaluate(async () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const c = (globalThis as any).chrome;
        const own = await c.tabs.getCurrent();
        const tabs: Array<{ id: number }> = await c.tabs.query({});
        return Math.max(...tabs.map((t) => t.id).filter((t) => t !== own?.id));
      });
      await probe.popup.close();
      const p = await openPopup(browser!.context, browser!.extensionId, `?tabId=${id}`);
      await both(p.popup, 'chromium-popup-unsupported');
      expect(p.state).toBe('state-unsupported');
    });

    it('analysing: the skeleton while the page is asked', async () => {
      const p = await browser!.context.newPage();
      await p.setViewportSize({ width: 400, height: 600 });
      // the page never answers, so the popup stays in its skeleton
      await p.addInitScript(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (globalThis as any).chrome.tabs.sendMessage = () => new Promise(() => undefined);
      });
      await p.goto(`chrome-extension://${browser!.extensionId}/popup.html${forUrl(server!.origin + SEED_CASE.path)}`);
      const busy = await p.getByTestId('state-analysing').getAttribute('aria-busy', { timeout: 5_000 }).catch(() => null);
      await both(p, 'chromium-popup-analysing');
      expect(busy).toBe('true');
    });
  });

  it('nothing went to another host, and the popup logged no errors', () => {
    expect({ foreign, errors: popup.errors }).toEqual({ foreign: [], errors: [] });
  });
});
