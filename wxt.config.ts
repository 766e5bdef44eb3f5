import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { slimCountries } from './build/slim-countries';

// Name, description and version come from package.json (WXT reads `description` and `version`
// itself; the store name is `displayName`, since npm names are lower-case).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { displayName: string };

// The toolbar button's icon; the extension's icons (16, 32, 48, 96, 128) are public/icon/*.png,
// which WXT finds by name (drawn by assets/make-icons.mjs).
const actionIcon = { 16: 'icon/16.png', 32: 'icon/32.png' };

// Crux needs only to read the page it is opened on and to remember small per-site choices.
//
// Permissions, kept minimal (no install-time warning beyond the content script's site access;
// README.md, "Permissions", says why each; tests/e2e/privacy-bundle.test.ts pins the set):
// - `storage`: the "don't clean" list (storage.local) and the popup's analysis cache (storage.session).
// - `activeTab`: when the user clicks the toolbar button, the popup may read that one tab's URL,
//   to tell a browser page (chrome://, the web store: "can't read this page") from a web page
//   open since before Crux was installed ("reload it").
// - `offscreen` (Chrome only, no install-time warning): a page too big to read on its own main
//   thread is read in an offscreen document (reason DOM_PARSER) instead (ext/offscreen-extract.ts);
//   Firefox's background page can parse HTML itself.
// - no `tabs`: tab ids are enough for tabs.query / tabs.sendMessage / tabs.reload. Verified in
//   Chromium 156: the content script's http(s) matches do NOT expose tab.url to the extension, so
//   the `?url=` lookup (tests, popup opened as a page) asks each tab's content script for its URL
//   instead (ext/tab.ts).
// - host access comes only from the content script's matches (http/https pages); the extension
//   makes no network requests. Firefox (MV2) needs no more: verified in Firefox ESR 153, the popup
//   reaches the content script with tabs.sendMessage without host permissions (firefox.test.ts).
// The toolbar button's title is the popup's <title> (WXT takes it from entrypoints/popup/index.html).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: pkg.displayName,
    permissions: ['storage', 'activeTab', ...(manifestVersion === 3 ? ['offscreen'] : [])],
    ...(manifestVersion === 2 ? { browser_action: { default_icon: actionIcon } } : { action: { default_icon: actionIcon } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Crux collects and transmits nothing (Firefox asks new extensions to declare it). The id
            // is the add-on's identity on addons.mozilla.org and keys its storage: never change it.
            gecko: { id: 'crux@crux-reader.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // `npm run zip`: .output/crux-<version>-chrome.zip and -firefox.zip for the stores, and
  // crux-<version>-sources.zip, the source code addons.mozilla.org asks for (everything needed to
  // rebuild: `npm ci && npm run build`). WXT already leaves out node_modules, .output, dotfiles
  // and *.test.ts; the rest below is not needed to build.
  zip: {
    excludeSources: ['artifacts/**', 'scratch/**', 'tests/**'],
  },
  vite: () => ({
    // the content script imports lib/page.ts, which never reaches lib/nlp; the popup's copy of the
    // country data set is trimmed to the fields lib/nlp reads
    plugins: [preact(), slimCountries()],
    // no modulepreload polyfill: it is a fetch() of the popup's own chunks that every supported
    // browser does natively, and without it the bundles contain no network call at all
    build: { modulePreload: { polyfill: false } },
  }),
});
