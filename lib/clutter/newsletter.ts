// Newsletter sign-up boxes, in or right after the article, and the sign-up calls to action that
// stand for them ("Click here to subscribe to our newsletter", "Turn on notifications").
import { HINT_NEWSLETTER, HOLDS_BUTTON, HOLDS_INPUT, hasToken, type ClutterContext } from './context';
import { SHOWS_FORM, SHOWS_TOKENS, needs, tagOf, type ClutterRule } from './rule';

/** Class/id tokens of newsletter widgets (and the common mail-list plugins). */
export const NEWSLETTER_TOKEN = /^(newsletters?|newsletter-?(signup|sign-up|box|promo|form|module|widget|cta|wrapper|container)|mailchimp|mc4wp|mc_embed_signup|optin|opt-in|email-?(signup|sign-up|capture|subscribe)|signup-?(box|form|module|widget)|subscribe-?(box|form|module|widget))$/;
/** Sentences of sign-up boxes. */
export const NEWSLETTER_TEXT = [
  /\b(straight |delivered |right )?(to|in|into) your inbox\b/i,
  /\bsign up (for|to)\b.{0,80}(newsletter|briefing|digest|bulletin|e-?mails?\b)/i,
  /\bsubscribe to (our|the)\b.{0,40}\b(newsletter|briefing|digest|bulletin)/i,
  /\b(newsletter|briefing|digest)\b.{0,80}\b(sign up|subscribe)\b/i,
  /\bget (breaking news |the latest |news |our )?(alerts|updates|headlines)\b.{0,40}\b(e-?mail|inbox|special reports)/i,
  /\bdelivered (to you |straight )?(every |each )?(weekday |week ?day )?(mornings?|evenings?|daily|weekly)\b/i,
];
/**
 * What a sign-up box says of itself and reporting never says (the article guard does not count a
 * short block that says it as article prose): a sign-up for a newsletter or alerts, news "in your
 * inbox", news "delivered weekday mornings".
 */
export const NEWSLETTER_DECLARES = [
  /\b(sign up|subscribe)\b.{0,80}\b(newsletters?|briefing|digest|bulletin|alerts|inbox)\b/i,
  /\b(newsletter|briefing|digest)\b.{0,80}\b(sign up|subscribe)\b/i,
  /\b(stories|news|headlines|newsletter|briefing|updates)\b.{0,60}\byour inbox\b/i,
  /\bget [^.]{1,40}\b(in|to|into) your inbox\b/i,
  /\bget (breaking news |the latest )?(alerts|updates|headlines)\b.{0,40}\b(e-?mail|inbox|special reports)/i,
  /\b(stories|news)\b.{0,60}\bdelivered (to you |straight )?(every |each )?(weekday |week ?day )?(mornings?|evenings?|daily|weekly)\b/i,
];
/** Calls to action a link or a short line makes ("Click here to subscribe…", "Sign up for our Newsletter"). */
export const SIGNUP_CTA = /^\W*(click here to (subscribe|sign up|receive|get|register)|sign up (for|to) (our|the|a)|subscribe to (our|the) .{0,40}(newsletter|alerts|briefing|digest))/i;
/** Prompts to turn on the browser's push notifications (a sign-up for news alerts). */
export const PUSH_TEXT = /\b(turn on|enable|allow|activate|get) (\w+ ){0,3}(push |browser |desktop )?notifications\b|\bbreaking news in your browser\b/i;
/** A sign-up box is small. */
const BOX_MAX_WORDS = 120;
/** A sign-up line or call to action is shorter. */
const LINE_MAX_WORDS = 40;
/** …and a box grows around its form by a heading and fine print of at most this many words. */
const BOX_EXTRA_WORDS = 40;
/** A sign-up line without a field links to the sign-up page: at least this share of it is link text. */
const CTA_MIN_LINK_SHARE = 0.3;
/** An email field: the one thing every sign-up box has. */
const EMAIL_INPUT = 'input[type="email"], input[name*="email" i], input[placeholder*="email" i]';
/** Tags a sign-up sentence is read from. */
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'LI', 'STRONG', 'B', 'EM', 'SECTION', 'ASIDE', 'LABEL']);

export function declaresNewsletter(text: string): boolean {
  return NEWSLETTER_DECLARES.some((re) => re.test(text)) || SIGNUP_CTA.test(text) || PUSH_TEXT.test(text);
}

export function saysNewsletter(text: string): boolean {
  return NEWSLETTER_TEXT.some((re) => re.test(text)) || SIGNUP_CTA.test(text);
}

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, NEWSLETTER_TOKEN) || ctx.info(el).words > BOX_MAX_WORDS) return null;
  // a part of a newsletter widget goes with its widget (which the walk met first), not alone
  for (let a = el.parentElement; a && a !== ctx.body && ctx.info(a).words <= BOX_MAX_WORDS; a = a.parentElement) {
    if (hasToken(a, NEWSLETTER_TOKEN)) return null;
  }
  return { element: el, kind: 'newsletter', rule: 'NEWSLETTER_TOKEN' };
};

