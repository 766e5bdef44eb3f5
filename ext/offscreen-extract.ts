// The background's side of a huge page's extraction (ext/huge-page.ts): it answers the content
// script's crux:extract-html. Firefox (MV2): the background page has DOMParser and runs the
// extraction itself (ext/extract-html.ts, loaded only there). Chrome (MV3): the service worker has
// no DOM, so it opens an offscreen document (reason DOM_PARSER; entrypoints/offscreen), hands the
// request on to it, and closes it again when no extraction is left.
import { browser } from 'wxt/browser';
import type { Block } from '../lib/extract/blocks';
import {
  blockParts, isExtractAnswer, isExtractRequest, isFromOwnContentScript, isMoreRequest, MAX_HTML_CHARS,
  type ExtractAnswer, type ExtractRequest, type MoreBlocks, type MoreRequest, type OffscreenRequest, type PartReceived,
} from './extract-messages';

/** The offscreen document's page (entrypoints/offscreen, built for Chrome only). */
export const OFFSCREEN_PATH = '/offscreen.html';

/** A page's HTML as its parts arrive (one transfer per tab; a new one replaces an unfinished one). */
interface Transfer { id: string; url: string; parts: string[]; chars: number }

/**
 * Adds one part to its tab's transfer: the whole HTML when it was the last part, null while more
 * are to come, or an error (a part out of order, too much text).
 */
export function receivePart(transfers: Map<number, Transfer>, tabId: number, request: ExtractRequest): string | null | { error: string } {
  const { id, part, parts, html, url } = request;
  if (part === 0) transfers.set(tabId, { id, url, parts: [], chars: 0 });
  const t = transfers.get(tabId);
  if (!t || t.id !== id || t.url !== url || t.parts.length !== part || t.chars + html.length > MAX_HTML_CHARS) {
    transfers.delete(tabId);
    return { error: 'a part of the page came out of order' };
  }
  t.parts.push(html);
  t.chars += html.length;
  if (part < parts - 1) return null;
  transfers.delete(tabId);
  return t.parts.join('');
}

/** The blocks of a tab's answer not yet fetched (part 1 … n of blockParts), by transfer id. */
interface Waiting { id: string; parts: Block[][] }

/** The answer with its blocks' first part; the other parts wait in `results` for the tab's crux:extract-more. */
export function firstPart(results: Map<number, Waiting>, tabId: number, id: string, answer: ExtractAnswer): ExtractAnswer {
  if ('error' in answer) return answer;
  const parts = blockParts(answer.extracted.blocks);
  if (parts.length > 1) results.set(tabId, { id, parts });
  return { ...answer, extracted: { ...answer.extracted, blocks: parts[0]! }, more: parts.length - 1 };
}

/** The answer to crux:extract-more: that part of the waiting blocks (the last one asked frees them), or an error. */
export function morePart(results: Map<number, Waiting>, tabId: number, request: MoreRequest): MoreBlocks | { error: string } {
  const w = results.get(tabId);
  const blocks = w && w.id === request.id ? w.parts[request.part] : undefined;
  if (!blocks) return { error: 'no such part' };
  if (request.part === w!.parts.length - 1) results.delete(tabId);
  return { blocks };
}

/** The background's part: answers crux:extract-html and crux:extract-more from this extension's content scripts. */
export function listenForExtractRequests(): void {
  const ownId = browser.runtime.id;
  const transfers = new Map<number, Transfer>();
  const results = new Map<number, Waiting>();
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isFromOwnContentScript(sender, ownId) || typeof sender.tab?.id !== 'number') return undefined;
    const tabId = sender.tab.id;
    if (isMoreRequest(message)) {
      sendResponse(morePart(results, tabId, message));
      return undefined;
    }
    if (!isExtractRequest(message)) return undefined;
    if (message.part === 0) results.delete(tabId);
    const html = receivePart(transfers, tabId, message);
    if (html === null) {
      sendResponse({ received: message.part } satisfies PartReceived);
      return undefined;
    }
    if (typeof html !== 'string') {
      sendResponse(html);
      return undefined;
    }
    const { url, id } = message;
    // (the extraction's code is loaded only where it runs: Chrome's service worker never needs it)
    const answer = import.meta.env.MANIFEST_VERSION === 2
      ? import('./extract-html').then(({ extractFromHtml }) => extractFromHtml(html, url))
      : inOffscreenDocument({ type: 'crux:offscreen-extract', html, url });
    void answer.then((a) => sendResponse(firstPart(results, tabId, id, a)));
    return true; // the answer comes asynchronously
  });
}

/** Extractions the offscreen document is doing (it is closed when none is left). */
let pending = 0;
let opening: Promise<void> | null = null;
let closing: Promise<void> | null = null;

async function openOffscreen(): Promise<void> {
  await closing;
  opening ??= browser.offscreen.createDocument({
    url: browser.runtime.getURL(OFFSCREEN_PATH),
    reasons: [browser.offscreen.Reason.DOM_PARSER],
    justification: 'Reads a very large page\'s article off the page\'s main thread, so the page does not freeze.',
  }).catch((e: unknown) => {
    // already open (a service worker restarted since it opened it): use it
    if (!/single offscreen/i.test(String(e))) throw e;
  }).finally(() => { opening = null; });
  await opening;
}

async function inOffscreenDocument(request: OffscreenRequest): Promise<ExtractAnswer> {
  pending++;
  try {
    await openOffscreen();
    const answer: unknown = await browser.runtime.sendMessage(request);
    return isExtractAnswer(answer) ? answer : { error: 'no answer from the offscreen document' };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    if (--pending === 0) {
      closing = browser.offscreen.closeDocument().catch(() => undefined).finally(() => { closing = null; });
    }
  }
}
