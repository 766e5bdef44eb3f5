// Real Chromium, three corpus pages (not the seed or sample): the popup settles ready and names a
// key actor of the page; clicking its first demand (where it finds one) scrolls the page to that
// sentence and highlights it; annotations on underline mentions, and off give back the exact
// DOM. Screenshots of each popup and of each annotated page. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { SCREENSHOTS, forUrl, openPopup, screenshot, waitForCleanup } from './support/crux';

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found (apt-get install chromium). With CI=true this is a failure.`);
}

/** Corpus pages of different kinds, and one actor each that a reader would call key. */
const PAGES = [
  { name: 'guardian-1', actor: 'Hori Parata' }, // a feature with named people and a tribe
  { name: 'bbc-1', actor: 'Barack Obama' }, // a political story, countries and institutions
  { name: 'nytimes-3', actor: 'Con Edison' }, // a local story about a company, no demands
];
const file = (name: string) => path.resolve(`../shared/corpus/readability/${name}/source.html`);

interface Seen {
  state: string | null;
  rows: string;
  demands: number;
  evidence: string;
  highlighted: string;
  mentions: number;
  same: boolean;
  errors: string[];
}

const serialise = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’“”"]/g, "'").trim();

describe.skipIf(!available && !mandatory)('popup on corpus pages (Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  const seen = new Map<string, Seen>();

  beforeAll(async () => {
    server = await serveFiles(Object.fromEntries(PAGES.map((p) => [`/${p.name}.html`, file(p.name)])));
    browser = await launchWithExtension();
    for (const p of PAGES) {
      const url = `${server.origin}/${p.name}.html`;
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForCleanup(page, 3_000);
      const popup = await openPopup(browser.context, browser.extensionId, forUrl(url));
      await screenshot(popup.popup, `chromium-corpus-${p.name}-popup`);
      const rows = (await popup.popup.locator('[data-testid=actor], [data-testid=demand]').allInnerTexts()).join('\n');
      const demands = await popup.popup.getByTestId('demand').count();
      let evidence = '';
      let highlighted = '';
      if (demands > 0) {
        const first = popup.popup.getByTestId('demand').first();
        evidence = (await first.locator('blockquote').textContent()) ?? '';
        await first.getByRole('button').first().click();
        await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
        highlighted = await page.evaluate(() => {
          const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('crux-evidence');
          return h ? [...h].map((r) => r.toString()).join(' ') : '';
        });
      }
      // the first screenshot of a page can make Chromium touch its form fields: take it before the "before"
      await page.screenshot({ path: path.join(SCREENSHOTS, `chromium-corpus-${p.name}-page-before.png`) });
      const before = await serialise(page);
      const toggle = popup.popup.getByRole('switch', { name: 'Annotate the page' });
      await toggle.click();
      const status = popup.popup.getByTestId('annotate-status');
      await status.filter({ hasText: /underlined/ }).waitFor({ timeout: 10_000 }).catch(() => undefined);
      const mentions = Number(/^(\d+) mention/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
      await page.evaluate(() => {
        const ranges = [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.values() ?? [])].flatMap((h) => [...h]);
        const first = document.querySelector('[data-crux-ann]') ?? ranges[0]?.startContainer.parentElement;
        first?.scrollIntoView({ block: 'center' });
      });
      await page.screenshot({ path: path.join(SCREENSHOTS, `chromium-corpus-${p.name}-page-annotated.png`) });
      await toggle.click();
      await page.waitForFunction(() => !document.querySelector('[data-crux-ann]'), undefined, { timeout: 5_000 }).catch(() => undefined);
      await popup.popup.getByRole('switch', { name: 'Annotate the page', checked: false }).waitFor({ timeout: 5_000 }).catch(() => undefined);
      const same = (await serialise(page)) === before;
      seen.set(p.name, { state: popup.state, rows, demands, evidence, highlighted, mentions, same, errors: popup.errors });
      await popup.popup.close();
      await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const p of PAGES) {
    describe(p.name, () => {
      const get = () => seen.get(p.name) ?? ({} as Seen);

      it(`settles ready and names ${p.actor}`, () => {
        expect({ state: get().state, named: get().rows.includes(p.actor) }).toEqual({ state: 'state-ready', named: true });
      });

      it('a demand, where there is one, highlights its own sentence in the page', () => {
        const s = get();
        if (s.demands === 0) return expect(s.highlighted).toBe('');
        expect(squash(s.highlighted)).toBe(squash(s.evidence));
      });

      it('annotations underline mentions, and switching off gives back the exact DOM', () => {
        expect({ mentions: get().mentions > 0, same: get().same }).toEqual({ mentions: true, same: true });
      });

      it('the popup logged no errors', () => {
        expect(get().errors).toEqual([]);
      });
    });
  }
});
