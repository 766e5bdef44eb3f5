// What every clutter rule may ask about an element: its attribute tokens, its size and link share
// (from one linear scan of the page, cached), its text (built only when a rule asks, on small
// elements), where it stands relative to the article, and whether hiding it would hide any of the
// article (the article guard).
import { collapse, LOOSE_SPACE, wordCount, type Block } from '../extract/blocks';
import { classAndId, tagOf } from '../dom/element';
import { leadsAway, linksInOrAround } from './rule';
import { leavesSite, pageSiteOf } from './site';
import { SLICE_MS, SliceClock, finish } from '../steps';

/** A block is prose (article text, never hidden) when less than this share of it is link text. */
export const PROSE_MAX_LINK_SHARE = 0.5;
/** Prose blocks shorter than this are too common to identify the article ("Advertisement", "Share"). */
export const PROSE_MIN_WORDS = 8;
/** Sentences shorter than this are not used as article fingerprints. */
const GUARD_MIN_SENTENCE_WORDS = 6;
/** An article paragraph of at least this many words is real reporting: no clutter box may hold it. */
export const LONG_PROSE_WORDS = 25;
/**
 * A block that says it is clutter ("…straight to your inbox", "You have reached your limit…") is not
 * article prose even when Readability kept it, provided it is this short (a paragraph that merely
 * quotes such a line is longer).
 */
const DECLARED_BLOCK_MAX_WORDS = 60;
/** The article's container holds at least this share of the article's prose blocks found on the page. */
const ARTICLE_ROOT_SHARE = 0.8;
/** A headline this short ("Home", "News") is too common to recognise elsewhere on the page. */
const HEADLINE_MIN_WORDS = 3;
/** Tags that are never clutter themselves (structure, the page itself). */
const NEVER_HIDE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'H1', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR', 'IMG', 'PICTURE', 'VIDEO', 'SOURCE']);
/** Tags whose content is not page text (never scanned, never examined). */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'LINK', 'META', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Form controls: their labels count as an element's words ("Subscribe" buttons) but not as article text. */
const CONTROL_TAGS = new Set(['BUTTON', 'SELECT', 'TEXTAREA']);
/** Tags that start a new block of text (the same boundaries as lib/extract/blocks). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);
/** Page chrome: site header, menus, footer. Promo rules that work by position leave them alone. */
export const CHROME_SELECTOR = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

/** Tags and landmark roles of page chrome (the same as CHROME_SELECTOR, tested without a selector engine). */
const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo']);

/** Is `el` itself a piece of page chrome (CHROME_SELECTOR)? */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role);
}

/** Where a sentence of folded text ends: at a space after . ! ? or … and a closing quote or parenthesis. */
const SENTENCE_STOPS = new Set(['.', '!', '?', '…']);
const SENTENCE_CLOSERS = new Set(['"', "'", ')']);

/** Does the sentence end at the space at `i` of folded text? */
function endsSentence(f: string, i: number): boolean {
  const before = f[i - 1]!;
  return SENTENCE_STOPS.has(before) || (SENTENCE_CLOSERS.has(before) && i >= 2 && SENTENCE_STOPS.has(f[i - 2]!));
}

/**
 * The sentences of folded text (one space between words, none at either end), into `texts`, and
 * their word counts into `words` (a word per space, counted while seeking the ends).
 */
function sentencesOf(f: string, texts: string[], words: number[]): void {
  let start = 0, n = 1;
  for (let sp = f.indexOf(' '); sp >= 0; sp = f.indexOf(' ', sp + 1)) {
    if (!endsSentence(f, sp)) { n++; continue; }
    texts.push(f.slice(start, sp));
    words.push(n);
    start = sp + 1;
    n = 1;
  }
  texts.push(f.slice(start));
  words.push(f.length > start ? n : 0);
}

