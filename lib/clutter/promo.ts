// Promos: "Also Read: …", "Read more: …", "RELATED: …", "Explainer | …", recommended and
// "More in …" blocks inside or right after the article. Inside the article only small,
// link-dominated blocks (a promo is never the article's prose); after it, lists of teasers.
import { HINT_PROMO, HOLDS_BUTTON, hasToken, type ClutterContext } from './context';
import { SHOWS_LINKS, SHOWS_TOKENS, leadsAwayIn, linksIn, needs, tagOf, type ClutterRule } from './rule';

/** Labels that open a cross-promotion ("Also Read:", "[Related: …]", "SEE MORE:", "More in World", "Explainer |"). */
export const PROMO_LABEL = /^\W{0,2}(also read|read also|also see|see also|also|more|see more|read more|more reading|further reading|must read|don'?t miss|recommended( for you| stories| reading| articles)?|related( stories| articles| coverage| content| reading| news| links| posts| topics)?|you (may|might) (also )?like|more (in|from|on|about) [^|:]{1,40}|more stories|more news|top stories|editor'?s picks?|trending( now| stories)?|popular (now|stories)|most (read|popular|viewed)|read next|up next|next article|explainer|analysis|watch|listen|in pictures|in depth|latest|opinion)\s*[:|\-–—›»]/i;
/** The same labels standing alone, as the heading of a list of links or of a teaser. */
export const PROMO_HEADING = /^(also read|read also|see also|read more|more reading|further reading|must read|don'?t miss|recommended( for you| stories| reading| articles| videos)?|(more )?related( stories| articles| coverage| content| reading| news| links| posts| videos)?|you (may|might) (also )?like|more (in|from|on|about) .{1,40}|(more|other|recent|featured|popular|latest|top|great) ([\w.'&-]+ ){0,3}(stories|articles|news|posts|reads|columns|videos|galleries|slide ?shows)|(the |our )?latest( news| stories| headlines)?|trending( now| stories| news)?|most (read|popular|viewed|shared|emailed)|(from )?around the web|editor'?s picks?|read next|up next|next (article|story|post|up)|next on .{1,40})\s*[:›»]?$/i;
/** Class/id tokens of recommendation widgets (site-own and Outbrain/Taboola/ZergNet), "next article" teasers and popular lists. */
export const PROMO_TOKEN = /^(related|related-?(stories|articles|posts|content|links|news)|also-?read|alsoread|read-?also|readmore-?(links|box)|recommended|recommendations|more-?stories|more-?articles|recirc|recirculation|outbrain|taboola|ob-widget|trc_related_container|ob_holder|yarpp|jp-relatedposts|crp_related|zergnet|most-?(popular|read|viewed|shared)|trending|next-?(article|story|post|preview)|nextarticle|read-?next|up-?next)$/;
/** What a line or a box says when it is a promo: its label or heading comes first. */
export const PROMO_DECLARES = /^\W{0,2}(also read|read more|related( stories| articles| coverage| content)?|recommended( for you| stories)?|more (great |top )?([\w.'&-]+ ){0,3}(stories|articles|reads)|you (may|might) also like|read next|up next|next article|see also)\b/i;
/** Calls to action that send the reader to more stories ("Check out more articles on …"). */
export const PROMO_CTA = /^(check out|see|read|discover|find|browse|explore|get) (more|all|other|the latest) ([\w.'&-]+ ){0,2}(articles|stories|news|posts|videos|coverage)\b/i;
/** Class/id tokens of small promotional boxes and calls to action ("ArticleEventPromo", "promo-cta"). */
const PROMO_BOX_TOKEN = /^(promo|event-promo|promo-?(box|banner|unit|module|cta)|cta|cta-?(box|banner|unit))$/;
/** …which are small. */
const PROMO_BOX_MAX_WORDS = 30;
/** A box named as a promo without link text ("Neil Young's Plan… Read more", the link laid over it) says so. */
const READ_MORE = /\bread (more|next|the full story|full story)\b/i;
/** Calls to action that close an article ("Follow us…", "Listen to … live", "Download our app"). */
const TRAILING_CTA = /^(follow|listen|watch|subscribe|sign up|download|join|tune in|catch up|like us|get the|find out more|check out)\b/i;
/** A closing call to action is short. */
const TRAILING_CTA_MAX_WORDS = 25;
/** An in-article hover card ("Kristi Noem" → three headlines of hers) holds at least this many headline links and nothing else. */
const HOVER_MIN_TEASERS = 2;
/** A promo block is small. */
const PROMO_MAX_WORDS = 60;
/** Widgets of third-party recommendations can be larger. */
const WIDGET_MAX_WORDS = 400;
/** At least this share of a promo's text is link text. */
const PROMO_MIN_LINK_SHARE = 0.5;
/** A small box named as a promo ("relatedContent") may carry a dek: this share of links is enough. */
const BOX_MIN_LINK_SHARE = 0.3;
/** An in-article block that is (almost) only a link is a promo. */
const LINK_ONLY_SHARE = 0.9;
/** …when it is short. */
const LINK_ONLY_MAX_WORDS = 25;
/** A line whose text is a web address: a source cited by its URL. */
const URL_TEXT = /^\W{0,2}(https?:\/\/|www\.)\S+$/i;
/** A price: a shopping guide's "Get it at Walmart for $238.99". */
const PRICE = /[$£€¥₹]\s?\d|\b\d+([.,]\d+)?\s?(usd|eur|gbp|dollars|euros|pounds)\b/i;
/** A link off the site in this few words names a product or a source, not another story. */
const PRODUCT_MAX_WORDS = 4;
/** An in-article line of several links ("A [INSIGHT] | B [VIDEO]") with this share of link text is a promo. */
const LINK_ROW_SHARE = 0.8;
/** …and at most this long. */
const LINK_ROW_MAX_WORDS = 40;
/** An aside inside the article with this share of link text is a related-links inset. */
const ASIDE_MIN_LINK_SHARE = 0.5;
/** …and at most this long. */
const ASIDE_MAX_WORDS = 200;
/** After the article, a block of at least this many teaser links (headlines of 3+ words)… */
const FARM_MIN_TEASERS = 3;
/** …or a list (ul/ol) of at least this many, with nothing but link text. */
const LIST_MIN_TEASERS = 2;
/** …whose text is mostly link text is a recommendation list. */
const FARM_MIN_LINK_SHARE = 0.6;
/** Recommendation rivers after an article can be long. */
const FARM_MAX_WORDS = 5000;
/** After the article, a block under a promo heading may be this long (teasers with deks). */
const AFTER_MAX_WORDS = 1500;
/** After the article, a block under a promo heading may carry deks: this share of links is enough… */
const TEASER_MIN_LINK_SHARE = 0.1;
/** …with at most this many words per teaser. */
const TEASER_MAX_WORDS_EACH = 100;
/** Class/id tokens of a "next article" / "read next" / "up next" teaser. */
const NEXT_TOKEN = /^(next-?(article|story|post|preview)|nextarticle|read-?next|up-?next)$/;
/** A "next article" teaser is tiny. */
const NEXT_MAX_WORDS = 40;
/** A promo heading is a few words ("More Great Courier Stories"). */
const HEADING_MAX_WORDS = 8;
/** Tags a promo is made of. */
const PROMO_TAGS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'FIGURE', 'DL', 'NAV', 'A']);
/** Tags a promo heading is (the element that holds its line). */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'HEADER', 'LI', 'DT']);
/** Tags a list of teasers is. */
const LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'DL']);

