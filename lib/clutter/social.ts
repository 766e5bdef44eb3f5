// Share bars: rows of "Facebook / X / WhatsApp / Email / Print" buttons in the article.
import { hasToken } from './context';
import { tagOf, type ClutterRule } from './rule';

/** Class/id tokens of share widgets (and AddThis / ShareThis / AddToAny). */
export const SHARE_TOKEN = /^(share|shares|sharing|share-?(bar|line|buttons?|tools|links|icons|container|wrapper|box|panel|menu)|social-?(share|sharing|buttons?|links|bar|icons|tools)|sharebar|sharethis|addthis|addtoany|a2a_kit|a2a|ssba|shareaholic)$/;
/** Words a share bar is made of. */
export const SHARE_WORDS = new Set(['share', 'shares', 'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'reddit', 'pinterest', 'telegram', 'messenger', 'flipboard', 'copy', 'link', 'print', 'tweet', 'save', 'bookmark', 'read', 'later', 'this', 'article', 'story', 'on', 'via', 'sms', 'threads', 'bluesky', 'mastodon', 'gift', 'comment', 'comments', 'url', 'copied']);
/** Network names: at least two make a share bar. */
const NETWORKS = /\b(facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|messenger|flipboard|email|bluesky|threads)\b/gi;
/** A share bar is tiny. */
const BAR_MAX_WORDS = 30;
/** Share of its words that must be share words. */
const BAR_MIN_SHARE_WORDS = 0.8;

function isShareText(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z-]+/g) ?? [];
  if (!words.length) return true;
  const share = words.filter((w) => SHARE_WORDS.has(w)).length;
  return share / words.length >= BAR_MIN_SHARE_WORDS;
}

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, SHARE_TOKEN)) return null;
  const info = ctx.info(el);
  if (info.words > BAR_MAX_WORDS || !isShareText(info.text)) return null;
  return { element: el, kind: 'social', rule: 'SHARE_TOKEN' };
};

const byWords: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'DIV' && tag !== 'UL' && tag !== 'SECTION' && tag !== 'ASIDE' && tag !== 'NAV' && tag !== 'P') return null;
  const info = ctx.info(el);
  if (info.words === 0 || info.words > BAR_MAX_WORDS || !ctx.inArticle(el)) return null;
  if ((info.text.match(NETWORKS) ?? []).length < 2 || !isShareText(info.text)) return null;
  return { element: el, kind: 'social', rule: 'SHARE_WORDS' };
};

export const socialRules: ClutterRule[] = [byToken, byWords];
