// Pruning Readability's result by its markup: the parts of the chosen container that a reader does
// not read as the article (figure captions and photo credits, hover cards, breadcrumbs, teaser
// cards of other stories). Runs on Readability's output, which lives in a clone of the page (never
// on the live page), and only removes small elements, so it cannot take the article with it.
import { findDescendant, firstOfTags } from '../../dom/descendants';
import { collapse, collapsedWordCount } from '../blocks';

/** Class/id words that name what is around the article, not in it (read whole, after splitting on - and _). */
const NOT_ARTICLE_WORDS = new Set([
  // screen-reader-only text ("Image copyright", "Image caption")
  'offscreen', 'sronly', 'visuallyhidden', 'screenreader',
  // hover cards and pop-ups that repeat a name with a list of links
  'rollover', 'tooltip', 'popover', 'hovercard',
  // breadcrumbs and the page's labels of the article
  'breadcrumb', 'breadcrumbs', 'byline', 'dateline', 'timestamp',
  // galleries: the counter, the controls and every slide's caption
  'gallery', 'slideshow', 'carousel', 'slider',
  // promotions, sharing and sign-up boxes Readability kept for a word like "content" in their class
  'promo', 'related', 'newsletter', 'share', 'sharing', 'social', 'subscribe', 'advert', 'ad', 'ads', 'sponsored', 'tags',
]);
/** Parts of class words that name a caption or a credit, however they are joined ("newsCaption", "imagecredit"). */
const CAPTION_PART = /caption|credit|copyright/;
/** Pairs of class words that mean a screen-reader-only span once the separators are gone ("off-screen", "sr-only"). */
const JOINED_WORDS = /off-?screen|sr-?only|visually-?hidden|screen-?reader/;
/** Class words of a picture's wrapper: its text besides the picture is the caption. */
const PICTURE_PART = /image|photo|picture|img|media/;
/** Elements that are never the article's text, whatever their size. */
const NEVER_TEXT = new Set(['nav', 'figcaption']);
/** A header inside the result holds the headline, byline, date and standfirst, not the body. */
const HEADER = 'header';
/** What holds a picture. */
const PICTURE_TAGS = new Set(['img', 'picture']);
/** What makes a figure more than a picture and its caption: text of the article. */
const FIGURE_TEXT_TAGS = new Set(['p', 'blockquote']);
/** Where a teaser card's headline is. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);
/** Elements that may be teaser cards. */
const CARD_TAGS = new Set(['article', 'li']);
/** A marked element holds at most this many words: a caption, a credit, a card; never the article. */
const MAX_MARKED_WORDS = 80;
/** …and at most this share of the article's words (a short article's caption is still a caption). */
const MAX_MARKED_SHARE = 0.25;
/** A figure's own text (a video title, a credit) is dropped when it is this short. */
const MAX_FIGURE_WORDS = 60;
/** A teaser card: an <article> or list item led by a linked headline, this short. */
const MAX_TEASER_WORDS = 80;
/** Teaser cards come in groups; one alone may be the article's own linked heading. */
const MIN_TEASERS = 2;
/** …and together they are the lesser part of the result (else the result is a list, not an article). */
const MAX_TEASER_SHARE = 0.5;

/** What any class or id that isMarked takes contains: a word of NOT_ARTICLE_WORDS standing whole between separators, or a caption part (a quick test first: most class names hold neither). */
const MAY_BE_MARKED = new RegExp(`(?:^|[\\s_-])(?:${[...NOT_ARTICLE_WORDS].join('|')})(?:$|[\\s_-])|${CAPTION_PART.source}`);

/** A class word after these says the element has (or lacks) such a part, not that it is one ("no-caption", "has-caption"). */
const HAS_WORDS = new Set(['no', 'has', 'with', 'without']);

/** Does a class or the id of `el` name it as one of the parts around the article? */
function isMarked(el: Element): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!raw.trim()) return false;
  if (JOINED_WORDS.test(raw)) return true;
  if (!MAY_BE_MARKED.test(raw)) return false;
  return raw.split(/\s+/).some((name) => {
    const words = name.split(/[_-]+/);
    return words.some((w, i) => (NOT_ARTICLE_WORDS.has(w) || CAPTION_PART.test(w)) && !HAS_WORDS.has(words[i - 1] ?? ''));
  });
}

/** A picture's wrapper (its class says so and it holds an image): what text it has is a caption. */
function isPictureBox(el: Element): boolean {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return PICTURE_PART.test(cls) && firstOfTags(el, PICTURE_TAGS) !== null;
}

/** A card of another story: its heading is all link, and it is short. */
function isTeaser(el: Element): boolean {
  const heading = firstOfTags(el, HEADING_TAGS);
  if (!heading) return false;
  const headingText = collapse(heading.textContent ?? '');
  const links: string[] = [];
  findDescendant(heading, (a) => { if (a.localName === 'a') links.push(a.textContent ?? ''); return false; });
  const linkText = collapse(links.join(' '));
  if (!headingText || linkText.length < headingText.length * 0.9) return false;
  return words(el) <= MAX_TEASER_WORDS;
}

/** Words of an element's text, as its collapsed text has them. */
const words = (el: Element) => collapsedWordCount(el.textContent ?? '');

/** Removes from `content` (Readability's result, in the clone) the small elements that are not the article's text. */
export function pruneNodes(content: Element): void {
  // the article's words are compared with a marked element's (at most MAX_MARKED_WORDS, so counting
  // stops where the share is sure to hold) and, when there are teasers, with theirs (counted in full then)
  const articleText = content.textContent ?? '';
  const enoughWords = MAX_MARKED_WORDS / MAX_MARKED_SHARE;
  const articleWords = collapsedWordCount(articleText, enoughWords);
  // an element can be asked again (marked and a header, a figure or a card): its words are read once
  const counted = new Map<Element, number>();
  const small = (el: Element, max: number) => {
    let n = counted.get(el);
    if (n === undefined) counted.set(el, n = words(el));
    return n <= max && n <= Math.max(articleWords * MAX_MARKED_SHARE, 3);
  };
  const doomed: Element[] = [];
  const cards: Element[] = [];
  // one walk over the result's elements (what each selector would find, in the same order)
  findDescendant(content, (el) => {
    const tag = el.localName;
    if (NEVER_TEXT.has(tag)) doomed.push(el);
    if ((el.hasAttribute('class') || el.hasAttribute('id')) && (isMarked(el) || isPictureBox(el)) && small(el, MAX_MARKED_WORDS)) doomed.push(el);
    if (tag === HEADER && small(el, MAX_MARKED_WORDS)) doomed.push(el);
    if (tag === 'figure' && !firstOfTags(el, FIGURE_TEXT_TAGS) && small(el, MAX_FIGURE_WORDS)) doomed.push(el);
    if (CARD_TAGS.has(tag)) cards.push(el);
    return false;
  });
  const teasers = cards.filter(isTeaser);
  const teaserWords = teasers.reduce((n, el) => n + (counted.get(el) ?? words(el)), 0);
  if (teasers.length >= MIN_TEASERS && teaserWords <= (articleWords > enoughWords ? collapsedWordCount(articleText) : articleWords) * MAX_TEASER_SHARE) doomed.push(...teasers);
  for (const el of doomed) el.remove();
}
