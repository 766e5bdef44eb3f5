// Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi; no geckodriver, no browser
// download) in a throwaway profile, installs the built extension (.output/firefox-mv2) as a
// temporary add-on under a fixed internal UUID, so its pages are moz-extension://UUID/…, and
// records the URL of every request any page makes. With `proxyPort` the whole browser (pages,
// popup, background page, content scripts, Firefox itself) goes through that proxy, 127.0.0.1
// included.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');
/** the extension's internal UUID in the test profile (any fixed value works) */
export const FIREFOX_UUID = '6f1c9d2e-3b7a-4c55-8e0f-c2a1b0d9e417';

export interface FirefoxExtension {
  browser: Browser;
  geckoId: string;
  uuid: string;
  /** `moz-extension://UUID/`: the extension's own pages and files */
  base: string;
  /** the URL of every request made by a page opened through `newPage` (or by the browser on its own) */
  requests: string[];
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export function geckoIdOf(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const id: unknown = manifest?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Firefox's preferences that send every request through the proxy at `port` on 127.0.0.1. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true, // 127.0.0.1 through the proxy too
    'network.proxy.failover_direct': false, // never around it
  };
}

/**
 * Firefox's own background services that would otherwise show in the proxy's log: remote settings
 * (only redirectable with MOZ_REMOTE_SETTINGS_DEVTOOLS set), push, captive-portal and connectivity
 * checks, region lookup. Puppeteer already turns off updates, telemetry and safe browsing.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'dom.push.connection.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};

export async function launchFirefoxWithExtension(
  options: { proxyPort?: number; extensionDir?: string } = {},
): Promise<FirefoxExtension> {
  const dir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  const geckoId = geckoIdOf(dir);
  const uuid = FIREFOX_UUID;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...QUIET_PREFS,
      ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
    },
  });
  try {
    const requests: string[] = [];
    const tracked = new WeakSet<Page>();
    const track = (page: Page): Page => {
      if (!tracked.has(page)) {
        tracked.add(page);
        page.on('request', (r) => void requests.push(r.url()));
      }
      return page;
    };
    browser.on('targetcreated', (t) => {
      void t.page().then((p) => p && track(p), () => undefined);
    });
    const installed = await browser.installExtension(dir);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
    return {
      browser,
      geckoId,
      uuid,
      base: `moz-extension://${uuid}/`,
      requests,
      newPage: async () => track(await browser.newPage()),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