/** Lines shorter than this cannot hold an article sentence of GUARD_MIN_SENTENCE_WORDS words. */
const MIN_LINE_CHARS = 16;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Typographic quotes and dashes as plain ASCII, so that patterns can say "we'd" and "-". */
export function plainText(s: string): string {
  return s.replace(/[\u2018\u2019\u201a\u201b`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f«»]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** An element's text with a space at every block boundary (as lib/extract/blocks reads it, buttons included), not collapsed. */
function rawText(root: Element, known: Map<Element, string>): string {
  const out: string[] = [];
  textInto(root, out, known);
  return out.join('');
}

/** `node`'s text into `out`; a descendant whose raw text is `known` is not read again. */
function textInto(node: Element, out: string[], known: Map<Element, string>): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) { out.push(child.nodeValue ?? ''); continue; }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) && !CONTROL_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push(' ');
    const raw = known.get(el);
    if (raw !== undefined) out.push(raw); else textInto(el, out, known);
    if (block) out.push(' ');
  }
}

/** What `measure` counted last (two numbers, returned without allocating: it runs on every text node). */
const counted = { words: 0, chars: 0 };

/** Words and collapsed characters of a text node, in one pass (into `counted`). */
function measure(t: string): typeof counted {
  let words = 0, chars = 0, inWord = false, space = false;
  for (let i = 0, n = t.length; i < n; i++) {
    const c = t.charCodeAt(i);
    // printable ASCII (33-159 hold no white space): one comparison for most characters
    const ws = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && (c === 160 || c === 0x200b);
    if (ws) { inWord = false; space = chars > 0; continue; }
    if (!inWord) { words++; inWord = true; }
    if (space) { chars++; space = false; }
    chars++;
  }
  counted.words = words;
  counted.chars = chars;
  return counted;
}

/** Text folded for comparison: case, quotes, dashes and white space. */
export function fold(s: string): string {
  const t = TYPOGRAPHIC.test(s) ? plainText(s) : s;
  return t.toLowerCase().replace(LOOSE_SPACE, ' ').trim();
}


const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b`´\u201c\u201d\u201e\u201f«»\u2010-\u2015\u2212]/;

/** Where a class or id token splits into parts: a separator, or a camelCase hump. */
const SPLITS = /[-_:.]|[a-z][A-Z]/;


/**
 * Stems of every token pattern and vendor widget the kinds use (comments, paywall, newsletter,
 * share, promo and dialog tokens): an element whose class and id hold none of them has no token
 * worth splitting.
 */
const TOKEN_STEMS = /vuukle|coral|spotim|spot-im|openweb|viafoura|fyre|insticator|hyvor|commento|remark42|isso|utterances|graphcomment|gig-|sharedaddy|sharethis|swp_|heateor|shareaholic|comment|respond|repl|disqus|discussion|wall|meter|piano|tp-|tinypass|subscri|premium|sign|login|modal|overlay|popup|pop-up|lightbox|dialog|interstitial|flyout|backdrop|newsletter|mailchimp|mc4wp|mc_embed|opt-?in|email|share|sharing|social|addthis|addtoany|a2a|ssba|related|also|read|recommend|recirc|outbrain|taboola|ob-|ob_|trc_|yarpp|crp_|zergnet|popular|most|trending|next|promo|cta|stor|article/i;

/**
 * A vendor widget's documented markup, matched without a CSS engine (a selector list run on every
 * element is the slowest thing a content script can do): patterns for its id and class attribute,
 * attributes it carries, its custom tag.
 */
export interface WidgetSpec { id?: RegExp; cls?: RegExp; attrs?: string[]; tags?: string[] }

export function isWidget(el: Element, spec: WidgetSpec): boolean {
  const [cls, id] = classAndId(el);
  if (spec.id && id && nameMatches(id, spec.id)) return true;
  if (spec.cls && cls && nameMatches(cls, spec.cls)) return true;
  if (spec.tags && spec.tags.includes(el.localName)) return true;
  if (spec.attrs && el.hasAttributes()) for (const a of spec.attrs) if (el.hasAttribute(a)) return true;
  return false;
}

/**
 * What a class or id attribute holds, worked out once per distinct value (a page repeats the same
 * class on many elements): whether it has a clutter stem, its tokens (as tokensOf splits them),
 * and which token patterns matched so far.
 */
interface NameInfo {
  stems: boolean;
  tokens: string[] | null;
  /** token patterns tested (nameHas) */
  hits: Map<RegExp, boolean> | null;
  /** patterns tested on the whole value (nameMatches) */
  wholes: Map<RegExp, boolean> | null;
}
const NAME_INFO = new Map<string, NameInfo>();
/** NAME_INFO is emptied beyond this many values (a long-lived page that keeps adding ids). */
const NAME_INFO_MAX = 50_000;

function nameInfo(value: string): NameInfo {
  let info = NAME_INFO.get(value);
  if (info === undefined) {
    // no stem holds white space: a stem found in "cls id" is found in one of the two
    info = { stems: value !== '' && TOKEN_STEMS.test(value), tokens: null, hits: null, wholes: null };
    if (NAME_INFO.size >= NAME_INFO_MAX) NAME_INFO.clear();
    NAME_INFO.set(value, info);
  }
  return info;
}

/**
 * Lower-case class and id tokens: whole ("comments-shares"), in parts ("comments", "shares") and
 * as pairs of adjacent parts ("read-next" in "read-next-wrapper"); camelCase is split too.
 * (Of one white-space-free part of a class or id, added to `out`.)
 */
function wholeTokens(whole: string, out: string[]): void {
  if (!whole || whole.length > 80) return;
  out.push(whole.toLowerCase());
  if (!SPLITS.test(whole)) return; // one part only
  const parts = whole.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s:.]+/).filter(Boolean);
  if (parts.length < 2) return;
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i]!);
    if (i > 0) out.push(`${parts[i - 1]}-${parts[i]}`);
  }
}

