// Promos: "Also Read: …", "Read more: …", "RELATED: …", "Explainer | …", recommended and
// "More in …" blocks inside or right after the article. Only small, link-dominated blocks: a
// promo is never the article's prose.
import { hasToken } from './context';
import { tagOf, type ClutterRule } from './rule';

/** Labels that open a cross-promotion ("Also Read:", "RELATED:", "More in World", "Explainer |"). */
export const PROMO_LABEL = /^(also read|read also|also see|see also|read more|more reading|further reading|must read|don'?t miss|recommended( for you| stories| reading| articles)?|related( stories| articles| coverage| content| reading| news| links| posts| topics)?|you (may|might) (also )?like|more (in|from|on|about) [^|:]{1,40}|more stories|more news|top stories|editor'?s picks?|trending( now| stories)?|popular (now|stories)|most (read|popular|viewed)|explainer|analysis|watch|listen|in pictures|in depth|latest|opinion)\s*[:|\-–—]/i;
/** The same labels standing alone, as the heading of a list of links. */
const PROMO_HEADING = /^(also read|read also|see also|read more|more reading|further reading|must read|don'?t miss|recommended( for you| stories| reading| articles)?|related( stories| articles| coverage| content| reading| news| links| posts)?|you (may|might) (also )?like|more (in|from|on|about) .{1,40}|more stories|more news|editor'?s picks?)\s*:?$/i;
/** Class/id tokens of recommendation widgets (site-own and Outbrain/Taboola). */
export const PROMO_TOKEN = /^(related|related-?(stories|articles|posts|content|links|news)|also-?read|alsoread|read-?also|readmore-?(links|box)|recommended|recommendations|more-?stories|more-?articles|recirc|recirculation|outbrain|taboola|ob-widget|trc_related_container|ob_holder|yarpp|jp-relatedposts|crp_related)$/;
/** A promo block is small. */
const PROMO_MAX_WORDS = 60;
/** Widgets of third-party recommendations can be larger. */
const WIDGET_MAX_WORDS = 400;
/** At least this share of a promo's text is link text. */
const PROMO_MIN_LINK_SHARE = 0.5;
/** An in-article block that is (almost) only a link is a promo. */
const LINK_ONLY_SHARE = 0.9;
/** …when it is short. */
const LINK_ONLY_MAX_WORDS = 25;
/** Tags a promo is made of. */
const PROMO_TAGS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'FIGURE', 'DL', 'NAV']);

const label: ClutterRule = (el, ctx) => {
  if (!PROMO_TAGS.has(tagOf(el))) return null;
  const info = ctx.info(el);
  if (info.words > PROMO_MAX_WORDS || info.links < PROMO_MIN_LINK_SHARE || !PROMO_LABEL.test(info.text)) return null;
  return { element: ctx.grow(el, PROMO_MAX_WORDS), kind: 'promo', rule: 'PROMO_LABEL' };
};

const heading: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (!/^H[2-6]$/.test(tag) && tag !== 'STRONG' && tag !== 'B' && tag !== 'P' && tag !== 'SPAN') return null;
  const info = ctx.info(el);
  if (info.words > 8 || !PROMO_HEADING.test(info.text)) return null;
  const block = ctx.grow(el, WIDGET_MAX_WORDS);
  const b = ctx.info(block);
  if (block === el || b.links < PROMO_MIN_LINK_SHARE) return null;
  return { element: block, kind: 'promo', rule: 'PROMO_HEADING' };
};

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, PROMO_TOKEN)) return null;
  const info = ctx.info(el);
  if (info.words > WIDGET_MAX_WORDS || (info.words > 0 && info.links < PROMO_MIN_LINK_SHARE)) return null;
  return { element: el, kind: 'promo', rule: 'PROMO_TOKEN' };
};

const linkOnly: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if ((tag !== 'P' && tag !== 'DIV' && tag !== 'ASIDE') || !ctx.inArticle(el)) return null;
  const info = ctx.info(el);
  if (info.words === 0 || info.words > LINK_ONLY_MAX_WORDS || info.links < LINK_ONLY_SHARE) return null;
  // a link to another page (not a footnote or an anchor in the same page)
  const a = el.querySelector('a[href]');
  const href = a?.getAttribute('href') ?? '';
  if (!a || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return null;
  return { element: ctx.grow(el, LINK_ONLY_MAX_WORDS), kind: 'promo', rule: 'LINK_ONLY_SHARE' };
};

export const promoRules: ClutterRule[] = [byToken, label, heading, linkOnly];
