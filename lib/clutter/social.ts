// Share bars ("Facebook / X / WhatsApp / Email / Print" buttons) and "Follow us on …" lines.
import { HINT_SOCIAL, hasToken, isWidget, type WidgetSpec } from './context';
import { SHOWS_TOKENS, needs, tagOf, type ClutterRule } from './rule';

/** Class/id tokens of share widgets (and AddThis / ShareThis / AddToAny). */
export const SHARE_TOKEN = /^(share|shares|sharing|share-?(bar|line|buttons?|tools|links|icons|container|wrapper|box|panel|menu)|sharetools|social-?(share|sharing|buttons?|links|bar|icons|tools)|sharebar|sharethis|addthis|addtoany|a2a_kit|a2a|ssba|shareaholic)$/;
/** Share widgets of the common plugins (Jetpack, AddToAny, AddThis, ShareThis, Social Warfare, Heateor, Shareaholic), by their class. */
export const SHARE_WIDGETS: WidgetSpec = {
  cls: /(^|\s)(sharedaddy|addtoany_share_save_container|a2a_kit|addthis_toolbox|addthis_inline_share_toolbox|sharethis-inline-share-buttons|swp_social_panel|heateor_sss_sharing_container|shareaholic-canvas)(\s|$)/,
};
/** Words a share bar is made of. */
export const SHARE_WORDS = new Set(['share', 'shares', 'sharing', 'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'reddit', 'pinterest', 'telegram', 'messenger', 'flipboard', 'copy', 'copied', 'link', 'url', 'print', 'tweet', 'save', 'bookmark', 'read', 'later', 'this', 'with', 'article', 'story', 'on', 'via', 'sms', 'threads', 'bluesky', 'mastodon', 'gift', 'comment', 'comments', 'more', 'show', 'options', 'close', 'extra', 'click', 'to', 'opens', 'in', 'new', 'window', 'panel']);
/** Network names: at least two make a share bar. */
const NETWORKS = /\b(facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|messenger|flipboard|email|bluesky|threads)\b/gi;
/** "Follow us on Instagram, Facebook and X": a line of channel links. */
export const FOLLOW_LINE = /^follow ([\w.&'’-]+ ){0,3}on (facebook|twitter|instagram|x|youtube|tiktok|linkedin|threads|bluesky|snapchat|whatsapp|telegram)\b/i;
/** A share bar is tiny. */
const BAR_MAX_WORDS = 30;
/** A widget named as a share widget may carry more labels ("Share this with Facebook", "Close share panel"). */
const WIDGET_MAX_WORDS = 150;
/** Share of its words that must be share words. */
const BAR_MIN_SHARE_WORDS = 0.8;
/** …or, for a widget named as one, the share of link text, with at least two networks named. */
const WIDGET_MIN_LINK_SHARE = 0.4;
/** A "Follow us" line is short. */
const FOLLOW_MAX_WORDS = 20;
/** Outside the article, a bar of share buttons names at least this many networks. */
const OUTSIDE_MIN_NETWORKS = 3;
/** Tags a share bar is made of (custom elements too: `<ps-actionbar>`). */
const BAR_TAGS = new Set(['DIV', 'UL', 'SECTION', 'ASIDE', 'NAV', 'P']);

function isShareText(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z-]+/g) ?? [];
  if (!words.length) return true;
  const share = words.filter((w) => SHARE_WORDS.has(w)).length;
  return share / words.length >= BAR_MIN_SHARE_WORDS;
}

const networks = (text: string) => new Set((text.match(NETWORKS) ?? []).map((n) => n.toLowerCase())).size;

const widget: ClutterRule = (el, ctx) => {
  if (!isWidget(el, SHARE_WIDGETS) || ctx.info(el).words > WIDGET_MAX_WORDS) return null;
  return { element: el, kind: 'social', rule: 'SHARE_WIDGETS' };
};

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, SHARE_TOKEN)) return null;
  const { words, links } = ctx.info(el);
  if (words > WIDGET_MAX_WORDS) return null;
  const text = ctx.plain(el);
  if (!(words <= BAR_MAX_WORDS && isShareText(text)) && !(networks(text) >= 2 && links >= WIDGET_MIN_LINK_SHARE)) return null;
  return { element: el, kind: 'social', rule: 'SHARE_TOKEN' };
};

const byWords: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if ((!BAR_TAGS.has(tag) && !tag.includes('-')) || !ctx.hints(el, HINT_SOCIAL)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > BAR_MAX_WORDS) return null;
  const text = ctx.plain(el);
  const n = networks(text);
  if (n < 2 || !isShareText(text) || (!ctx.inArticle(el) && n < OUTSIDE_MIN_NETWORKS)) return null;
  return { element: el, kind: 'social', rule: 'SHARE_WORDS' };
};

const follow: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if ((tag !== 'P' && tag !== 'DIV' && tag !== 'LI' && tag !== 'SPAN') || !ctx.hints(el, HINT_SOCIAL)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > FOLLOW_MAX_WORDS || ctx.stat(el).linkChars === 0 || !FOLLOW_LINE.test(ctx.plain(el))) return null;
  // the line says what it is and links to the channels: a line Readability kept does not stop it
  return { element: ctx.grow(el, FOLLOW_MAX_WORDS), kind: 'social', rule: 'FOLLOW_LINE', declared: true };
};

export const socialRules: ClutterRule[] = [needs(SHOWS_TOKENS, widget), needs(SHOWS_TOKENS, byToken), needs(HINT_SOCIAL, byWords), needs(HINT_SOCIAL, follow)];