/** Does one of the value's tokens match `re`? (Split and tested once per value and pattern.) */
function nameHas(value: string, info: NameInfo, re: RegExp): boolean {
  if (value === '') return false;
  let hit = info.hits?.get(re);
  if (hit === undefined) {
    if (info.tokens === null) {
      info.tokens = [];
      for (const whole of value.split(/\s+/)) wholeTokens(whole, info.tokens);
    }
    hit = info.tokens.some((t) => re.test(t));
    (info.hits ??= new Map()).set(re, hit);
  }
  return hit;
}

/** Does the whole value match `re` (a widget's class or id pattern)? (Tested once per value and pattern.) */
function nameMatches(value: string, re: RegExp): boolean {
  const info = nameInfo(value);
  let hit = info.wholes?.get(re);
  if (hit === undefined) {
    hit = re.test(value);
    (info.wholes ??= new Map()).set(re, hit);
  }
  return hit;
}

/**
 * Does `el`'s class or id hold a stem of any clutter token? (Cheap: one test per distinct attribute
 * value, cached. The attributes are read as classAndId reads them, but not kept: the walk asks once per element.)
 */
export function mayHaveTokens(el: Element): boolean {
  return nameInfo(el.getAttributeNode('class')?.value ?? '').stems || nameInfo(el.getAttribute('id') ?? '').stems;
}

/** Does a token of `el`'s class or id (tokensOf) match `re`? Only of an element whose class or id has a stem. */
export function hasToken(el: Element, re: RegExp): boolean {
  const [cls, id] = classAndId(el);
  const c = nameInfo(cls), i = nameInfo(id);
  if (!c.stems && !i.stems) return false;
  return nameHas(cls, c, re) || nameHas(id, i, re);
}

/** What the scan knows of an element's subtree. */
export interface Stat {
  /** words of its text, button labels included */
  words: number;
  /** characters of its text (white space collapsed, roughly) */
  chars: number;
  /** characters of its text inside links */
  linkChars: number;
  /** links to other pages (not "#…" anchors) with at least 3 words: headlines of teasers */
  teasers: number;
  /** lines of the article's long paragraphs inside it */
  strong: number;
  /** lines of the article's short blocks inside it */
  weak: number;
  /** a block element that holds a line of text of its own (not only inside child blocks) */
  line: boolean;
  /** which kinds of clutter words its text uses (HINT_* bits): rules skip what cannot match */
  hints: number;
}

/** Words of paywall and sign-in prompts. */
export const HINT_PAYWALL = 1;
/** Words of comment sections. */
export const HINT_COMMENTS = 2;
/** Words of sign-up boxes. */
export const HINT_NEWSLETTER = 4;
/** Words of share bars and "follow us" lines. */
export const HINT_SOCIAL = 8;
/** Words of promo headings and labels ("Related", "More from …", "Up next"). */
export const HINT_PROMO = 16;
/**
 * Cheap word tests per line of text, run once in the scan: a rule that reads an element's text
 * first asks whether the words it looks for occur in it at all (most elements never get a text).
 * Per kind: its word patterns (each starts with a letter), and whether they must be whole words.
 */
const HINT_WORDS: [number, string[], boolean][] = [
  [HINT_PAYWALL, ['subscri', 'sign[ -]?(in|up)', 'log[ -]?in', 'regist', 'member', 'limit', 'articles?', 'stories', 'already', 'unlock', 'access', 'account', 'password', 'premium'], false],
  [HINT_COMMENTS, ['comment', 'discuss', 'conversation', 'repl(y|ies)', 'respons', 'thoughts', 'your say', 'think', 'moderat', 'guideline', 'respectful', 'civil', 'profan', 'inappropriate', 'hear'], false],
  [HINT_NEWSLETTER, ['newsletter', 'inbox', 'sign[ -]?up', 'subscri', 'e-?mail', 'alert', 'notification', 'briefing', 'digest', 'delivered', 'click here'], false],
  [HINT_SOCIAL, ['share', 'sharing', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'telegram', 'e-?mail', 'follow', 'instagram', 'youtube', 'tiktok'], false],
  [HINT_PROMO, ['also', 'read', 'see', 'more', 'related', 'recommend\\w*', 'you (may|might)', 'other', 'recent', 'featured', 'popular', 'latest', 'top', 'great', 'trending', 'most', 'around', 'editor', 'next', "don'?t miss", 'must', 'further', 'explainer', 'analysis', 'watch', 'listen', 'in pictures', 'in depth', 'opinion', '(check out|discover|find|browse|explore|get) all'], true],
];

