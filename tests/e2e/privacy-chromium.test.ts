// Privacy in Chromium: a full scenario (both test pages cleaned, each popup analysing its page,
// "Show everything" and "Hide clutter again", "Don't clean this site" and back, a reload) in its own
// Chromium with the built extension, recording every request the browser context reports (its
// pages, the popups, the content scripts, which run in the pages, and the extension's service
// worker) and every WebSocket; only the test page's own requests (127.0.0.1) and the extension's
// own files (chrome-extension://ID/) may appear. Mandatory when CI=true; elsewhere skipped when
// /usr/bin/chromium is missing (chromium.test.ts says so). Run `npm run build` first.
//
// Why no proxy here, as in the Firefox suite: Chromium keeps talking to Google's services on its
// own (component updates, the clock check), whatever the flags, so a proxy's log could not tell
// Crux's requests from the browser's. The recording below is per context, so it is Crux's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { forUrl, openPopup, waitForCleanup } from './support/crux';
import { ROUTES, SAMPLE_CASE, SEED_CASE, SWITCH_PATH } from './support/cases';
import { foreignRequests } from './support/requests';

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);

describe.skipIf(!available && !mandatory)('privacy in Chromium: no request leaves the extension', () => {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  const requests: string[] = [];
  const sockets: string[] = [];
  const states: string[] = [];

  beforeAll(async () => {
    server = await serveFiles(ROUTES);
    browser = await launchWithExtension();
    const { context, extensionId } = browser;
    context.on('request', (r) => void requests.push(r.url()));
    context.on('page', (p) => p.on('websocket', (ws) => void sockets.push(ws.url())));
    const origin = server.origin;

    for (const c of [SEED_CASE, SAMPLE_CASE]) {
      const page = await context.newPage();
      await page.goto(origin + c.path, { waitUntil: 'load' });
      await waitForCleanup(page);
      const { popup, state } = await openPopup(context, extensionId, forUrl(origin + c.path));
      states.push(`${c.name}: ${state}`);
      await popup.getByRole('button', { name: 'Show everything' }).click({ timeout: 5_000 });
      await popup.getByRole('button', { name: 'Hide clutter again' }).click({ timeout: 5_000 });
      await waitForCleanup(page, 5_000);
      await popup.close();
    }

    const page = await context.newPage();
    await page.goto(origin + SWITCH_PATH, { waitUntil: 'load' });
    await waitForCleanup(page);
    const off = await openPopup(context, extensionId, forUrl(origin + SWITCH_PATH));
    await off.popup.getByRole('button', { name: "Don't clean this site" }).click({ timeout: 5_000 });
    await off.popup.getByRole('button', { name: 'Clean this site again' }).waitFor({ timeout: 5_000 });
    await page.reload({ waitUntil: 'load' });
    const on = await openPopup(context, extensionId, forUrl(origin + SWITCH_PATH));
    await on.popup.getByRole('button', { name: 'Clean this site again' }).click({ timeout: 5_000 });
    await waitForCleanup(page, 5_000);
    await new Promise((r) => setTimeout(r, 1_000)); // anything late would show too
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ran the full scenario (each popup analysed its page)', () => {
    expect(states).toEqual(['seed: state-ready', 'sample: state-ready']);
  });

  it('recorded the pages\' and the popups\' requests', () => {
    const origin = server?.origin ?? '';
    expect(requests).toContain(origin + SEED_CASE.path);
    expect(requests.some((u) => u.startsWith(`chrome-extension://${browser?.extensionId}/`))).toBe(true);
  });

  it('made no request but the test page\'s own and the extension\'s own files', () => {
    expect(foreignRequests(requests, [`${server?.origin}/`, `chrome-extension://${browser?.extensionId}/`])).toEqual([]);
  });

  it('opened no WebSocket', () => {
    expect(sockets).toEqual([]);
  });
});
