// Paywall: subscription, metering and sign-in prompts, and the modal overlays that carry them.
// (Crux hides prompts; it never fetches or reveals what a site withheld.)
import { hasToken, type ClutterContext } from './context';
import { tagOf, type ClutterMatch, type ClutterRule } from './rule';

/** Class/id tokens of paywall and metering widgets (Piano/Tinypass, generic "paywall", registration walls). */
export const PAYWALL_TOKEN = /^(paywall|paywalled-prompt|regwall|reg-?wall|registration-?wall|meter-?(wall|prompt|banner|modal)|metered-?(content|modal)|piano-?(offer|template|inline)|tp-modal|tp-backdrop|tp-container-inner|subscription-?(wall|prompt|modal|overlay|gate)|subscribe-?(wall|prompt|modal|overlay)|signin-?(wall|prompt|gate)|login-?(wall|prompt|gate)|premium-?(wall|prompt|gate)|piano|tinypass)$/;
/** Sentences that only a subscription or sign-in prompt says. */
export const PAYWALL_TEXT = [
  /\b(you('ve| have)|you've) (reached|hit|used( up)?|read) (your|the|all( of)? your) (limit|maximum|quota|free)\b/i,
  /\b(free|complimentary) (articles?|stories|reads|views) (left|remaining|this month|per month|every month|a month)\b/i,
  /\bsign (in|up) to (unlock|continue|keep reading|read|access|get (full|unlimited)|enjoy)\b/i,
  /\b(log ?in|register) to (unlock|continue reading|keep reading|read the (full|rest))\b/i,
  /\bsubscribe (now |today )?(to|for) (continue|keep reading|read|get|unlock|unlimited|full|access)\b/i,
  /\b(unlimited|full) (digital )?access (to|for)\b/i,
  /\b(members?|subscribers?)[- ]only (benefits|content|articles?|stories|access)\b/i,
  /\balready (a )?(subscriber|member|registered)\?/i,
  /\b(this (article|story|content) is|is available) (for|to|only for) (subscribers|members)\b/i,
  /\bcontinue reading (with|for) (a|just|only)\b/i,
];
/** A prompt is small: above this many words a block is something else that mentions subscribing. */
const PROMPT_MAX_WORDS = 150;
/** Dialog-like elements (modal overlays). */
const DIALOG_TOKEN = /^(modal|overlay|popup|pop-up|lightbox|dialog|interstitial)$/;
/** Empty full-page backdrops that go with a modal. */
const BACKDROP_TOKEN = /^(modal-?backdrop|backdrop|overlay-?(bg|background|mask)|modal-?(bg|mask|overlay)|tp-backdrop)$/;
/** Elements whose text a paywall sentence may be read from (the label, not the page). */
const TEXT_HOLDERS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'STRONG', 'B', 'DIV', 'LI', 'A', 'LEGEND']);

export function saysPaywall(text: string): boolean {
  return PAYWALL_TEXT.some((re) => re.test(text));
}

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, PAYWALL_TOKEN) || ctx.inArticle(el) && ctx.info(el).words > PROMPT_MAX_WORDS) return null;
  return { element: el, kind: 'paywall', rule: 'PAYWALL_TOKEN' };
};

const dialog: ClutterRule = (el, ctx) => {
  const isDialog = el.getAttribute('role') === 'dialog' || el.getAttribute('role') === 'alertdialog' ||
    el.getAttribute('aria-modal') === 'true' || hasToken(el, DIALOG_TOKEN);
  if (!isDialog) return null;
  const info = ctx.info(el);
  if (info.words > PROMPT_MAX_WORDS * 2 || !(saysPaywall(info.text) || /\bsubscri(be|ption)\b/i.test(info.text))) return null;
  return { element: el, kind: 'paywall', rule: 'DIALOG_TOKEN' };
};

const promptText: ClutterRule = (el, ctx) => {
  if (!TEXT_HOLDERS.has(tagOf(el))) return null;
  const info = ctx.info(el);
  if (info.words > 40 || !saysPaywall(info.text)) return null;
  return { element: ctx.grow(el, PROMPT_MAX_WORDS), kind: 'paywall', rule: 'PAYWALL_TEXT' };
};

const backdrop: ClutterRule = (el, ctx) => {
  if (!hasToken(el, BACKDROP_TOKEN) || ctx.info(el).words > 0) return null;
  return { element: el, kind: 'paywall', rule: 'BACKDROP_TOKEN' };
};

export const paywallRules: ClutterRule[] = [byToken, dialog, promptText, backdrop];
export type { ClutterMatch, ClutterContext };