/** One kind's patterns as one regex (global: `hintsOf` starts it where the first hint word of any kind is). */
const HINT_RES: [number, RegExp][] = HINT_WORDS.map(([bit, words, whole]) => [bit, new RegExp(whole ? `\\b(?:${words.join('|')})\\b` : words.join('|'), 'gi')]);

/**
 * Any of the HINT_WORDS at all (most lines of a page have none: one test instead of five), with
 * the patterns grouped by their first letter ("s(?:ubscri|ign…|hare…)"): the regex engine tries
 * fewer alternatives at each character.
 */
const ANY_HINT = (() => {
  const groups = new Map<string, string[]>();
  for (const [, words, whole] of HINT_WORDS) {
    for (const w of words) {
      const key = (whole ? '\\b' : '') + w[0]!;
      const rests = groups.get(key);
      if (rests) rests.push(w.slice(1)); else groups.set(key, [w.slice(1)]);
    }
  }
  return new RegExp([...groups].map(([key, rests]) => `${key}(?:${rests.join('|')})${key.startsWith('\\b') ? '\\b' : ''}`).join('|'), 'i');
})();

/** The HINT_* bits of a line: no kind's words occur before the first word of any kind, so each kind is sought from there. */
function hintsOf(text: string): number {
  const first = ANY_HINT.exec(text);
  if (!first) return 0;
  let bits = 0;
  for (const [bit, re] of HINT_RES) {
    re.lastIndex = first.index;
    if (re.test(text)) bits |= bit;
  }
  return bits;
}


/**
 * What the scan knows of an element (one record per element: its sums, its place, its inline
 * text), and, while the scan is inside it, its current line and the next child to read.
 */
class Scanned implements Stat {
  words = 0;
  chars = 0;
  linkChars = 0;
  teasers = 0;
  strong = 0;
  weak = 0;
  line = false;
  hints = 0;
  /** what its subtree holds (HOLDS_* bits) */
  has = 0;
  /** the text of an inline element, for its block's line (undefined for a block) */
  inline: string | undefined = undefined;
  /** while open: a block's current line (since its last child block), an inline element's own text */
  text = '';
  /** while open: the next child to read */
  next: ChildNode | null;
  constructor(
    readonly el: Element,
    readonly tag: string,
    /** its place in document order in the first scan (-1 for elements added since) */
    readonly index: number,
    readonly isLink: boolean,
    /** a block element (or the content root): its text is lines of its own */
    readonly block: boolean,
  ) {
    this.next = el.firstChild;
  }
}

/** What an element's subtree holds (below it, as querySelector sees it): a form field… */
export const HOLDS_INPUT = 1;
/** …a button… */
export const HOLDS_BUTTON = 2;
/** …or may hold without the scan knowing: an element the scan skips (an <svg>, a <noscript>) with elements inside. */
const HOLDS_UNKNOWN = 4;

/** What find.ts tells the context: which text says "I am clutter" (paywall, newsletter, comment guidelines, promo labels). */
export type Declares = (text: string) => boolean;

interface Fingerprint { text: string; long: boolean }

export class ClutterContext {
  readonly doc: Document;
  /** the element whose subtree is the page's content (document.body, see `contentRoot`) */
  readonly body: Element | null;
  /** the live element that holds the article (lowest common ancestor of its prose), if found (set by the page's scan) */
  articleRoot: Element | null = null;
  readonly declares: Declares;
  private headline: Element | null = null;
  /** the headline's folded text(s): the title Readability found and the page's <h1> */
  private titles: string[] = [];
  private readonly title: string | null;
  /** the article's blocks as the extraction found them: their sentences are the guard's fingerprints */
  private readonly articleBlocks: Block[];
  /** their folded texts, as far as asked */
  private readonly blockFolds = new Map<Block, string>();
  /** article sentences, by their first word, then their second (a cheap pre-filter for the substring test) */
  private readonly prints = new Map<string, Map<string, Fingerprint[]>>();
  /** folded texts of the article's prose blocks (to find the article's container) */
  private readonly proseTexts: Set<string>;
  private rootHits: Element[] = [];
  // Maps, not WeakMaps: the context holds the page's elements anyway (`elements`), and a WeakMap
  // entry costs the garbage collector more (thousands per page)
  private readonly scanned = new Map<Element, Scanned>();
  /** raw texts (rawText) of the elements whose text was asked: an ancestor's text reads them instead of their subtrees */
  private readonly raws = new Map<Element, string>();
  private readonly texts = new Map<Element, string>();
  private readonly plains = new Map<Element, string>();
  private readonly chrome = new Map<Element, boolean>();
  /** the page's own site (lib/clutter/site.ts), read when a rule first asks */
  private site: string | null | undefined;
  /** elements in document order, as the first scan met them (the walk of find.ts) */
  readonly elements: Element[] = [];
  /** the <h1>s among them (where the headline is looked for), collected by the scan instead of a walk of their own */
  private readonly h1s: Element[] = [];
  private rootEnd = -1;

