import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { slimCountries } from './build/slim-countries';

// Crux needs only to read the page it is opened on and to remember small per-site choices.
//
// Permissions, kept minimal (no install-time warning beyond the content script's site access):
// - `storage`: the "don't clean" list (storage.local) and the popup's analysis cache (storage.session).
// - `activeTab`: when the user clicks the toolbar button, the popup may read that one tab's URL,
//   to tell a browser page (chrome://, the web store: "can't read this page") from a web page
//   open since before Crux was installed ("reload it").
// - no `tabs`: tab ids are enough for tabs.query / tabs.sendMessage / tabs.reload. Verified in
//   Chromium 156: the content script's http(s) matches do NOT expose tab.url to the extension, so
//   the `?url=` lookup (tests, popup opened as a page) asks each tab's content script for its URL
//   instead (ext/tab.ts).
// - host access comes only from the content script's matches (http/https pages); the extension
//   makes no network requests.
// The toolbar button's title is the popup's <title> (WXT takes it from entrypoints/popup/index.html).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Crux',
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Crux collects and transmits nothing (Firefox asks new extensions to declare it).
            gecko: { id: 'crux@crux-reader.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    // the content script imports lib/page.ts, which never reaches lib/nlp; the popup's copy of the
    // country data set is trimmed to the fields lib/nlp reads
    plugins: [preact(), slimCountries()],
  }),
});
