// Real-browser test in Firefox: Debian's Firefox ESR (/usr/bin/firefox-esr) driven by
// puppeteer-core over WebDriver BiDi, with the built extension (.output/firefox-mv2) installed as
// a temporary add-on; the same scenario as chromium.test.ts on the seed page and the sample page,
// served from 127.0.0.1. Mandatory when CI=true; elsewhere skipped (with a message) when
// firefox-esr is missing. Run `npm run build` first.
//
// Privacy, for real: the whole browser goes through a recording proxy for the entire run (every
// request of every page, of the popup, of the extension's background page and content script, and
// of Firefox itself), and the last checks assert that the test page's own requests were the only
// ones made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { FIREFOX, launchFirefoxWithExtension } from './support/firefox';
import { serveFiles, type StaticServer } from './support/server';
import { describeFirefoxPage, describeFirefoxSiteSwitch, type FirefoxEnv } from './support/firefoxPageSuite';
import { openPopup } from './support/firefoxCrux';
import { ROUTES, SAMPLE_CASE, SEED_CASE, SWITCH_PATH, SWITCH_SIGN_IN } from './support/cases';
import { foreignRequests, proxiedUrl, startRecordingProxy, type RecordingProxy } from './support/requests';

const mandatory = process.env.CI === 'true';
const available = existsSync(FIREFOX);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED Firefox: ${FIREFOX} not found (apt-get install firefox-esr). With CI=true this is a failure.`);
}

describe.skipIf(!available && !mandatory)('Crux in Firefox', () => {
  let env: FirefoxEnv | undefined;
  let server: StaticServer | undefined;
  let proxy: RecordingProxy | undefined;

  beforeAll(async () => {
    server = await serveFiles(ROUTES);
    proxy = await startRecordingProxy(server.origin);
    env = { ff: await launchFirefoxWithExtension({ proxyPort: proxy.port }), origin: server.origin };
  });

  afterAll(async () => {
    await env?.ff.close();
    await proxy?.close();
    await server?.close();
  });

  const getEnv = (): FirefoxEnv => {
    if (!env) throw new Error('the browser did not start');
    return env;
  };

  describeFirefoxPage(SEED_CASE, getEnv);
  describeFirefoxPage(SAMPLE_CASE, getEnv);
  describeFirefoxSiteSwitch(SWITCH_PATH, SWITCH_SIGN_IN, getEnv);

  it('popup shows the error state for a tab that does not exist', async () => {
    const { popup, state } = await openPopup(getEnv().ff, '?tabId=999999999');
    await popup.close();
    expect(state).toBe('state-error');
  });

  // Runs last: everything above is the "full scenario" whose requests are checked.
  describe('privacy: no request leaves the extension', () => {
    it('the browser sent its requests through the recording proxy (so the record is complete)', () => {
      const seen = (proxy?.seen ?? []).map(proxiedUrl);
      expect(seen).toContain(`${getEnv().origin}${SEED_CASE.path}`);
    });

    it('the whole browser made no request but the test page\'s own', () => {
      const seen = (proxy?.seen ?? []).map(proxiedUrl);
      expect(foreignRequests(seen, [`${getEnv().origin}/`])).toEqual([]);
    });

    it('pages and popups requested only the test page and the extension\'s own files', () => {
      const { ff, origin } = getEnv();
      expect(ff.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(ff.requests, [`${origin}/`, ff.base])).toEqual([]);
    });
  });
});
