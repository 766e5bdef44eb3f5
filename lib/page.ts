// The page side of the analysis: what the content script runs. Cheap, and never imports the NLP
// (so the content script bundle stays small): Readability on a clone plus the clutter rules.
import type { Article, PageExtraction } from './types';
import { extractArticle, longEnoughForArticle, type Extracted } from './extract/article';
import { clutterSteps, type FoundClutter } from './clutter/find';
import type { ClutterContext } from './clutter/context';
import { clock, finish } from './steps';

export interface ExtractOptions {
  /** the page's URL, when the document does not know it (command line) */
  url?: string;
  /** the article, when it was already extracted elsewhere (a huge page, off its main thread: ext/huge-page.ts), and how long that took */
  extracted?: { extracted: Extracted; extractMs: number } | null;
}

export interface PageResult extends PageExtraction {
  /** the live elements to hide, in document order (parallel to `clutter`) */
  elements: Element[];
  /** what the clutter rules know of the page (the article guard), for clutter added later; null without an article */
  context: ClutterContext | null;
}

export const now = clock;
export const round = (ms: number) => Math.round(ms * 100) / 100;

export function extractPage(doc: Document, options: ExtractOptions = {}): PageResult {
  return finish(pageSteps(doc, options));
}

/**
 * The same work as extractPage, in stages (the article, then the clutter scan): the generator
 * stops between them, so the content script can give the page's main thread back in between
 * instead of holding it for the whole analysis.
 */
export function* pageSteps(doc: Document, options: ExtractOptions = {}): Generator<void, PageResult, void> {
  const t0 = now();
  const extracted = options.extracted?.extracted ?? extractArticle(doc, options);
  const extractMs = options.extracted?.extractMs ?? round(now() - t0);
  let found: FoundClutter[] = [];
  let article: Article | null = extracted.article;
  let context: ClutterContext | null = null;
  let clutterMs = 0;
  if (extracted.article) {
    yield;
    // the clutter scan in its own stages; its time is the work between pauses, not the pauses
    const steps = clutterSteps(doc, extracted);
    let work = 0;
    for (;;) {
      const t1 = now();
      const step = steps.next();
      work += now() - t1;
      if (step.done) {
        found = step.value.found;
        article = step.value.article;
        context = step.value.ctx;
        break;
      }
      yield;
    }
    clutterMs = round(work);
    // every block was clutter (or what is left is too short): the page has no article, so, as on
    // any page without one, nothing is hidden and nothing is summarised (never an empty summary)
    if (article && !longEnoughForArticle(article.text)) {
      article = null;
      found = [];
      context = null;
    }
  }
  return {
    isArticle: article !== null,
    lang: extracted.lang,
    article,
    clutter: found.map(({ kind, text, rule }) => ({ kind, text, rule })),
    elements: found.map((f) => f.element),
    context,
    timings: { extractMs, clutterMs },
  };
}
