// Real-browser test: Debian's Chromium with the built extension (.output/chrome-mv3) on the seed
// page and the sample page, served from 127.0.0.1. Mandatory when CI=true; elsewhere skipped
// (with a message) when /usr/bin/chromium is missing. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, launchWithExtension } from './support/chromium';
import { serveFiles, type StaticServer } from './support/server';
import { describePage, type Env } from './support/pageSuite';
import { describeSiteSwitch } from './support/siteSwitchSuite';
import { openPopup } from './support/crux';

const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
const SAMPLE = path.resolve('sample/fishing-row.html');

const mandatory = process.env.CI === 'true';
const available = existsSync(CHROMIUM);
if (!available && !mandatory) {
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found (apt-get install chromium). With CI=true this is a failure.`);
}

describe.skipIf(!available && !mandatory)('Crux in Chromium', () => {
  let env: Env | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveFiles({ '/seed.html': SEED, '/sample.html': SAMPLE });
    env = { browser: await launchWithExtension(), origin: server.origin };
  });

  afterAll(async () => {
    await env?.browser.close();
    await server?.close();
  });

  const getEnv = (): Env => {
    if (!env) throw new Error('the browser did not start');
    return env;
  };

  describePage({
    name: 'seed',
    file: SEED,
    path: '/seed.html',
    articleSentence: 'Russian President Vladimir Putin said on Tuesday',
    signIn: 'Sign in to unlock member-only benefits',
    hidden: {
      'comments guidelines': 'Comments have to be in English',
      'metering modal': 'You have reached your limit of free articles this month.',
    },
    actors: ['Vladimir Putin', 'NATO'],
  }, getEnv);

  describePage({
    name: 'sample',
    file: SAMPLE,
    path: '/sample.html',
    articleSentence: 'Norwegian Prime Minister Ingrid Halvorsen on Monday demanded that the European Union scrap',
    signIn: 'Sign in to keep reading',
    hidden: {
      comments: 'We welcome lively debate.',
      'metering modal': 'You have reached your limit of free articles for this month.',
      'newsletter box': 'The Meridian Morning',
    },
    actors: ['Ingrid Halvorsen', 'European Union'],
  }, getEnv);

  describeSiteSwitch('/seed.html?switch', 'Sign in to unlock member-only benefits', getEnv);

  it('popup shows the error state for a tab that does not exist', async () => {
    const { popup, state } = await openPopup(getEnv().browser.context, getEnv().browser.extensionId, '?tabId=999999999');
    await popup.close();
    expect(state).toBe('state-error');
  });
});
