// Newsletter sign-up boxes, in or right after the article.
import { hasToken } from './context';
import { tagOf, type ClutterRule } from './rule';

/** Class/id tokens of newsletter widgets (and the common mail-list plugins). */
export const NEWSLETTER_TOKEN = /^(newsletters?|newsletter-?(signup|sign-up|box|promo|form|module|widget|cta)|mailchimp|mc4wp|mc_embed_signup|optin|opt-in|email-?(signup|sign-up|capture|subscribe)|signup-?(box|form|module|widget)|subscribe-?(box|form|module|widget))$/;
/** Sentences of sign-up boxes. */
export const NEWSLETTER_TEXT = [
  /\b(straight |delivered |right )?(to|in|into) your inbox\b/i,
  /\bsign up (for|to) (our|the|a)\b.{0,60}\b(newsletter|briefing|digest|bulletin|email)/i,
  /\bsubscribe to (our|the)\b.{0,40}\b(newsletter|briefing|digest|bulletin)/i,
  /\b(newsletter|briefing|digest)\b.{0,80}\b(sign up|subscribe)\b/i,
];
/** A sign-up box is small. */
const BOX_MAX_WORDS = 120;
/** An email field: the one thing every sign-up box has. */
const EMAIL_INPUT = 'input[type="email"], input[name*="email" i], input[placeholder*="email" i]';

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, NEWSLETTER_TOKEN) || ctx.info(el).words > BOX_MAX_WORDS) return null;
  return { element: el, kind: 'newsletter', rule: 'NEWSLETTER_TOKEN' };
};

const emailForm: ClutterRule = (el, ctx) => {
  if (tagOf(el) !== 'FORM' || !el.querySelector(EMAIL_INPUT)) return null;
  const box = ctx.grow(el, BOX_MAX_WORDS);
  const text = ctx.info(box).text;
  if (!NEWSLETTER_TEXT.some((re) => re.test(text)) && !/\b(newsletter|sign up|subscribe|digest|briefing)\b/i.test(text)) return null;
  return { element: box, kind: 'newsletter', rule: 'EMAIL_INPUT' };
};

const byText: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'P' && tag !== 'DIV' && !/^H[2-6]$/.test(tag) && tag !== 'SPAN') return null;
  const info = ctx.info(el);
  if (info.words > 40 || !NEWSLETTER_TEXT.some((re) => re.test(info.text))) return null;
  // text alone is not enough: the nearest small block around it must offer a sign-up field
  let box: Element | null = el;
  while (box && !box.querySelector(EMAIL_INPUT)) {
    box = box.parentElement;
    if (box && (ctx.info(box).words > BOX_MAX_WORDS || !ctx.mayHide(box))) return null;
  }
  if (!box) return null;
  return { element: box, kind: 'newsletter', rule: 'NEWSLETTER_TEXT' };
};

export const newsletterRules: ClutterRule[] = [byToken, emailForm, byText];