const label: ClutterRule = (el, ctx) => {
  if (!PROMO_TAGS.has(tagOf(el))) return null;
  const { words, links } = ctx.info(el);
  if (words === 0 || words > PROMO_MAX_WORDS || links < PROMO_MIN_LINK_SHARE || !ctx.hints(el, HINT_PROMO) || !PROMO_LABEL.test(ctx.plain(el))) return null;
  return { element: ctx.grow(el, PROMO_MAX_WORDS), kind: 'promo', rule: 'PROMO_LABEL' };
};

/** Is `el` a short heading-like element whose text is a promo heading? */
function isPromoHeading(el: Element, ctx: ClutterContext): boolean {
  if (!HEADING_TAGS.has(tagOf(el)) || !ctx.ownsLine(el) || !ctx.hints(el, HINT_PROMO)) return false;
  const { words } = ctx.info(el);
  return words > 0 && words <= HEADING_MAX_WORDS && (el.childElementCount <= 2 || /^H[2-6]$/.test(tagOf(el))) && PROMO_HEADING.test(ctx.plain(el));
}

/** Is `block` (headed by a promo heading) a list of teasers: mostly links, or, after the article, headlines with deks? */
function isTeaserBlock(block: Element, ctx: ClutterContext): boolean {
  const { words, links } = ctx.info(block);
  const after = ctx.afterArticle(block) && !ctx.inChrome(block);
  if (words > (after ? AFTER_MAX_WORDS : WIDGET_MAX_WORDS)) return false;
  if (links >= PROMO_MIN_LINK_SHARE) return true;
  const teasers = ctx.stat(block).teasers;
  return after && teasers >= 1 && links >= TEASER_MIN_LINK_SHARE && words / teasers <= TEASER_MAX_WORDS_EACH;
}

