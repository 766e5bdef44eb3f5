// The page side of the analysis: what the content script runs. Cheap, and never imports the NLP
// (so the content script bundle stays small): Readability on a clone plus the clutter rules.
import type { Article, PageExtraction } from './types';
import { extractArticle } from './extract/article';
import { findClutter, type FoundClutter } from './clutter/find';
import type { ClutterContext } from './clutter/context';

export interface ExtractOptions {
  /** the page's URL, when the document does not know it (command line) */
  url?: string;
}

export interface PageResult extends PageExtraction {
  /** the live elements to hide, in document order (parallel to `clutter`) */
  elements: Element[];
  /** what the clutter rules know of the page (the article guard), for clutter added later; null without an article */
  context: ClutterContext | null;
}

export const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
export const round = (ms: number) => Math.round(ms * 100) / 100;

export function extractPage(doc: Document, options: ExtractOptions = {}): PageResult {
  const t0 = now();
  const extracted = extractArticle(doc, options);
  const t1 = now();
  let found: FoundClutter[] = [];
  let article: Article | null = extracted.article;
  let context: ClutterContext | null = null;
  if (extracted.article) {
    const res = findClutter(doc, extracted);
    found = res.found;
    article = res.article;
    context = res.ctx;
  }
  const t2 = now();
  return {
    isArticle: article !== null,
    lang: extracted.lang,
    article,
    clutter: found.map(({ kind, text, rule }) => ({ kind, text, rule })),
    elements: found.map((f) => f.element),
    context,
    timings: { extractMs: round(t1 - t0), clutterMs: round(t2 - t1) },
  };
}
