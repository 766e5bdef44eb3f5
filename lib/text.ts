// The NLP side of the analysis: what the popup runs over the article the page side extracted.
// Never imports the page side (Readability, clutter rules), so the popup does not carry them.
import type { Article, TextAnalysis } from './types';
import { analyzeArticleText } from './nlp/pipeline';

export function analyzeText(article: Article | null): TextAnalysis {
  if (!article) return { actors: [], demands: [], summary: [], nlpApplied: false };
  return analyzeArticleText(article);
}