  /** The context before the page's scan: `scanPage` completes it (find.ts: contextSteps, clutterContext). */
  constructor(doc: Document, articleBlocks: Block[], title: string | null, declares: Declares = () => false) {
    this.doc = doc;
    this.declares = declares;
    this.title = title;
    this.body = contentRoot(doc);
    this.proseTexts = new Set();
    this.articleBlocks = articleBlocks;
  }

  /**
   * The article's fingerprints (its sentences), then the page's scan, in stages (it stops after
   * every SLICE_MS of work, so that a huge page's scan is not one long task), then where the
   * article and its headline stand. Where it stops changes nothing of what it finds.
   */
  *scanPage(sliceMs = SLICE_MS): Generator<void, void, void> {
    const slice = new SliceClock(sliceMs);
    // each sentence once (a page that repeats a sentence thousands of times must not make every line's check that long)
    const seen = new Map<string, Fingerprint>();
    for (const b of this.articleBlocks) {
      if (slice.due()) { yield; slice.restart(); }
      const words = wordCount(b.text);
      if (words < PROSE_MIN_WORDS || b.linkChars / b.text.length >= PROSE_MAX_LINK_SHARE) continue;
      // a short block that says it is a prompt, a sign-up box or comment guidelines is not article prose
      if (words <= DECLARED_BLOCK_MAX_WORDS && this.declares(plainText(b.text))) continue;
      const folded = this.foldedBlock(b);
      this.proseTexts.add(folded);
      // sentences of the folded text (folding keeps the punctuation; quotes are plain, spaces single)
      const sentences: string[] = [], sentenceWords: number[] = [];
      sentencesOf(folded, sentences, sentenceWords);
      for (let k = 0; k < sentences.length; k++) {
        if (sentenceWords[k]! < GUARD_MIN_SENTENCE_WORDS) continue;
        const f = sentences[k]!;
        const known = seen.get(f);
        if (known) { known.long ||= words >= LONG_PROSE_WORDS; continue; }
        const print = { text: f, long: words >= LONG_PROSE_WORDS };
        seen.set(f, print);
        // keyed by its first two words (folded text: one space between words)
        const first = f.indexOf(' ');
        if (first < 0) continue; // no pair of words of a line can name it
        const second = f.indexOf(' ', first + 1);
        const w1 = f.slice(0, first), w2 = second < 0 ? f.slice(first + 1) : f.slice(first + 1, second);
        let byNext = this.prints.get(w1);
        if (!byNext) this.prints.set(w1, (byNext = new Map()));
        const list = byNext.get(w2);
        if (list) list.push(print); else byNext.set(w2, [print]);
      }
    }
    // each phase starts on a fresh slice (their clocks are their own: two part-slices in one task could add up)
    yield;
    if (this.body) yield* this.scanSteps(this.body, true, sliceMs);
    yield;
    this.articleRoot = yield* this.findArticleRoot(sliceMs);
    yield;
    if (this.articleRoot) {
      this.rootEnd = this.position(this.articleRoot);
      for (let last: Element | null = this.articleRoot; last; last = last.lastElementChild) {
        this.rootEnd = Math.max(this.rootEnd, this.position(last));
      }
    }
    const t = this.title ? fold(this.title) : '';
    const h1s = this.h1s;
    this.headline = t ? h1s.find((h) => fold(h.textContent ?? '') === t) ?? null : null;
    const h1 = this.headline ?? h1s[0] ?? null;
    this.titles = [t, h1 ? fold(h1.textContent ?? '') : ''].filter((x) => wordCount(x) >= HEADLINE_MIN_WORDS);
  }

  // ---- the scan: one pass over a subtree, bottom-up sums, cached per element ----

  /** The scan of `root`'s subtree at once (an element a rule asks about that the page's scan did not meet). */
  private scanTree(root: Element, record: boolean): Scanned {
    return finish(this.scanSteps(root, record, Infinity)); // never stops
  }

