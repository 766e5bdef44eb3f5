// The analysis a page yields: the shape of ../shared/CONTRACT.md (field names kept; extra fields allowed).

export type ClutterKind = 'paywall' | 'comments' | 'newsletter' | 'promo' | 'social' | 'other';
export type ActorType = 'person' | 'organization' | 'country' | 'group';

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a date, else null */
  published: string | null;
  excerpt: string | null;
  /** the article body as plain text, paragraphs separated by blank lines */
  text: string;
  wordCount: number;
  /** language subtag from the page (`en`, `de`…), or null */
  lang: string | null;
  /** reading direction from the page, or null */
  dir: string | null;
}

export interface ClutterItem {
  kind: ClutterKind;
  /** the element's whole text content, white space collapsed */
  text: string;
  /** which rule hid it (a constant's name), for people debugging a page */
  rule: string;
}

export interface Actor {
  name: string;
  type: ActorType;
  role?: string;
  affiliation?: string;
  aliases: string[];
  mentions: number;
  salience: number;
}

export interface Demand {
  actor: string;
  target: string[];
  demand: string;
  /** the sentence that states the demand, verbatim from `article.text` (or the headline): the popup finds it in the page by this text */
  evidence: string;
  trigger: string;
}

export interface Timings {
  extractMs: number;
  clutterMs: number;
  nlpMs: number;
  totalMs: number;
}

/** What the page side (content script) produces: cheap, no NLP. */
export interface PageExtraction {
  isArticle: boolean;
  lang: string | null;
  article: Article | null;
  clutter: ClutterItem[];
  timings: Pick<Timings, 'extractMs' | 'clutterMs'>;
}

/** What the NLP side adds to an article. */
export interface TextAnalysis {
  actors: Actor[];
  demands: Demand[];
  summary: string[];
  /** true when the article is English and actors/demands were computed */
  nlpApplied: boolean;
}

export interface Analysis {
  source?: string;
  isArticle: boolean;
  lang: string | null;
  article: Article | null;
  clutter: ClutterItem[];
  actors: Actor[];
  demands: Demand[];
  summary: string[];
  nlpApplied: boolean;
  timings: Timings;
}
