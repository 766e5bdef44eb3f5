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
  /** the word without the quotes or brackets around it ("Putin’s" of “Putin’s) */
  unquoted: string;
  /** …and without a possessive 's ("Putin" of “Putin’s) */
  bare: string;
  /** the bare word without dots, in lower case: how the lexicons list words ("us" of "U.S.") */
  plain: string;
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
 * item (measured on the 40 gold pages). nlp.tokenize has already run 'alias', 'normal', 'machine'
 * and 'contractions'; 'alias' and 'machine' again would change nothing, and 'id' only serves
 * compromise's match pointers, which nothing here uses ('index' does not: without it the tagger
 * reads the wrong terms). 'contractions' again would split the contractions it split already a
 * second time ("we're" became we + are + are, "isn't" is + not + not): without it the analysis is
 * the same on all 218 corpus pages, and the parse ~7% cheaper.
 */
const TAGGING = ['index', 'lexicon', 'preTagger', 'contractionTwo'];

interface DocTerm { text: string; pre: string; post: string; normal: string; tags: Set<string> }

export function parseSentences(text: string, paragraph: number, startIndex: number): Sentence[] {
  // the terms straight from the document (what .json() would copy, without copying them)
  const docs = (nlp.tokenize(text).compute(TAGGING) as unknown as { docs: DocTerm[][] }).docs;
  return docs.map((terms, i) => ({
    text: sentenceText(terms),
    paragraph,
    index: startIndex + i,
    tokens: terms.map(toToken),
  }));
}

/** What the unquoted and bare forms strip: quotes and brackets around the word, a possessive's apostrophe (most words have none). */
const QUOTE_MARKS = /[“”"‘’'()]/;

/** A term as a token, with its unquoted, bare and plain forms made once (the later stages read them again and again). */
function toToken(t: DocTerm): Token {
  let unquoted = t.text, bare = t.text;
  if (QUOTE_MARKS.test(t.text)) {
    const opened = t.text.replace(/^[“"‘'(]+/, '');
    unquoted = opened.replace(/[”"’')]+$/, '');
    bare = opened.replace(/[’']s$/, '').replace(/[”"’')]+$/, '');
  }
  return { text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: t.tags, unquoted, bare, plain: (bare.includes('.') ? bare.replace(/\./g, '') : bare).toLowerCase() };
}

/** The sentence as written, as compromise's .json() gives it (a term without text shows its normal form). */
function sentenceText(terms: DocTerm[]): string {
  let out = '';
  for (const t of terms) out += (t.pre || '') + (t.text || t.normal || '') + (t.post || '');
  return out.trim();
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
