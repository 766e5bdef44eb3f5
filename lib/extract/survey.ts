// One walk over the page's elements, first of all (before the gate and Readability): how deep they
// nest and how many there are (the guards), markup that says "article" (the gate), and the few
// elements extraction reads later (JSON-LD scripts, meta tags, <time>s, embedded posts), collected
// on the way instead of by a walk (or a selector) of their own each.
import { isEmbeddedPost } from './embeds';
import { isLdScript } from './jsonld';

export interface Survey {
  /** some element is nested deeper than the limit (the walk stopped there: the rest is not filled in) */
  deeper: boolean;
  /** the document's elements */
  elements: number;
  /** its JSON-LD scripts, in document order (as `ldScripts` finds them) */
  ldScripts: Element[];
  /** its <meta> tags, in document order (as getElementsByTagName('meta') finds them) */
  metas: Element[];
  /** its <time> elements, in document order */
  times: Element[];
  /** some blockquote is an embedded post (unwrapEmbeds has work to do) */
  embeds: boolean;
  /** its <p>, <pre> and <article> elements, in document order (what Readability's quick check asks the document for first) */
  paragraphs: Element[];
  /** its <br>s that are children of a <div>, in document order (what that check asks for next: text written as lines, not paragraphs) */
  divBreaks: Element[];
  /** its first `<link rel="canonical">` (the page's own address, where the document does not know it), or null */
  canonical: Element | null;
  /** markup says the page is an article: an <article>, an `og:type` meta of "article", or a schema.org `itemtype` naming an Article type */
  articleMarkup: boolean;
}

/** The schema.org types a page's `itemtype` names when it marks up an article (NewsArticle, BlogPosting's Article parent…): any type with "Article" in its name. */
const ARTICLE_ITEMTYPE = 'Article';

/** Walks the elements of `doc` in document order (no recursion), stopping at the first nested deeper than `limit`. */
export function surveyPage(doc: Document, limit: number): Survey {
  const out: Survey = { deeper: false, elements: 0, ldScripts: [], metas: [], times: [], embeds: false, paragraphs: [], divBreaks: [], canonical: null, articleMarkup: false };
  const root = doc.documentElement;
  let el: Element | null = root, depth = 1;
  // the depth of the <template> the walk is inside (0: none): its content is no part of the page, and a selector skips it
  let template = 0;
  while (el) {
    if (depth > limit) { out.deeper = true; break; }
    out.elements++;
    const tag = el.localName;
    if (template && depth <= template) template = 0;
    noteForExtraction(el, tag, out);
    if (!template) noteOutsideTemplates(el, tag, out);
    if (tag === 'template' && !template) template = depth;
    const child: Element | null = el.firstElementChild;
    if (child) { el = child; depth++; continue; }
    // no children: the next sibling, or the next sibling of the nearest ancestor that has one
    while (el && el !== root && !el.nextElementSibling) { el = el.parentElement; depth--; }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/** What extraction reads later: JSON-LD scripts, meta tags, <time>s, embedded posts (as getElementsByTagName finds them). */
function noteForExtraction(el: Element, tag: string, out: Survey): void {
  if (tag === 'script') { if (isLdScript(el)) out.ldScripts.push(el); }
  else if (tag === 'meta') out.metas.push(el);
  else if (tag === 'time') out.times.push(el);
  else if (tag === 'blockquote' && !out.embeds) out.embeds = isEmbeddedPost(el);
}

/** What the gate and the metadata read as selectors find them (outside templates): article markup, the elements Readability's quick check asks for, the canonical link. */
function noteOutsideTemplates(el: Element, tag: string, out: Survey): void {
  if (tag === 'p' || tag === 'pre') out.paragraphs.push(el);
  else if (tag === 'link') { if (!out.canonical && el.getAttribute('rel') === 'canonical') out.canonical = el; }
  else if (tag === 'br') { if (el.parentElement?.localName === 'div') out.divBreaks.push(el); }
  else if (tag === 'article') { out.paragraphs.push(el); out.articleMarkup = true; }
  else if (tag === 'meta' && !out.articleMarkup) out.articleMarkup = isArticleTypeMeta(el);
  if (!out.articleMarkup && el.getAttribute('itemtype')?.includes(ARTICLE_ITEMTYPE)) out.articleMarkup = true;
}

/** `<meta property="og:type" content="article">` (both values exactly so, as a selector matches them). */
function isArticleTypeMeta(meta: Element): boolean {
  return meta.getAttribute('property') === 'og:type' && meta.getAttribute('content') === 'article';
}
