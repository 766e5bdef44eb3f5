// The NLP side of the analysis: one parse, then actors, demands and the summary from it.
import type { Article, TextAnalysis } from '../types';
import { looksEnglish } from '../extract/metadata';
import { parseArticle } from './parse';
import { findMentions } from './mentions';
import { markRoundupSections } from './sections';
import { buildActors, toActors, type ActorRecord } from './actors';
import { findDemands, toDemands } from './demands';
import { summarize } from './summary';
import { nameKeyOf } from './lexicon/countries';

/** Salience a demand adds to its demander and to each addressee. */
const DEMANDER_BONUS = 2;
const TARGET_BONUS = 1;

export function analyzeArticleText(article: Article): TextAnalysis {
  const english = article.lang ? article.lang === 'en' : looksEnglish(article.text);
  if (!english) return { actors: [], demands: [], summary: leadSentences(article.text), nlpApplied: false };
  const sentences = parseArticle(article.title, article.text);
  markRoundupSections(sentences);
  const exclude = new Set<string>();
  for (const n of [article.siteName, ...(article.byline?.split(/,|\band\b|\bby\b|\|/i) ?? [])]) {
    const k = n ? nameKeyOf(n.replace(/^by\s+/i, '')) : '';
    if (k) exclude.add(k);
  }
  const mentions = findMentions(sentences, exclude);
  const index = buildActors(mentions);
  const demands = findDemands(sentences, mentions, index);
  const bonus = new Map<ActorRecord, number>();
  for (const d of demands) {
    bonus.set(d.actor, (bonus.get(d.actor) ?? 0) + DEMANDER_BONUS);
    for (const t of d.targets) bonus.set(t, (bonus.get(t) ?? 0) + TARGET_BONUS);
  }
  const actors = toActors(index, bonus);
  const summary = summarize(sentences, demands, actors.slice(0, 3));
  return { actors, demands: toDemands(demands), summary, nlpApplied: true };
}

/** Without NLP (not English): the first sentences of the article. */
function leadSentences(text: string): string[] {
  const first = text.split(/\n\s*\n/).find((p) => p.split(/\s+/).length >= 8) ?? '';
  return first ? first.split(/(?<=[.!?。！？])\s+/).slice(0, 2) : [];
}
