// The offscreen document (Chrome, reason DOM_PARSER): the background hands it a huge page's HTML
// (crux:offscreen-extract) and it answers with the extraction (ext/offscreen-extract.ts). Only
// messages from this extension's own pages (the service worker) are read.
import { browser } from 'wxt/browser';
import { isFromExtensionPage } from '../../ext/messages';
import { isOffscreenRequest } from '../../ext/extract-messages';
import { extractFromHtml } from '../../ext/extract-html';

const origin = browser.runtime.getURL('/');
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
  if (!isOffscreenRequest(message) || !isFromExtensionPage(sender, browser.runtime.id, origin)) return undefined;
  sendResponse(extractFromHtml(message.html, message.url));
  return undefined;
});
