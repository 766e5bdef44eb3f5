// A page too big to read on its own main thread. Readability is one synchronous call: on a page of
// tens of thousands of elements it holds the page's main thread for seconds. There the content
// script writes the page out as HTML in slices (giving the thread back in between), hands the text
// to the extension, which parses it and runs the same extraction (lib/extract/article) off the
// page's thread (ext/offscreen-extract.ts), and takes back what the rest of the page side needs:
// the article and its blocks, which the clutter guard recognises on the live page. Ordinary pages
// never come here. The messages of that exchange are ext/extract-messages.ts.
import { MAX_NESTING_DEPTH, noArticle } from '../lib/extract/article';
import { partsOf, serializeSteps } from '../lib/dom/serialize';
import { now, round } from '../lib/page';
import type { Extracted } from '../lib/extract/article';
import type { Yielding } from './slices';
import { fromWire, isExtractAnswer, isMoreBlocks, isPartReceived, MAX_HTML_CHARS, PART_CHARS, type ExtractRequest, type MoreRequest } from './extract-messages';

/**
 * Pages with more elements than this are read off the page's thread. The biggest real pages of the
 * corpus (a long Wikipedia article, ~10,000 elements) extract on the page in tens of ms on a desktop;
 * Readability's time grows faster than the element count (50,000 paragraphs: ~2.8 s in one call).
 */
export const OFFLOAD_MIN_ELEMENTS = 12_000;
/**
 * …or more characters of text than this (scripts and styles not counted): Readability measures and
 * re-measures every candidate's text, so a book-length page is slow with few elements. The corpus's
 * longest pages hold a few hundred thousand characters.
 */
export const OFFLOAD_MIN_TEXT_CHARS = 1_000_000;
/** Script types whose text the extraction reads (JSON-LD: the article gate, metadata, the article body); other scripts are written empty (Readability drops them first thing). */
const READ_SCRIPT_TYPES = new Set(['application/ld+json']);
/** Elements whose text is not page text (not counted in the size). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** What extractElsewhere gives the page side: the extraction, as lib/page's pageSteps takes it. */
export interface Offloaded { extracted: Extracted; extractMs: number }

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Is `doc` too big to extract on its own main thread within the budget? (A cheap look: an element count, then a text walk that stops early.) */
export function tooBigForThePage(doc: Document): boolean {
  // (native and cheap in a browser; linkedom finds nothing for '*' there, hence the selector)
  if ((doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length) > OFFLOAD_MIN_ELEMENTS) return true;
  const root = doc.body;
  if (!root) return false;
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === TEXT_NODE) {
      chars += (node.nodeValue ?? '').length;
      if (chars > OFFLOAD_MIN_TEXT_CHARS) return true;
    }
    const down = node.nodeType === ELEMENT_NODE && !NOT_TEXT.has((node as Element).localName) ? node.firstChild : null;
    if (down) { node = down; continue; }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/** Script elements whose text nothing downstream reads. */
function unreadScript(el: Element): boolean {
  return el.localName === 'script' && !READ_SCRIPT_TYPES.has((el.getAttribute('type') ?? '').trim().toLowerCase());
}

/**
 * The extraction of a huge page, done by the extension off the page's thread: the page written out
 * in slices and sent in parts with `send` (pausing between them), the answer checked. A page nested
 * too deep has no article (as on the page). Null when the page is not huge, or when the extension
 * gave no usable answer: the caller then extracts on the page as before.
 */
export async function extractElsewhere(doc: Document, url: string, yielding: Yielding, send: (request: ExtractRequest | MoreRequest) => Promise<unknown>): Promise<Offloaded | null> {
  if (!tooBigForThePage(doc)) return null;
  const t0 = now();
  const steps = serializeSteps(doc, { skipContent: unreadScript, baseHref: doc.baseURI || url, maxDepth: MAX_NESTING_DEPTH });
  let pieces: string[] | null;
  for (;;) {
    await yielding.pause();
    const step = steps.next();
    if (step.done) { pieces = step.value; break; }
  }
  // nested too deep: no article, as the page side's own gate says (lib/extract/article)
  if (pieces === null) return { extracted: noArticle(doc), extractMs: round(now() - t0) };
  const chars = pieces.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_HTML_CHARS) return null;
  const id = Math.random().toString(36).slice(2);
  const parts = Math.max(1, Math.ceil(chars / PART_CHARS));
  const texts = partsOf(pieces, PART_CHARS);
  let answer: unknown = null;
  for (let part = 0; part < parts; part++) {
    await yielding.pause();
    const html = texts.next().value ?? '';
    answer = await yielding.wait(send({ type: 'crux:extract-html', id, part, parts, html, url }).catch(() => null));
    if (part < parts - 1 && !isPartReceived(answer)) return null;
  }
  if (!isExtractAnswer(answer) || 'error' in answer) return null;
  const blocks = answer.extracted.blocks;
  for (let part = 1; part <= (answer.more ?? 0); part++) {
    await yielding.pause();
    const more = await yielding.wait(send({ type: 'crux:extract-more', id, part }).catch(() => null));
    if (!isMoreBlocks(more)) return null;
    for (const b of more.blocks) blocks.push(b);
  }
  await yielding.pause();
  return { extracted: fromWire({ ...answer.extracted, blocks }), extractMs: answer.ms };
}