  /**
   * One pass over `root`'s subtree, without recursion (an explicit stack of open elements): each
   * element's sums are its text nodes' and its children's, its lines are checked as they end, and
   * what it found is cached. Stops after about `sliceMs` of work.
   */
  private *scanSteps(root: Element, record: boolean, sliceMs: number): Generator<void, Scanned, void> {
    const cached = this.scanned.get(root);
    if (cached) return cached;
    const stack: Scanned[] = [this.open(root, record)];
    const slice = new SliceClock(sliceMs);
    for (;;) {
      const f = stack[stack.length - 1]!;
      let child = f.next;
      let opened: Element | null = null;
      for (; child; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE) {
          const t = child.nodeValue ?? '';
          const { words: w, chars: c } = measure(t);
          if (!w) { f.text += ' '; continue; }
          f.words += w; f.chars += c;
          if (f.isLink) f.linkChars += c;
          f.text += t;
        } else if (child.nodeType === ELEMENT_NODE) {
          const el = child as Element;
          if (SKIP_TAGS.has(tagOf(el))) { if (el.firstElementChild) f.has |= HOLDS_UNKNOWN; continue; }
          const sub = this.scanned.get(el);
          if (sub) { this.addChild(f, sub); continue; }
          opened = el;
          break;
        }
      }
      if (opened) {
        f.next = opened.nextSibling;
        stack.push(this.open(opened, record));
        if (slice.due()) { yield; slice.restart(); }
        continue;
      }
      const out = this.close(f);
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return out;
      this.addChild(parent, out);
    }
  }

  /** An element the scan enters: its place in document order, its sums so far (none). */
  private open(el: Element, record: boolean): Scanned {
    const index = record ? this.elements.length : -1;
    const tag = tagOf(el);
    if (record) { this.elements.push(el); if (tag === 'H1') this.h1s.push(el); }
    return new Scanned(el, tag, index, tag === 'A', BLOCK_TAGS.has(tag) || el === this.body);
  }

  /** A child element's sums and text, added to the open element `f`. */
  private addChild(f: Scanned, s: Scanned): void {
    f.words += s.words; f.chars += s.chars; f.teasers += s.teasers;
    f.linkChars += f.isLink ? s.chars : s.linkChars;
    f.strong += s.strong; f.weak += s.weak; f.hints |= s.hints;
    const ctag = s.tag;
    f.has |= s.has | (ctag === 'INPUT' ? HOLDS_INPUT : ctag === 'BUTTON' ? HOLDS_BUTTON : 0);
    if (CONTROL_TAGS.has(ctag)) return;
    // a block's line ends at a child block; an inline element's own text only gets a space
    if (BLOCK_TAGS.has(ctag)) { if (f.block) { this.endLine(f.text, f.el, f); f.text = ' '; } else f.text += ' '; } else if (s.inline !== undefined) f.text += s.inline;
  }

  /** All of `f`'s children are read: its last line, its teaser mark, its cache entry. */
  private close(f: Scanned): Scanned {
    const el = f.el;
    if (f.isLink && f.words >= 3) {
      if (leadsAway(el.getAttribute('href'))) f.teasers = 1;
    }
    if (f.block) { this.endLine(f.text, el, f); this.inheritHints(el, f.hints); } else f.inline = f.text;
    f.text = '';
    f.next = null;
    this.scanned.set(el, f);
    return f;
  }

  /** A block's line of text ends (at a child block or the block's end): what it says. */
  private endLine(run: string, owner: Element, stat: Stat): void {
    if (run.length >= MIN_LINE_CHARS) this.checkLine(run, owner, stat);
    if (/\S/.test(run)) { stat.line = true; stat.hints |= hintsOf(run); }
  }

  /** The words of a block's lines are those of the inline elements in them: they inherit its hints. */
  private inheritHints(block: Element, hints: number): void {
    if (!hints) return;
    for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
      const sc = this.scanned.get(c);
      if (!sc || sc.inline === undefined) continue;
      sc.hints |= hints;
      this.inheritHints(c, hints);
    }
  }

  /** One line of text (between block boundaries) owned by `owner`: does it hold an article sentence? */
  private checkLine(line: string, owner: Element, stat: Stat): void {
    if (!this.prints.size && !this.proseTexts.size) return;
    // most lines of a page (menu items, buttons, labels) are too short to be article text: counted before any folding
    if (measure(line).words < GUARD_MIN_SENTENCE_WORDS) return;
    const f = fold(line);
    if (!f) return;
    if (this.proseTexts.has(f)) this.rootHits.push(owner);
    // (folding parts words at every white space `measure` parts them at, and more: `f` has enough words)
    // each pair of adjacent words, read between its spaces; the second only when the first starts a fingerprint
    let strong = false, weak = false;
    for (let start = 0, sp = f.indexOf(' '); sp >= 0 && !strong; ) {
      const next = f.indexOf(' ', sp + 1);
      const byNext = this.prints.get(f.slice(start, sp));
      const list = byNext?.get(next < 0 ? f.slice(sp + 1) : f.slice(sp + 1, next));
      if (list) {
        for (const p of list) {
          if (!f.includes(p.text)) continue;
          if (p.long) { strong = true; break; }
          weak = true;
        }
      }
      start = sp + 1;
      sp = next;
    }
    if (strong) stat.strong++; else if (weak) stat.weak++;
  }

  /** The live element holding the article: the deepest ancestor of most of the lines that are article prose. */
  private *findArticleRoot(sliceMs: number): Generator<void, Element | null, void> {
    const hits = this.rootHits;
    if (!hits.length || !this.body) return null;
    // the deepest ancestor holding most of them (one stray copy of a paragraph elsewhere must not
    // widen the article to the whole page); a page of tens of thousands of lines stops between slices
    const counts = new Map<Element, number>();
    const slice = new SliceClock(sliceMs);
    for (const h of hits) {
      if (slice.due()) { yield; slice.restart(); }
      for (let a = h.parentElement; a; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    const need = Math.ceil(hits.length * ARTICLE_ROOT_SHARE);
    let root: Element | null = null, depth = -1;
    for (const [el, n] of counts) {
      if (n < need) continue;
      let d = 0;
      for (let a = el.parentElement; a; a = a.parentElement) d++;
      if (d > depth) { depth = d; root = el; }
    }
    return root && root !== this.doc.documentElement ? root : null;
  }

  // ---- what rules ask ----

  /** A block's text folded (cached: the scan folds the article's prose blocks, the text without clutter all of them). */
  foldedBlock(b: Block): string {
    let t = this.blockFolds.get(b);
    if (t === undefined) { t = fold(b.text); this.blockFolds.set(b, t); }
    return t;
  }

  /** Size, link share and article lines of an element's subtree. */
  stat(el: Element): Stat {
    return this.record(el);
  }

  private record(el: Element): Scanned {
    return this.scanned.get(el) ?? this.scanTree(el, false);
  }

  /** Word count and link share of an element (cheap: from the scan). */
  info(el: Element): { words: number; links: number } {
    const s = this.stat(el);
    return { words: s.words, links: s.chars ? s.linkChars / s.chars : 0 };
  }

  /** The element's whole text, white space collapsed (built on demand, cached). Ask only of small elements. */
  text(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      const raw = rawText(el, this.raws);
      this.raws.set(el, raw);
      t = collapse(raw);
      this.texts.set(el, t);
    }
    return t;
  }

  /** The element's text with typographic quotes and dashes made plain, for the rules' patterns (cached). */
  plain(el: Element): string {
    let t = this.plains.get(el);
    if (t === undefined) { t = plainText(this.text(el)); this.plains.set(el, t); }
    return t;
  }

  /** Forget what the scan knew of `el`'s ancestors (nodes were added below them). */
  invalidate(el: Element): void {
    for (let a: Element | null = el; a; a = a.parentElement) { this.scanned.delete(a); this.raws.delete(a); this.texts.delete(a); this.plains.delete(a); }
  }

  /**
   * The article guard: may this element be hidden without hiding any of the article? `declared`:
   * the rule recognised the block by its structure as well as its words (a promo heading over a
   * list of links, a comment section after the article, a closing "Follow us on …" line): then
   * short lines that Readability kept in it (list items, a quoted line) do not stop it; a long
   * paragraph does.
   */
  mayHide(el: Element, declared = false): boolean {
    if (NEVER_HIDE.has(tagOf(el))) return false;
    if (this.articleRoot && (el === this.articleRoot || el.contains(this.articleRoot))) return false;
    if (this.headline && el.contains(this.headline)) return false;
    const s = this.stat(el);
    return s.strong === 0 && (s.weak === 0 || declared);
  }

  /**
   * May `el`'s text contain words of these kinds (HINT_* bits)? A cheap test before reading its
   * text. Words are tested per line, at the block that holds the line; an inline element has its block's.
   */
  hints(el: Element, bits: number): boolean {
    return (this.stat(el).hints & bits) !== 0;
  }

  /**
   * May `el` hold (below it) an element of these kinds (HOLDS_* bits)? False only when it surely
   * does not: a cheap test before a selector is run on its subtree.
   */
  mayHold(el: Element, bits: number): boolean {
    return (this.record(el).has & (bits | HOLDS_UNKNOWN)) !== 0;
  }

  /** Does `el` hold a line of text of its own: the element a sentence stands in (a p, a heading, a div of text)? */
  ownsLine(el: Element): boolean {
    return this.stat(el).line;
  }

  /** Is `el` inside the article's container? */
  inArticle(el: Element): boolean {
    return !!this.articleRoot && this.articleRoot !== el && this.articleRoot.contains(el);
  }

  /** Does `el` come after the article's container (not inside it), in document order? */
  afterArticle(el: Element): boolean {
    const root = this.articleRoot;
    if (!root || root.contains(el) || el.contains(root)) return false;
    const i = this.position(el);
    if (i >= 0 && this.rootEnd >= 0) return i > this.rootEnd;
    return follows(el, root);
  }

  /** `el`'s place in document order, from the first scan (-1 for an element added since). */
  position(el: Element): number {
    return this.scanned.get(el)?.index ?? -1;
  }

  /**
   * Does any link in `el` (or around it) stay on the page's own site? True when the page's site is
   * unknown. (Cross-promotions link to the site's other stories; shops and cited sources are elsewhere.)
   */
  linksWithinSite(el: Element): boolean {
    if (this.site === undefined) this.site = pageSiteOf(this.doc);
    const site = this.site;
    if (site === null) return true;
    return linksInOrAround(el).some((a) => !leavesSite(a.getAttribute('href') ?? '', site));
  }

  /** Is `el` part of the page's chrome (site header, menus, footer)? (A walk up, cached per element.) */
  inChrome(el: Element): boolean {
    let known = this.chrome.get(el);
    if (known === undefined) {
      const parent = el.parentElement;
      known = isChrome(el) || (parent !== null && this.inChrome(parent));
      this.chrome.set(el, known);
    }
    return known;
  }

  /**
   * Does `el`'s text repeat the article's headline (a most-read list that includes this story, a
   * share popover that names it)?
   */
  repeatsHeadline(el: Element): boolean {
    if (!this.titles.length) return false;
    const t = fold(this.text(el));
    return this.titles.some((h) => t.includes(h));
  }

  /**
   * The block a matched element stands for: climb while the parent is still headed by `el` (its
   * first text is `el`'s), holds at most `maxWords` words, holds no more of the article than the
   * element already did, and may be hidden.
   */
  grow(el: Element, maxWords: number): Element {
    let best = el;
    const base = this.stat(el);
    for (let p = el.parentElement; p && p !== this.body; p = p.parentElement) {
      const s = this.stat(p);
      if (s.words > maxWords || !startsWith(p, best, this) || s.strong + s.weak > base.strong + base.weak || !this.mayHide(p, true)) break;
      best = p;
    }
    return best;
  }

  fullText(el: Element): string {
    return this.text(el);
  }
}