/**
 * The box around a sign-up form: the smallest ancestor whose text says "newsletter", then up while
 * the parent only adds a heading or fine print, holds no article text and stays small.
 */
function signupBox(form: Element, ctx: ClutterContext): Element | null {
  let box: Element | null = form;
  while (box && !saysNewsletter(ctx.plain(box)) && !/\b(newsletter|sign up|subscribe|digest|briefing)\b/i.test(ctx.plain(box))) {
    box = box.parentElement;
    if (!box || box === ctx.body || ctx.info(box).words > BOX_MAX_WORDS || !ctx.mayHide(box)) return null;
  }
  if (!box) return null;
  for (let p = box.parentElement; p && p !== ctx.body; p = p.parentElement) {
    const words = ctx.info(p).words;
    if (words > BOX_MAX_WORDS || words - ctx.info(box).words > BOX_EXTRA_WORDS || !ctx.mayHide(p)) break;
    if (ctx.mayHold(p, HOLDS_INPUT) && p.querySelectorAll(EMAIL_INPUT).length > 1) break;
    box = p;
  }
  return box;
}

/** Is `el` inside a small box named as a newsletter widget, or one with subscribe buttons? */
function signupAround(el: Element, ctx: ClutterContext): boolean {
  for (let box = el.parentElement; box && box !== ctx.body; box = box.parentElement) {
    if (ctx.info(box).words > BOX_MAX_WORDS) return false;
    if (hasToken(box, NEWSLETTER_TOKEN) || (ctx.mayHold(box, HOLDS_INPUT | HOLDS_BUTTON) && box.querySelector('button, input[type="submit"]'))) return true;
  }
  return false;
}

/** Could EMAIL_INPUT match this input: does its type, name or placeholder say "email" at all? (Before the selector is run.) */
function mayBeEmail(input: Element): boolean {
  if (!input.hasAttributes()) return false;
  for (const name of EMAIL_ATTRS) if (input.getAttribute(name)?.toLowerCase().includes('email')) return true;
  return false;
}
const EMAIL_ATTRS = ['type', 'name', 'placeholder'];

/** Is `el` inside a <form> (el.closest('form'), by a walk up)? */
function inForm(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.localName === 'form') return true;
  return false;
}

const emailForm: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'FORM' && !(tag === 'INPUT' && mayBeEmail(el) && !inForm(el) && el.matches(EMAIL_INPUT))) return null;
  if (tag === 'FORM' && !(ctx.mayHold(el, HOLDS_INPUT) && el.querySelector(EMAIL_INPUT))) return null;
  const box = signupBox(el, ctx);
  return box ? { element: box, kind: 'newsletter', rule: 'EMAIL_INPUT' } : null;
};

const byText: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (!LINE_TAGS.has(tag) || !ctx.hints(el, HINT_NEWSLETTER)) return null;
  const { words, links } = ctx.info(el);
  if (words === 0 || words > LINE_MAX_WORDS) return null;
  const text = ctx.plain(el);
  if (PUSH_TEXT.test(text)) return { element: ctx.grow(el, LINE_MAX_WORDS), kind: 'newsletter', rule: 'PUSH_TEXT' };
  if (!saysNewsletter(text)) return null;
  // the nearest small block around it that offers a sign-up field is the box
  for (let box: Element | null = el; box && box !== ctx.body; box = box.parentElement) {
    if (ctx.info(box).words > BOX_MAX_WORDS || !ctx.mayHide(box)) break;
    if (ctx.mayHold(box, HOLDS_INPUT) && box.querySelector(EMAIL_INPUT)) return { element: box, kind: 'newsletter', rule: 'NEWSLETTER_TEXT' };
  }
  // no field: a sign-up line that links to the sign-up page
  const linked = el.querySelector('a[href], button') || el.closest('a[href]');
  if (linked && (SIGNUP_CTA.test(text) || links >= CTA_MIN_LINK_SHARE)) {
    return { element: ctx.grow(el, LINE_MAX_WORDS), kind: 'newsletter', rule: 'SIGNUP_CTA' };
  }
  // or a line that says it is a sign-up, in a box named as one or offering buttons (the line alone
  // when the box also holds lines the article's text kept)
  if (declaresNewsletter(text) && signupAround(el, ctx)) return { element: ctx.grow(el, BOX_MAX_WORDS), kind: 'newsletter', rule: 'NEWSLETTER_DECLARES' };
  return null;
};

export const newsletterRules: ClutterRule[] = [needs(SHOWS_TOKENS, byToken), needs(SHOWS_FORM, emailForm), needs(HINT_NEWSLETTER, byText)];
