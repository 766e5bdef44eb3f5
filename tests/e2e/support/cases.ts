// The pages the browser tests load, shared by the Chromium, Firefox, privacy and popup suites:
// what must stay, what must go, whom the popup must name.
import path from 'node:path';
import type { PageCase } from './pageSuite';

export const SEED = path.resolve('../shared/seed/putin-nato-talks.html');
export const SAMPLE = path.resolve('sample/fishing-row.html');

/** the test server's routes */
export const ROUTES = { '/seed.html': SEED, '/sample.html': SAMPLE };

export const SEED_CASE: PageCase = {
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
};

export const SAMPLE_CASE: PageCase = {
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
};

/** the page the "Don't clean this site" checks use (the seed page under its own URL) */
export const SWITCH_PATH = '/seed.html?switch';
export const SWITCH_SIGN_IN = SEED_CASE.signIn;
