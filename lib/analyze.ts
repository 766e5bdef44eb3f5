// The one pipeline: the content script, the popup and the command line all call these.
//   extractPage: page side, cheap (Readability on a clone + clutter rules on the live DOM); no NLP.
//   analyzeText: NLP side (actors, demands, summary) over the extracted article.
//   analyze:     both, for the command line and tests.
import type { Analysis, Article } from './types';
import { extractPage, now, round, type ExtractOptions } from './page';
import { analyzeText } from './text';

export { extractPage, type ExtractOptions, type PageResult } from './page';
export { analyzeText } from './text';

export function analyze(doc: Document, options: ExtractOptions = {}): Analysis {
  const t0 = now();
  const page = extractPage(doc, options);
  const t1 = now();
  const text = analyzeText(page.article);
  const t2 = now();
  return {
    isArticle: page.isArticle,
    lang: page.lang,
    article: page.article,
    clutter: page.clutter,
    actors: text.actors,
    demands: text.demands,
    summary: text.summary,
    nlpApplied: text.nlpApplied,
    timings: { ...page.timings, nlpMs: round(t2 - t1), totalMs: round(t2 - t0) },
  };
}

/** The analysis of plain article text (a `.txt` input): no page, so no extraction and no clutter. */
export function analyzePlainText(text: string, title: string | null = null): Analysis {
  const t0 = now();
  const clean = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = clean.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const body = paragraphs.join('\n\n');
  const article: Article | null = body
    ? { title, byline: null, siteName: null, published: null, excerpt: paragraphs[0] ?? null,
        text: body, wordCount: countWords(body), lang: null, dir: null }
    : null;
  const nlp = analyzeText(article);
  const t1 = now();
  return {
    isArticle: article !== null, lang: null, article, clutter: [],
    actors: nlp.actors, demands: nlp.demands, summary: nlp.summary, nlpApplied: nlp.nlpApplied,
    timings: { extractMs: 0, clutterMs: 0, nlpMs: round(t1 - t0), totalMs: round(t1 - t0) },
  };
}

export function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