const heading: ClutterRule = (el, ctx) => {
  if (!isPromoHeading(el, ctx)) return null;
  const block = ctx.grow(el, WIDGET_MAX_WORDS);
  if (block !== el) return isTeaserBlock(block, ctx) ? { element: block, kind: 'promo', rule: 'PROMO_HEADING' } : null;
  // a heading that stands alone before its list: the heading goes here, the list by `listAfterHeading`
  const next = el.nextElementSibling;
  return next && LIST_TAGS.has(tagOf(next)) && (isTeaserBlock(next, ctx) || isLinkList(next, ctx)) ? { element: el, kind: 'promo', rule: 'PROMO_HEADING' } : null;
};

/** A list (ul/ol) of at least two items, each of which links to another story. */
function isLinkList(el: Element, ctx: ClutterContext): boolean {
  const tag = tagOf(el);
  if ((tag !== 'UL' && tag !== 'OL') || ctx.info(el).words > WIDGET_MAX_WORDS) return false;
  const items = Array.from(el.children);
  return items.length >= 2 && items.every((li) => linksAway(li));
}

const listAfterHeading: ClutterRule = (el, ctx) => {
  if (!LIST_TAGS.has(tagOf(el))) return null;
  const prev = el.previousElementSibling;
  if (!prev || !isPromoHeading(prev, ctx)) return null;
  // a list whose every item links to another story is the heading's list, even where Readability kept its lines
  const declared = isLinkList(el, ctx);
  if (!declared && !isTeaserBlock(el, ctx)) return null;
  return { element: el, kind: 'promo', rule: 'PROMO_HEADING', declared };
};

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, PROMO_TOKEN)) return null;
  const { words, links } = ctx.info(el);
  if (words > WIDGET_MAX_WORDS) return null;
  if (hasToken(el, NEXT_TOKEN) && words <= NEXT_MAX_WORDS) return { element: el, kind: 'promo', rule: 'PROMO_TOKEN' };
  const small = words <= PROMO_MAX_WORDS && linksAway(el);
  if (words > 0 && links < (small ? BOX_MIN_LINK_SHARE : PROMO_MIN_LINK_SHARE) && !(small && READ_MORE.test(ctx.plain(el)))) return null;
  return { element: el, kind: 'promo', rule: 'PROMO_TOKEN' };
};

/** Does `el` hold (or is it) a link to another page (not a footnote or an anchor in the same page)? */
function linksAway(el: Element): boolean {
  return leadsAwayIn(el);
}

/**
 * A line of links that is the article's own, though it is all link: it leaves the site AND cites a
 * source by its address, names a price ("Get it on Amazon for $39.99"), or names a product in a few
 * words. (Cross-promotions are headlines of other stories, mostly of the same site or a sister site.)
 */
function isCitationOrProduct(el: Element, ctx: ClutterContext, words: number): boolean {
  if (ctx.linksWithinSite(el)) return false;
  const text = ctx.plain(el);
  return URL_TEXT.test(text) || PRICE.test(text) || words <= PRODUCT_MAX_WORDS;
}

const linkOnly: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'P' && tag !== 'DIV' && tag !== 'ASIDE' && tag !== 'UL' && tag !== 'OL' && tag !== 'A') return null;
  const { words, links } = ctx.info(el);
  if (words === 0 || links < LINK_ROW_SHARE || words > LINK_ROW_MAX_WORDS || !ctx.inArticle(el) || !linksAway(el)) return null;
  if (tag === 'A' && (el.firstElementChild === null || el.querySelector('p, div, h2, h3, h4, span') === null)) return null; // an inline link inside prose is not a block
  if (isCitationOrProduct(el, ctx, words)) return null;
  if (links >= LINK_ONLY_SHARE && words <= LINK_ONLY_MAX_WORDS) return { element: ctx.grow(el, LINK_ONLY_MAX_WORDS), kind: 'promo', rule: 'LINK_ONLY_SHARE' };
  // a row of several links with tags between them
  if (tag !== 'A' && linksIn(el).length >= 2) return { element: el, kind: 'promo', rule: 'LINK_ROW_SHARE' };
  return null;
};

