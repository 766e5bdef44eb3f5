// One compromise pass over the article, shared by every NLP stage: sentences with their tokens
// and part-of-speech tags.
import nlp from 'compromise/two'; // the tagger alone: the NLP here needs tags, not compromise's phrase API

export interface Token {
  text: string;
  /** punctuation and spaces after the word */
  post: string;
  pre: string;
  normal: string;
  tags: Set<string>;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  /** paragraph index in the article; -1 for the headline */
  paragraph: number;
  /** sentence index over the whole article (headline = -1) */
  index: number;
  /** a headline in Title Case: its capitals say nothing about names */
  titleCase?: boolean;
  /** in a roundup's later items, after its first section heading (sections.ts) */
  aside?: boolean;
}

/** Share of long words capitalised above which a headline is in Title Case. */
const TITLE_CASE_SHARE = 0.6;

export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

/**
 * compromise's steps up to its lexicon and pre-tagger, without the post-tagger's sweep of match
 * patterns: the tags this project reads (proper nouns, people, places, verbs, determiners) come
 * from the first steps; the sweep cost 60% of the time and moved no gold figure by more than one
 * item (measured on the 40 gold pages).
 */
const TAGGING = ['contractions', 'alias', 'machine', 'index', 'id', 'lexicon', 'preTagger', 'contractionTwo'];

interface JsonTerm { text: string; pre: string; post: string; normal: string; tags: string[] }
interface JsonSentence { text: string; terms: JsonTerm[] }

export function parseSentences(text: string, paragraph: number, startIndex: number): Sentence[] {
  const json = nlp.tokenize(text).compute(TAGGING).json({ terms: { normal: true } }) as JsonSentence[];
  return json.map((s, i) => ({
    text: s.text.trim(),
    paragraph,
    index: startIndex + i,
    tokens: s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: new Set(t.tags) })),
  }));
}

/** The article as sentences: the headline first (paragraph -1), then every paragraph. */
export function parseArticle(title: string | null, text: string): Sentence[] {
  const out: Sentence[] = [];
  if (title) out.push(...parseSentences(title, -1, -1).slice(0, 1).map((h) => ({ ...h, titleCase: isTitleCase(title) })));
  let index = 0;
  text.split(/\n\s*\n/).forEach((para, p) => {
    if (!para.trim()) return;
    const ss = parseSentences(para, p, index);
    index += ss.length;
    out.push(...ss);
  });
  return out;
}
