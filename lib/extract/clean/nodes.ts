// Pruning Readability's result by its markup: the parts of the chosen container that a reader does
// not read as the article (figure captions and photo credits, hover cards, breadcrumbs, teaser
// cards of other stories). Runs on Readability's output, which lives in a clone of the page (never
// on the live page), and only removes small elements, so it cannot take the article with it.
import { collapse, wordCount } from '../blocks';

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
const NEVER_TEXT = 'nav, figcaption';
/** A header inside the result holds the headline, byline, date and standfirst, not the body. */
const HEADER = 'header';
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

/** A class word after these says the element has (or lacks) such a part, not that it is one ("no-caption", "has-caption"). */
const HAS_WORDS = new Set(['no', 'has', 'with', 'without']);

/** Does a class or the id of `el` name it as one of the parts around the article? */
function isMarked(el: Element): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!raw.trim()) return false;
  if (JOINED_WORDS.test(raw)) return true;
  return raw.split(/\s+/).some((name) => {
    const words = name.split(/[_-]+/);
    return words.some((w, i) => (NOT_ARTICLE_WORDS.has(w) || CAPTION_PART.test(w)) && !HAS_WORDS.has(words[i - 1] ?? ''));
  });
}

/** A picture's wrapper (its class says so and it holds an image): what text it has is a caption. */
function isPictureBox(el: Element): boolean {
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return PICTURE_PART.test(cls) && el.querySelector('img, picture') !== null;
}

/** A card of another story: its heading is all link, and it is short. */
function isTeaser(el: Element): boolean {
  const heading = el.querySelector('h1, h2, h3, h4');
  if (!heading) return false;
  const headingText = collapse(heading.textContent ?? '');
  const linkText = collapse(Array.from(heading.querySelectorAll('a')).map((a) => a.textContent ?? '').join(' '));
  if (!headingText || linkText.length < headingText.length * 0.9) return false;
  return wordCount(collapse(el.textContent ?? '')) <= MAX_TEASER_WORDS;
}

/** Removes from `content` (Readability's result, in the clone) the small elements that are not the article's text. */
export function pruneNodes(content: Element): void {
  const articleWords = wordCount(collapse(content.textContent ?? ''));
  const small = (el: Element, max: number) => {
    const words = wordCount(collapse(el.textContent ?? ''));
    return words <= max && words <= Math.max(articleWords * MAX_MARKED_SHARE, 3);
  };
  const doomed: Element[] = [];
  for (const el of Array.from(content.querySelectorAll(NEVER_TEXT))) doomed.push(el);
  for (const el of Array.from(content.querySelectorAll('[class], [id]'))) {
    if ((isMarked(el) || isPictureBox(el)) && small(el, MAX_MARKED_WORDS)) doomed.push(el);
  }
  for (const el of Array.from(content.querySelectorAll(HEADER))) if (small(el, MAX_MARKED_WORDS)) doomed.push(el);
  for (const fig of Array.from(content.querySelectorAll('figure'))) {
    if (!fig.querySelector('p, blockquote') && small(fig, MAX_FIGURE_WORDS)) doomed.push(fig);
  }
  const teasers = Array.from(content.querySelectorAll('article, li')).filter((el) => el !== content && isTeaser(el));
  const teaserWords = teasers.reduce((n, el) => n + wordCount(collapse(el.textContent ?? '')), 0);
  if (teasers.length >= MIN_TEASERS && teaserWords <= articleWords * MAX_TEASER_SHARE) doomed.push(...teasers);
  for (const el of doomed) el.remove();
}