const inArticleAside: ClutterRule = (el, ctx) => {
  if (tagOf(el) !== 'ASIDE' || !ctx.inArticle(el)) return null;
  const { words, links } = ctx.info(el);
  if (words === 0 || words > ASIDE_MAX_WORDS || links < ASIDE_MIN_LINK_SHARE || !linksAway(el)) return null;
  return { element: el, kind: 'promo', rule: 'ASIDE_LINK_SHARE' };
};

const linkFarm: ClutterRule = (el, ctx) => {
  if (!LIST_TAGS.has(tagOf(el)) && tagOf(el) !== 'ARTICLE') return null;
  const s = ctx.stat(el);
  const list = tagOf(el) === 'UL' || tagOf(el) === 'OL';
  const min = list && s.linkChars >= s.chars * LINK_ONLY_SHARE ? LIST_MIN_TEASERS : FARM_MIN_TEASERS;
  if (s.teasers < min || s.words > FARM_MAX_WORDS || s.linkChars < s.chars * FARM_MIN_LINK_SHARE) return null;
  if (!ctx.afterArticle(el) || ctx.inChrome(el) || el.querySelector('header, nav, footer, form, [role="navigation"], [role="contentinfo"]')) return null;
  return { element: el, kind: 'promo', rule: 'LINK_FARM' };
};

const ctaLine: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (!PROMO_TAGS.has(tag)) return null;
  const { words, links } = ctx.info(el);
  if (words === 0 || words > PROMO_MAX_WORDS || links < PROMO_MIN_LINK_SHARE || !ctx.hints(el, HINT_PROMO) || !linksAway(el)) return null;
  return PROMO_CTA.test(ctx.plain(el)) ? { element: ctx.grow(el, PROMO_MAX_WORDS), kind: 'promo', rule: 'PROMO_CTA' } : null;
};

const promoBox: ClutterRule = (el, ctx) => {
  if (!hasToken(el, PROMO_BOX_TOKEN) || ctx.inArticle(el) || ctx.inChrome(el)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > PROMO_BOX_MAX_WORDS || !(linksAway(el) || (ctx.mayHold(el, HOLDS_BUTTON) && el.querySelector('button')))) return null;
  return { element: el, kind: 'promo', rule: 'PROMO_BOX_TOKEN' };
};

/** Does anything after `el`, up to the article's container, hold a long paragraph of the article? */
function proseFollows(el: Element, ctx: ClutterContext): boolean {
  const root = ctx.articleRoot;
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    for (let n = a.nextElementSibling; n; n = n.nextElementSibling) if (ctx.stat(n).strong > 0) return true;
  }
  return false;
}

const trailingCta: ClutterRule = (el, ctx) => {
  if (tagOf(el) !== 'P') return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > TRAILING_CTA_MAX_WORDS || !ctx.inArticle(el) || !linksAway(el) || !TRAILING_CTA.test(ctx.plain(el)) || proseFollows(el, ctx)) return null;
  return { element: el, kind: 'promo', rule: 'TRAILING_CTA', declared: true };
};

const hoverCard: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'SPAN' && tag !== 'DIV') return null;
  const s = ctx.stat(el);
  if (s.teasers < HOVER_MIN_TEASERS || s.linkChars < s.chars * LINK_ONLY_SHARE || s.words > PROMO_MAX_WORDS || !ctx.inArticle(el)) return null;
  // inside a paragraph, and the deepest element that holds all those links
  if (!el.closest('p') || Array.from(el.children).some((c) => ctx.stat(c).teasers === s.teasers)) return null;
  return { element: el, kind: 'promo', rule: 'HOVER_CARD' };
};

export const promoRules: ClutterRule[] = [
  needs(SHOWS_TOKENS, byToken), needs(HINT_PROMO, label), needs(HINT_PROMO, heading), listAfterHeading, needs(SHOWS_LINKS, hoverCard), needs(SHOWS_LINKS, linkOnly),
  needs(SHOWS_LINKS, inArticleAside), needs(HINT_PROMO, ctaLine), trailingCta, needs(SHOWS_TOKENS, promoBox), needs(SHOWS_LINKS, linkFarm),
];
