// Finding the article: a cheap gate, then Mozilla Readability on a clone of the document (the live
// page is never touched here), then the article's text as blocks and its metadata.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { joinBlocks, wordCount, type Block } from './blocks';
import { cleanBlocks } from './clean';
import { unwrapEmbeds } from './embeds';
import { articleScope, scopedCopy } from './scope';
import { jsonLdObjects, ldArticleBody, ldScripts, type LdObject } from './jsonld';
import { declaredLang, publishedDate, siteName } from './metadata';

/** Markup that says "this page is an article" even when Readability's quick check is unsure. */
const ARTICLE_MARKUP = 'meta[property="og:type"][content="article"], article, [itemtype*="Article"]';
/** JSON-LD types that say the same. */
const ARTICLE_LD = /"@type"\s*:\s*"(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle)"/;
/** Readability gives up above this many elements; bounded work on huge pages. */
const MAX_ELEMS_TO_PARSE = 60_000;
/** News pages nest a few dozen levels deep; past this a page is hostile or broken, and Readability's work grows about as depth cubed there, so it is not run (bounded time). */
export const MAX_NESTING_DEPTH = 256;
/** Fewer words than this is not an article worth summarising. */
export const MIN_ARTICLE_WORDS = 40;
/** Chinese and Japanese write no spaces between words: their characters, about this many a word, count instead. */
const CJK_CHARS_PER_WORD = 2;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** Above this share of link text, what Readability found is a list of links (a section page of teasers), not an article. */
const MAX_ARTICLE_LINK_SHARE = 0.5;

export interface Extracted {
  article: Article | null;
  lang: string | null;
  /** the article's blocks as Readability kept them (from the clone) */
  blocks: Block[];
}

/** The cheap gate: is it worth running Readability here? */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  if (doc.querySelector(ARTICLE_MARKUP)) return true;
  for (const s of ldScripts(doc)) {
    if (ARTICLE_LD.test(s.textContent ?? '')) return true;
  }
  return isProbablyReaderable(doc);
}

/** How long a text is, in words, also where words are not spaced (Chinese, Japanese). */
export function sizeInWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  return cjk ? Math.max(wordCount(text), Math.round(cjk / CJK_CHARS_PER_WORD)) : wordCount(text);
}

/** True when a text is long enough to be an article worth summarising. */
export function longEnoughForArticle(text: string): boolean {
  return sizeInWords(text) >= MIN_ARTICLE_WORDS;
}

/** Share of the blocks' text that is inside links. */
function linkShareOf(blocks: Block[]): number {
  let all = 0, link = 0;
  for (const b of blocks) { all += b.text.length; link += b.linkChars; }
  return all ? link / all : 0;
}

/** True when some element is nested deeper than `limit` (one walk over the elements, no recursion). */
export function nestedDeeperThan(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  let el: Element | null = root, depth = 1;
  while (el) {
    if (depth > limit) return true;
    const child: Element | null = el.firstElementChild;
    if (child) { el = child; depth++; continue; }
    // no children: the next sibling, or the next sibling of the nearest ancestor that has one
    while (el && el !== root && !el.nextElementSibling) { el = el.parentElement; depth--; }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}

/** What extractArticle says of a page without an article. */
export function noArticle(doc: Document): Extracted {
  return { article: null, lang: declaredLang(doc, null), blocks: [] };
}

type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>>;
interface Read { parsed: Parsed; blocks: Block[]; text: string }

/** Readability on `copy` (a copy of the page, which it may change), then the article's blocks; null when it finds no article. */
function readCopy(copy: Document, ld: LdObject[]): Read | null {
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    unwrapEmbeds(copy);
    parsed = new Readability<Node>(copy, { serializer: (n) => n, maxElemsToParse: MAX_ELEMS_TO_PARSE, keepClasses: true }).parse();
  } catch {
    return null; // a page Readability cannot read is "no article", not a crash
  }
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return null;
  const articleBody = ldArticleBody(ld);
  const blocks = cleanBlocks(content, { title: parsed.title ?? null, byline: parsed.byline ?? null, articleBody });
  const text = joinBlocks(blocks);
  if (!longEnoughForArticle(text) || linkShareOf(blocks) > MAX_ARTICLE_LINK_SHARE) return null;
  return { parsed, blocks, text };
}

export function extractArticle(doc: Document, options: { url?: string } = {}): Extracted {
  if (!looksLikeArticle(doc) || nestedDeeperThan(doc, MAX_NESTING_DEPTH)) return noArticle(doc);
  // the element that holds the article, read alone when there is one; the whole page otherwise, or when that finds none
  const ld = jsonLdObjects(doc);
  const scope = articleScope(doc);
  const read = (scope && readCopy(scopedCopy(doc, scope), ld)) || readCopy(doc.cloneNode(true) as Document, ld);
  if (!read) return noArticle(doc);
  const { parsed, blocks, text } = read;
  const lang = declaredLang(doc, parsed.lang);
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const article: Article = {
    title: parsed.title?.trim() || meta('meta[property="og:title"]') || doc.querySelector('h1')?.textContent?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: siteName(doc, parsed.siteName, options.url),
    published: publishedDate(doc, parsed.publishedTime, ld),
    excerpt: parsed.excerpt?.trim() || null,
    text,
    wordCount: wordCount(text),
    lang,
    dir: parsed.dir ?? null,
  };
  return { article, lang, blocks };
}
