// Finding the article: a cheap gate, then Mozilla Readability on a clone of the document (the live
// page is never touched here), then the article's text as blocks and its metadata.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { joinBlocks, wordCount, type Block } from './blocks';
import { cleanBlocks } from './clean';
import { unwrapEmbeds } from './embeds';
import { jsonLdObjects, ldArticleBody, type LdObject } from './jsonld';
import { declaredLang, MetaTags, publishedDate, siteName } from './metadata';
import { articleScope, scopedCopy } from './scope';
import { surveyPage, type Survey } from './survey';

/** JSON-LD types that say "this page is an article" even when Readability's quick check is unsure (as markup does: Survey.articleMarkup). */
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

/** The cheap gate: is it worth running Readability here? (`survey`: the page's survey, when the caller has it.) */
export function looksLikeArticle(doc: Document, survey = surveyPage(doc, MAX_NESTING_DEPTH)): boolean {
  if (!doc.body) return false;
  if (survey.articleMarkup) return true;
  for (const s of survey.ldScripts) {
    if (ARTICLE_LD.test(s.textContent ?? '')) return true;
  }
  return readerable(doc, survey);
}

/**
 * Readability's quick check, its two whole-page selector queries ('p, pre, article' and
 * 'div > br') answered from the survey, which collected those elements on its walk (a DOM without
 * a browser, linkedom, runs each selector as a walk of its own); any other query still goes to the
 * document.
 */
function readerable(doc: Document, survey: Survey): boolean {
  const answers = new Map([['p, pre, article', survey.paragraphs], ['div > br', survey.divBreaks]]);
  const asked = { querySelectorAll: (query: string) => answers.get(query) ?? doc.querySelectorAll(query) };
  return isProbablyReaderable(asked as unknown as Document);
}

/** How long a text is, in words, also where words are not spaced (Chinese, Japanese). */
export function sizeInWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  return cjk ? Math.max(wordCount(text), Math.round(cjk / CJK_CHARS_PER_WORD)) : wordCount(text);
}

/** True when a text is long enough to be an article worth summarising. */
export function longEnoughForArticle(text: string): boolean {
  // sizeInWords(text) >= MIN_ARTICLE_WORDS, counting no further than that; the CJK characters only when the spaced words fall short
  return wordCount(text, MIN_ARTICLE_WORDS) >= MIN_ARTICLE_WORDS || sizeInWords(text) >= MIN_ARTICLE_WORDS;
}

/** Share of the blocks' text that is inside links. */
function linkShareOf(blocks: Block[]): number {
  let all = 0, link = 0;
  for (const b of blocks) { all += b.text.length; link += b.linkChars; }
  return all ? link / all : 0;
}

/** What extractArticle says of a page without an article. */
export function noArticle(doc: Document, meta = new MetaTags(doc)): Extracted {
  return { article: null, lang: declaredLang(doc, null, meta), blocks: [] };
}

type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>>;
interface Read { parsed: Parsed; blocks: Block[]; text: string }

/** Readability on `copy` (a copy of the page, which it may change), then the article's blocks; null when it finds no article. */
function readCopy(copy: Document, ld: LdObject[], survey: Survey): Read | null {
  // Readability counts the copy's elements (a walk of its own) only when it may find too many: the
  // copy has at most the page's elements, less the wrappers unwrapEmbeds takes away
  const maxElemsToParse = survey.elements > MAX_ELEMS_TO_PARSE ? MAX_ELEMS_TO_PARSE : 0;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    if (survey.embeds) unwrapEmbeds(copy);
    parsed = new Readability<Node>(copy, { serializer: (n) => n, maxElemsToParse, keepClasses: true }).parse();
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
  // the survey first: the gate reads its findings, and a page nested too deep is turned away before any selector runs on it
  const survey = surveyPage(doc, MAX_NESTING_DEPTH);
  if (survey.deeper) return noArticle(doc);
  if (!looksLikeArticle(doc, survey)) return noArticle(doc, new MetaTags(doc, survey.metas));
  const meta = new MetaTags(doc, survey.metas);
  const ld = jsonLdObjects(doc, survey.ldScripts);
  // the element that holds the article, read alone when there is one; the whole page otherwise, or when that finds none
  const scope = articleScope(doc);
  const read = (scope && readCopy(scopedCopy(doc, scope), ld, survey)) || readCopy(doc.cloneNode(true) as Document, ld, survey);
  if (!read) return noArticle(doc, meta);
  const { parsed, blocks, text } = read;
  const lang = declaredLang(doc, parsed.lang, meta);
  const article: Article = {
    title: parsed.title?.trim() || meta.content('property', 'og:title')?.trim() || doc.querySelector('h1')?.textContent?.trim() || null,
    byline: parsed.byline?.trim() || null,
    siteName: siteName(parsed.siteName, options.url, meta, survey.canonical),
    published: publishedDate(doc, parsed.publishedTime, { ld, meta, times: survey.times }),
    excerpt: parsed.excerpt?.trim() || null,
    text,
    wordCount: wordCount(text),
    lang,
    dir: parsed.dir ?? null,
  };
  return { article, lang, blocks };
}
