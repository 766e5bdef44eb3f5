// Content script (thin adapter): on http(s) pages at document_idle, extracts the article in
// stages that give the page's main thread back in between, hides the clutter unless the site is
// on the "don't clean" list (then keeps hiding clutter the page adds in the next seconds, see
// lib/clutter/late.ts), follows single-page apps to their next article (ext/runner.ts), pauses
// while the page sits in the back/forward cache and carries on when it is shown again
// (ext/lifecycle.ts), and answers the popup's messages (crux:get / crux:restore / crux:reclean /
// crux:highlight / crux:annotate / crux:unannotate) — only those from the extension's own pages;
// when a run ends on an article it tells the background, which analyses it ahead of the click
// (ext/preanalyser.ts). Never throws into the page. No NLP here.
import { browser } from 'wxt/browser';
import { PageRunner } from '../ext/runner';
import { isCruxRequest, isFromExtensionPage } from '../ext/messages';
import { isNoClean } from '../ext/noclean';
import { followPageLife } from '../ext/lifecycle';
import { notifyArticleReady } from '../ext/preanalyse';
import { extractElsewhere } from '../ext/huge-page';
import type { Yielding } from '../ext/slices';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    try {
      start();
    } catch {
      /* never break the page */
    }
  },
});

function start(): void {
  // a huge page's article is read by the extension, off the page's main thread (ext/huge-page.ts)
  const offload = (doc: Document, url: string, yielding: Yielding) => extractElsewhere(doc, url, yielding, (r) => browser.runtime.sendMessage(r));
  const runner = new PageRunner(window, {
    skipClean: isNoClean,
    offload,
    onSettled: (session) => {
      if (session.report().isArticle) notifyArticleReady(browser.runtime);
    },
  });
  followPageLife(window, runner);
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isFromExtensionPage(sender, browser.runtime.id, origin) || !isCruxRequest(message)) return undefined;
    void runner.answer(message).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