/** A close button before a prompt's text ("Close", "×") does not stop a prompt from heading its box. */
const CLOSE_LABEL = /^(close|dismiss|×|✕|✖|x)$/i;

/** Is `inner` the first thing with text in `outer` (nothing with words before it but a close button)? */
function startsWith(outer: Element, inner: Element, ctx: ClutterContext): boolean {
  if (ctx.stat(inner).words === 0) return false;
  for (let a: Element = inner; a !== outer; a = a.parentElement!) {
    for (let s = a.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === TEXT_NODE) { if ((s.nodeValue ?? '').trim()) return false; continue; }
      if (s.nodeType !== ELEMENT_NODE) continue;
      const sib = s as Element;
      if (SKIP_TAGS.has(tagOf(sib))) continue;
      const words = ctx.stat(sib).words;
      if (words === 0 || (words === 1 && CLOSE_LABEL.test(ctx.text(sib)))) continue;
      return false;
    }
    if (!a.parentElement) return false;
  }
  return true;
}

/** Does `b` come after `a` in document order (neither containing the other)? (linkedom's compareDocumentPosition is unreliable.) */
export function follows(b: Element, a: Element): boolean {
  const chain = (x: Element) => { const out: Element[] = []; for (let e: Element | null = x; e; e = e.parentElement) out.unshift(e); return out; };
  const ca = chain(a), cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0 || i >= ca.length || i >= cb.length) return false;
  for (let s = ca[i]!.nextElementSibling; s; s = s.nextElementSibling) if (s === cb[i]) return true;
  return false;
}

/**
 * The element that holds the page's content: document.body, or, when a DOM without a browser's
 * parser repair left an empty <body> before the real one (linkedom, on a page with stray markup
 * before <head>), the last <body> that has content.
 */
export function contentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  const bodies = doc.documentElement ? Array.from(doc.documentElement.children).filter((c) => tagOf(c) === 'BODY' && c.firstElementChild) : [];
  return bodies.at(-1) ?? body ?? null;
}
