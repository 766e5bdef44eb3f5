// The NLP side of the analysis: what the popup runs over the article the page side extracted.
// Never imports the page side (Readability, clutter rules), so the popup does not carry them.
import type { Article, TextAnalysis } from './types';
import { analyzeArticleText } from './nlp/pipeline';

/** Bounded work on huge pages: the NLP reads at most this much of the article (about 30,000 words, more than any news story), cut at a paragraph. */
export const MAX_NLP_CHARS = 200_000;

export function analyzeText(article: Article | null): TextAnalysis {
  if (!article) return { actors: [], demands: [], summary: [], nlpApplied: false };
  return analyzeArticleText(article.text.length > MAX_NLP_CHARS ? { ...article, text: headOf(article.text, MAX_NLP_CHARS) } : article);
}

/** The text's first paragraphs that fit in `max` characters (at least the start of the first). */
function headOf(text: string, max: number): string {
  const cut = text.lastIndexOf('\n\n', max);
  return text.slice(0, cut > 0 ? cut : max);
}
