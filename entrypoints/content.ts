// Content script (thin adapter): on http(s) pages at document_idle, extracts the article once,
// hides the clutter unless the site is on the "don't clean" list (then keeps hiding clutter the
// page adds in the next seconds, see lib/clutter/late.ts), and answers the popup's messages
// (crux:get / crux:restore / crux:reclean / crux:highlight). Never throws into the page. No NLP here.
import { browser } from 'wxt/browser';
import { PageSession } from '../ext/session';
import { isCruxRequest } from '../ext/messages';
import { isNoClean } from '../ext/noclean';

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
  const session = new PageSession(document, location.href);
  addEventListener('pagehide', () => session.dispose(), { once: true });
  const ready = (async () => {
    session.extract();
    const skip = await isNoClean(location.hostname).catch(() => false);
    if (!skip) session.clean();
  })().catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isCruxRequest(message)) return undefined;
    ready
      .then(() => sendResponse(session.answer(message)))
      .catch(() => sendResponse(null));
    return true; // the answer comes asynchronously
  });
}
