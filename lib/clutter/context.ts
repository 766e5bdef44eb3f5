// What every clutter rule may ask about an element: its attribute tokens, its text and size, and
// whether hiding it would hide any of the article (the article guard).
import { blocksOf, collapse, textOf, wordCount, type Block } from '../extract/blocks';

/** A block is prose (article text, never hidden) when less than this share of it is link text. */
export const PROSE_MAX_LINK_SHARE = 0.5;
/** Prose blocks shorter than this are too common to identify the article ("Advertisement", "Share"). */
export const PROSE_MIN_WORDS = 8;
/** Sentences shorter than this are not used as article fingerprints. */
const GUARD_MIN_SENTENCE_WORDS = 6;
/** The article's container holds at least this share of the article's prose blocks found on the page. */
const ARTICLE_ROOT_SHARE = 0.8;
/** Tags that are never clutter themselves (structure, the page itself). */
const NEVER_HIDE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'H1', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR', 'IMG', 'PICTURE', 'VIDEO', 'SOURCE']);

/** Text folded for comparison: case, quotes, dashes and white space. */
export function fold(s: string): string {
  return s.toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Lower-case class and id tokens, whole ("comments-shares") and in parts ("comments", "shares"). */
export function tokensOf(el: Element): Set<string> {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  const out = new Set<string>();
  if (!raw) return out;
  for (const whole of raw.split(/\s+/)) {
    if (!whole) continue;
    const split = whole.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    out.add(whole.toLowerCase());
    for (const part of split.split(/[-_\s:.]+/)) if (part) out.add(part);
  }
  return out;
}

export function hasToken(el: Element, re: RegExp): boolean {
  for (const t of tokensOf(el)) if (re.test(t)) return true;
  return false;
}

/** Share of an element's text that is inside links. */
export function linkShare(blocks: Block[]): number {
  let all = 0, link = 0;
  for (const b of blocks) { all += b.text.length; link += b.linkChars; }
  return all ? link / all : 0;
}

export class ClutterContext {
  readonly doc: Document;
  /** the live element that holds the article (lowest common ancestor of its prose), if found */
  readonly articleRoot: Element | null;
  private readonly sentences: string[];
  private readonly headline: Element | null;
  private textCache = new WeakMap<Element, { text: string; words: number; links: number }>();

  constructor(doc: Document, articleBlocks: Block[], title: string | null) {
    this.doc = doc;
    const prose = articleBlocks.filter((b) => b.linkChars / b.text.length < PROSE_MAX_LINK_SHARE && wordCount(b.text) >= PROSE_MIN_WORDS);
    this.sentences = [];
    for (const b of prose) {
      for (const s of b.text.split(/(?<=[.!?…]["'”’)]?)\s+/)) {
        if (wordCount(s) >= GUARD_MIN_SENTENCE_WORDS) this.sentences.push(fold(s));
      }
    }
    this.articleRoot = findArticleRoot(doc, new Set(prose.map((b) => fold(b.text))));
    const t = title ? fold(title) : '';
    this.headline = t ? Array.from(doc.querySelectorAll('h1')).find((h) => fold(h.textContent ?? '') === t) ?? null : null;
  }

  /** Text, word count and link share of an element (cached). */
  info(el: Element): { text: string; words: number; links: number } {
    let v = this.textCache.get(el);
    if (!v) {
      const blocks = blocksOf(el, true);
      const text = collapse(blocks.map((b) => b.text).join(' '));
      v = { text, words: wordCount(text), links: linkShare(blocks) };
      this.textCache.set(el, v);
    }
    return v;
  }

  /** The article guard: may this element be hidden without hiding any of the article? */
  mayHide(el: Element): boolean {
    if (NEVER_HIDE.has(el.tagName.toUpperCase())) return false;
    if (this.articleRoot && (el === this.articleRoot || el.contains(this.articleRoot))) return false;
    if (this.headline && el.contains(this.headline)) return false;
    const text = fold(this.info(el).text);
    if (!text) return true;
    return !this.sentences.some((s) => text.includes(s));
  }

  /** Is `el` inside the article's container? */
  inArticle(el: Element): boolean {
    return !!this.articleRoot && this.articleRoot !== el && this.articleRoot.contains(el);
  }

  /**
   * The block a matched element stands for: climb while the parent is still headed by `el` (its
   * first text is `el`'s), holds at most `maxWords` words and may be hidden.
   */
  grow(el: Element, maxWords: number): Element {
    let best = el;
    for (let p = el.parentElement; p && p !== this.doc.body; p = p.parentElement) {
      const { words } = this.info(p);
      if (words > maxWords || !startsWith(p, best, this) || !this.mayHide(p)) break;
      best = p;
    }
    return best;
  }

  fullText(el: Element): string {
    return textOf(el);
  }
}

/** Is `inner` the first thing with text in `outer`? */
function startsWith(outer: Element, inner: Element, ctx: ClutterContext): boolean {
  const o = ctx.info(outer).text, i = ctx.info(inner).text;
  return i.length > 0 && o.startsWith(i);
}

/** The live element holding the article: the lowest common ancestor of the blocks whose text is article prose. */
function findArticleRoot(doc: Document, prose: Set<string>): Element | null {
  if (!prose.size || !doc.body) return null;
  const hits: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('p, li, blockquote, pre, h2, h3, h4, td, div'))) {
    if (el.tagName === 'DIV' && el.querySelector('p, div, li')) continue;
    if (prose.has(fold(collapse(el.textContent ?? '')))) hits.push(el);
  }
  if (!hits.length) return null;
  // the deepest ancestor holding most of them (one stray copy of a paragraph elsewhere must not
  // widen the article to the whole page)
  const counts = new Map<Element, number>();
  for (const h of hits) for (let a = h.parentElement; a; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
  const need = Math.ceil(hits.length * ARTICLE_ROOT_SHARE);
  let root: Element | null = null, depth = -1;
  for (const [el, n] of counts) {
    if (n < need) continue;
    let d = 0;
    for (let a = el.parentElement; a; a = a.parentElement) d++;
    if (d > depth) { depth = d; root = el; }
  }
  return root && root !== doc.documentElement ? root : null;
}
