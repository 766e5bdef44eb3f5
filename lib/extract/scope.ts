// What Readability reads: on most news pages one element holds nearly all of the page's paragraph
// text (an <article>, <main>, itemprop="articleBody", or just the column the story is in), and
// Readability finds the same article in a copy of that element alone (with the page's <head> and
// the few things it reads elsewhere, see scopedCopy) as in a copy of the whole page, at a fraction
// of the cost: menus, footers, teaser grids and sidebars (often half a page's elements) are
// neither copied nor scored. Elsewhere the whole page is read, and so it is when the element alone
// gives no article. On the 218 corpus pages the answers are the same, element for element.

import { nextOutside } from '../dom/descendants';

/** Elements that say "the article (or the page's main content) is in here": these tags, role="main", itemprop="articleBody". */
const CONTAINER_TAGS = new Set(['article', 'main']);
const ARTICLE_BODY = /(^|\s)articleBody(\s|$)/;
/** Such an element must hold at least this share of the page's paragraph text (the rest: teasers, comments, footers; at 0.6 the first corpus page reads differently). */
const MIN_MARKED_SHARE = 0.7;
/** Any other element must hold nearly all of it (nothing says it is the article; it must be all the page has). */
const MIN_UNMARKED_SHARE = 0.95;
/** Pages with less paragraph text than this are read whole (Readability's own fall-backs for short texts look at the whole page). */
const MIN_PAGE_PROSE_CHARS = 500;
/** An unmarked element is only trusted on pages with this much paragraph text. */
const MIN_UNMARKED_PAGE_PROSE_CHARS = 2000;
/** Reading an element alone only pays when it leaves out at least this share of the page's elements. */
const MIN_LEFT_OUT_SHARE = 0.25;

function isMarked(el: Element): boolean {
  return CONTAINER_TAGS.has(el.localName) || el.getAttribute('role') === 'main' || ARTICLE_BODY.test(el.getAttribute('itemprop') ?? '');
}

interface Region { el: Element; first: number; size: number; prose: number; marked: boolean }

/**
 * The element holding the page's article text, when one does (see above); null: read the whole
 * page. One walk over the body (it runs on every article page): how many elements each element
 * holds and how much paragraph text.
 */
export function articleScope(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const regions: Region[] = [];
  const open: Region[] = [];
  let count = 0, total = 0;
  let el: Element | null = body.firstElementChild;
  while (el) {
    count++;
    open.push({ el, first: count, size: 0, prose: 0, marked: false });
    if (el.localName === 'p') {
      const chars = (el.textContent ?? '').length;
      total += chars;
      for (const r of open) r.prose += chars;
    }
    const child: Element | null = el.firstElementChild;
    if (child) { el = child; continue; }
    // leaving `el`, and every ancestor whose last child it is
    let up: Element = el;
    for (;;) {
      const r = open.pop() as Region;
      if (r.prose) { r.size = count - r.first + 1; r.marked = isMarked(up); regions.push(r); }
      const next: Element | null = up.nextElementSibling;
      if (next) { el = next; break; }
      const parent: Element | null = up.parentElement;
      if (!parent || parent === body) { el = null; break; }
      up = parent;
    }
  }
  if (total < MIN_PAGE_PROSE_CHARS) return null;
  // the outermost element that holds enough and still leaves out enough of the page (the more of
  // the article's surroundings it keeps, the more of Readability's view of the page stays: a
  // standfirst above an <article>, a caption beside it)
  const most = (1 - MIN_LEFT_OUT_SHARE) * count;
  let best: Region | null = null;
  for (const r of regions) {
    const enough = r.marked
      ? r.prose >= MIN_MARKED_SHARE * total
      : total >= MIN_UNMARKED_PAGE_PROSE_CHARS && r.prose >= MIN_UNMARKED_SHARE * total;
    if (enough && r.size <= most && (!best || r.size > best.size)) best = r;
  }
  return best?.el ?? null;
}

/** Readability's own test for a byline element (Readability.js REGEXPS.byline, _isValidByline), applied outside the scope. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
/** A byline-like element is copied whole up to this many characters: Readability weighs it as one (a byline under 100 characters), so its text must stay whole, spaces included; past it, only its own byline-like parts are copied. */
const MAX_BYLINE_BOX_CHARS = 1000;

/**
 * Outside the scope, what Readability still reads of the page: JSON-LD and <meta> (its metadata),
 * h1 and h2 headings (which it checks the page's title against) and byline-like elements (it
 * takes the first it meets). Copies of them go into the scoped copy, those met before the scope before it.
 */
function readsOutside(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'meta' || tag === 'h1' || tag === 'h2') return true;
  if (tag === 'script') return el.getAttribute('type') === 'application/ld+json';
  const cls = el.getAttribute('class'), id = el.getAttribute('id'), itemprop = el.getAttribute('itemprop');
  if (el.getAttribute('rel') !== 'author' && !itemprop?.includes('author') && !BYLINE.test(`${cls ?? ''} ${id ?? ''}`)) return false;
  const chars = (el.textContent ?? '').trim().length;
  return chars > 0 && chars < MAX_BYLINE_BOX_CHARS;
}

/**
 * A copy of `doc` for Readability: its <html> and <head> as they are and, of its <body>, the scope
 * and what Readability reads outside it (readsOutside), each whole, with the chain of their
 * ancestors (each copied without its other children: their attributes, such as dir, hidden and
 * the class names Readability weighs or drops, stay), all in document order.
 */
export function scopedCopy(doc: Document, scope: Element): Document {
  const copy = doc.cloneNode(false) as Document;
  // copies are made by the copy (importNode), never by the live page: a copy the live page made
  // would be one of its own elements for a moment, and an <img> of the page's would start loading
  const take = <T extends Node>(node: T, deep: boolean): T => copy.importNode(node, deep);
  if (doc.doctype) copy.appendChild(take(doc.doctype, false));
  const html = copy.appendChild(take(doc.documentElement, false));
  if (doc.head) html.appendChild(take(doc.head, true));
  const liveBody = doc.body as Element;
  const copies = new Map<Element, Element>([[liveBody, html.appendChild(take(liveBody, false))]]);
  /** the copy of `live`'s parent, made (with its own ancestors) when first needed */
  const parentCopy = (live: Element): Element => {
    const parent = live.parentElement as Element;
    let made = copies.get(parent);
    if (!made) {
      made = parentCopy(parent).appendChild(take(parent, false));
      copies.set(parent, made);
    }
    return made;
  };
  // the body's elements in document order, without recursion; a kept element's subtree is passed over
  let el: Element | null = liveBody.firstElementChild;
  while (el) {
    let child: Element | null = null;
    if (el === scope || readsOutside(el)) parentCopy(el).appendChild(take(el, true));
    else child = el.firstElementChild;
    el = child ?? nextOutside(el, liveBody);
  }
  return copy;
}
