// Page metadata Readability does not give (or gives only sometimes): the publication date, the
// site name, the language. Read from standard meta tags, JSON-LD and <time>.
import { ARTICLE_TYPES, jsonLdObjects, ldType, type LdObject } from './jsonld';

/** Meta tags that carry a publication date (attribute, value), most specific first. */
const DATE_META: readonly (readonly ['property' | 'name' | 'itemprop', string])[] = [
  ['property', 'article:published_time'], ['name', 'article:published_time'],
  ['itemprop', 'datePublished'], ['name', 'pubdate'], ['name', 'publishdate'],
  ['name', 'date'], ['name', 'DC.date.issued'], ['name', 'dcterms.created'],
  ['property', 'og:published_time'], ['name', 'sailthru.date'], ['name', 'parsely-pub-date'],
];
/** The attributes that name a meta tag (http-equiv compared ignoring case, as its selector does). */
const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'] as const;
type MetaKey = (typeof META_KEYS)[number];

/**
 * The page's meta tags, read in one pass (getElementsByTagName) when first asked, instead of a
 * selector walk over the whole document per tag (linkedom also compiles the selector on every call).
 */
export class MetaTags {
  /** per "attribute=value", the content of the first such tag a selector finds (outside <template>); null when that tag has none */
  private first: Map<string, string | null> | null = null;
  /** per "attribute=value", the first content of such a tag that has one (the publication date's reading) */
  private withContent: Map<string, string> | null = null;

  /** `metas`: the page's meta tags in document order, when the caller has them */
  constructor(private readonly doc: Document, private readonly metas?: readonly Element[]) {}

  private read(): void {
    const first = new Map<string, string | null>();
    const withContent = new Map<string, string>();
    for (const meta of this.metas ?? Array.from(this.doc.getElementsByTagName('meta'))) {
      const content = meta.getAttribute('content');
      let templated: boolean | undefined;
      for (const attr of META_KEYS) {
        const raw = meta.getAttribute(attr);
        if (raw === null) continue;
        const key = `${attr}=${attr === 'http-equiv' ? raw.toLowerCase() : raw}`;
        if (content !== null && !withContent.has(key)) withContent.set(key, content);
        if (!first.has(key) && !(templated ??= inTemplate(meta))) first.set(key, content);
      }
    }
    this.first = first;
    this.withContent = withContent;
  }

  /** The content of the first `<meta attr="value">`, as `doc.querySelector(...)?.getAttribute('content')` gives it. */
  content(attr: MetaKey, value: string): string | null | undefined {
    if (!this.first) this.read();
    return this.first!.get(`${attr}=${attr === 'http-equiv' ? value.toLowerCase() : value}`);
  }

  /** The first content of a `<meta attr="value">` that has one. */
  firstContent(attr: Exclude<MetaKey, 'http-equiv'>, value: string): string | undefined {
    if (!this.withContent) this.read();
    return this.withContent!.get(`${attr}=${value}`);
  }
}

/** A selector does not look inside a <template> (a browser's DOM keeps its content out of the document; linkedom does not). */
function inTemplate(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === 'template') return true;
  return false;
}

export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  // keep ISO strings as the site wrote them (they carry the site's own time zone)
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The article's datePublished in the page's JSON-LD objects. */
function jsonLdDate(objects: LdObject[]): string | null {
  for (const o of objects) {
    if (ARTICLE_TYPES.test(ldType(o)) && typeof o.datePublished === 'string') return o.datePublished;
  }
  return null;
}

/** What publishedDate reads of the page, when the caller has it already. */
export interface DateSources {
  /** the page's JSON-LD objects */
  ld?: LdObject[];
  meta?: MetaTags;
  /** the page's <time> elements, in document order */
  times?: readonly Element[];
}

export function publishedDate(doc: Document, fromReadability: string | null | undefined, { ld, meta = new MetaTags(doc), times }: DateSources = {}): string | null {
  const direct = normaliseDate(fromReadability);
  if (direct) return direct;
  for (const [key, value] of DATE_META) {
    const v = normaliseDate(meta.firstContent(key, value));
    if (v) return v;
  }
  const fromLd = normaliseDate(jsonLdDate(ld ?? jsonLdObjects(doc)));
  if (fromLd) return fromLd;
  // the first <time datetime> (a selector's: not inside a <template>)
  const time = (times ?? Array.from(doc.getElementsByTagName('time'))).find((t) => t.hasAttribute('datetime') && !inTemplate(t));
  return normaliseDate(time?.getAttribute('datetime'));
}

/** The site's name; else the host of its address (`url`, the page's canonical link as the survey found it, og:url). */
export function siteName(fromReadability: string | null | undefined, url: string | undefined, meta: MetaTags, canonical: Element | null): string | null {
  const name = fromReadability?.trim() || meta.content('property', 'og:site_name')?.trim() || meta.content('name', 'application-name')?.trim();
  if (name) return name;
  const href = url || canonical?.getAttribute('href') || meta.content('property', 'og:url');
  try { return href ? new URL(href).hostname.replace(/^www\./, '') : null; } catch { return null; }
}

/** The primary language subtag the page declares (`en`, `pt`…), or null. */
export function declaredLang(doc: Document, fromReadability: string | null | undefined, meta = new MetaTags(doc)): string | null {
  const raw = fromReadability || doc.documentElement?.getAttribute('lang') ||
    meta.content('http-equiv', 'content-language') || meta.content('property', 'og:locale');
  const m = raw?.trim().toLowerCase().match(/^([a-z]{2,3})\b/);
  return m?.[1] ?? null;
}

/** Common English function words: a text where they are frequent is English. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'said', 'by', 'at', 'from', 'this', 'are', 'have', 'be', 'has', 'an', 'they', 'not', 'but', 'his', 'her', 'which', 'were', 'been', 'will', 'their', 'would']);

/** Share of function words above which a text is English. */
const ENGLISH_SHARE = 0.12;
/** Below this many words the share is too noisy to judge by. */
const SHORT_TEXT_WORDS = 30;

/** A cheap check of the text itself: share of English function words among the first 400 words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f\u0370-\u1fff\u3040-\uffff']+/g)?.slice(0, 400) ?? [];
  if (words.length < 5) return /^[\x00-\x7f]*$/.test(text);
  const hits = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  // a short text (a sentence or two) may be mostly names: one function word and Latin letters will do
  if (words.length < SHORT_TEXT_WORDS) return hits >= 1 && /^[\x00-\x7f\u00c0-\u024f\u2010-\u201f]*$/.test(text);
  return hits / words.length >= ENGLISH_SHARE;
}
