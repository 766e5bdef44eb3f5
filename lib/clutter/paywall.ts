// Paywall: subscription, metering and sign-in prompts, and the modal overlays that carry them.
// (Crux hides prompts; it never fetches or reveals what a site withheld.)
import { HINT_PAYWALL, HOLDS_INPUT, hasToken, type ClutterContext } from './context';
import { SLICE_MS, SliceClock, finish } from '../steps';
import { SHOWS_DIALOG, SHOWS_TOKENS, needs, tagOf, type ClutterMatch, type ClutterRule } from './rule';

/** Class/id tokens of paywall and metering widgets (Piano/Tinypass, generic "paywall", registration walls). */
export const PAYWALL_TOKEN = /^(paywall|paywalled-prompt|regwall|reg-?wall|registration-?wall|meter-?(wall|prompt|banner|modal)|metered-?(content|modal)|piano-?(offer|template|inline)|tp-modal|tp-backdrop|tp-container-inner|subscription-?(wall|prompt|modal|overlay|gate)|subscribe-?(wall|prompt|modal|overlay)|signin-?(wall|prompt|gate)|login-?(wall|prompt|gate)|premium-?(wall|prompt|gate)|piano|tinypass)$/;
/** Sentences that only a subscription or sign-in prompt says. */
export const PAYWALL_TEXT = [
  /\b(you('ve| have)|you've) (reached|hit|used( up)?|read) (your|the|all( of)? your) (limit|maximum|quota|free)\b/i,
  /\b(free|complimentary) (articles?|stories|reads|views) (left|remaining|this month|per month|every month|a month)\b/i,
  // metering counters ("1 of 10 articles read", "You have 2 free stories left")
  /\b\d+ (of|out of) \d+ (free )?(articles?|stories) (read|left|remaining|viewed)\b/i,
  /\byou have \d+ (free )?(articles?|stories) (left|remaining)\b/i,
  /\bsign (in|up) to (unlock|continue|keep reading|read|access|get (full|unlimited)|enjoy)\b/i,
  /\b(log ?in|register) to (unlock|continue reading|keep reading|read the (full|rest))\b/i,
  /\bsubscribe (now |today )?(to|for) (continue|keep reading|read|get|unlock|unlimited|full|access)\b/i,
  /\b(unlimited|full) digital access\b|\b(get|enjoy|unlock) unlimited access\b/i,
  /\b(members?|subscribers?)[- ]only (benefits|content|articles?|stories|access)\b/i,
  /\balready (a )?(subscriber|member|registered)\?/i,
  /\b(this (article|story|content) is|is available) (for|to|only for) (subscribers|members)\b/i,
  /\bcontinue reading (with|for) (a|just|only)\b/i,
  // plan pickers of subscription upsells
  /\b(choose|pick|select) (a|the|your) (membership|subscription)\b/i,
];
/**
 * What a prompt says of itself and reporting never says (the article guard does not count a short
 * block that says it as article prose): the limit reached, the counter, "sign in to unlock", "already
 * a subscriber?", the plan picker, and a line that opens with "Subscribe to …" or "Become a member".
 */
export const PAYWALL_DECLARES = [
  /\b(you('ve| have)|you've) (reached|hit|used( up)?) (your|the|all( of)? your) (limit|maximum|quota|free)\b/i,
  /\b\d+ (of|out of) \d+ (free )?(articles?|stories) (read|left|remaining|viewed)\b/i,
  /\b(free|complimentary) (articles?|stories) (left|remaining)\b/i,
  /\bsign (in|up) to (unlock|continue reading|keep reading)\b/i,
  /\bsubscribe (now |today )?(to|for) (continue|keep) reading\b/i,
  /\b(members?|subscribers?)[- ]only (benefits|content|articles?|stories|access)\b/i,
  /\balready (a )?(subscriber|member)\?/i,
  /\b(choose|pick|select) (a|the|your) (membership|subscription)\b/i,
];
/** Calls to action that open a prompt (the line starts with them): "Subscribe to WIRED and…", "Become a member for free!". */
export const PAYWALL_CTA = /^(subscribe (to|for|now|today)\b|become an? ([\w.&'-]+ ){0,2}(member|subscriber|insider)\b)/i;
/** The same calls to action anywhere in a dialog's text. */
const DIALOG_CTA = /\b(subscribe (now|today)|become an? ([\w.&'-]+ ){0,2}(member|subscriber|insider))\b/i;
/** Sign-in and registration dialogs ("Do you have a … account?", "Forgot your password?"). */
export const SIGNIN_TEXT = /\b((do|don'?t) you have|do not have|you don'?t have|already have) an? ([\w.-]+ )?account\b|\bforgot(ten)? (your )?password\b|\b(create|register) (an|a free|your) ([\w.-]+ )?account\b/i;
/** A prompt is small: above this many words a block is something else that mentions subscribing. */
const PROMPT_MAX_WORDS = 150;
/** The line a prompt sentence is read from is short. */
const LINE_MAX_WORDS = 40;
/** A call to action is a short line. */
const CTA_MAX_WORDS = 20;
/** Dialog-like elements (modal overlays). */
const DIALOG_TOKEN = /^(modal|overlay|popup|pop-up|lightbox|dialog|interstitial|modal-?window|flyout)$/;
/** Empty full-page backdrops that go with a modal. */
const BACKDROP_TOKEN = /^(modal-?backdrop|backdrop|overlay-?(bg|background|mask)|modal-?(bg|mask|overlay)|tp-backdrop)$/;
/** Elements whose text a paywall sentence may be read from (the label, not the page). */
const TEXT_HOLDERS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'STRONG', 'B', 'DIV', 'LI', 'A', 'LEGEND', 'SECTION', 'EM', 'HEADER', 'ASIDE', 'FORM', 'DD', 'TD']);
/** A password field: the mark of a sign-in form. */
const PASSWORD_INPUT = 'input[type="password"]';

export function declaresPaywall(text: string): boolean {
  return PAYWALL_DECLARES.some((re) => re.test(text)) || PAYWALL_CTA.test(text);
}

export function saysPaywall(text: string): boolean {
  return PAYWALL_TEXT.some((re) => re.test(text)) || PAYWALL_CTA.test(text);
}

const byToken: ClutterRule = (el, ctx) => {
  if (!hasToken(el, PAYWALL_TOKEN) || ctx.inArticle(el) && ctx.info(el).words > PROMPT_MAX_WORDS) return null;
  return { element: el, kind: 'paywall', rule: 'PAYWALL_TOKEN' };
};

function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true' || tagOf(el) === 'DIALOG' || hasToken(el, DIALOG_TOKEN);
}

const dialog: ClutterRule = (el, ctx) => {
  if (!isDialog(el)) return null;
  const { words } = ctx.info(el);
  if (words > PROMPT_MAX_WORDS * 2) return null;
  const text = ctx.plain(el);
  if (!(saysPaywall(text) || /\bsubscri(be|ption)\b/i.test(text) || DIALOG_CTA.test(text) || SIGNIN_TEXT.test(text) || (ctx.mayHold(el, HOLDS_INPUT) && el.querySelector(PASSWORD_INPUT)))) return null;
  return { element: el, kind: 'paywall', rule: 'DIALOG_TOKEN' };
};

const promptText: ClutterRule = (el, ctx) => {
  if (!TEXT_HOLDERS.has(tagOf(el)) || !ctx.hints(el, HINT_PAYWALL)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > LINE_MAX_WORDS) return null;
  const text = ctx.plain(el);
  if (PAYWALL_TEXT.some((re) => re.test(text))) return { element: ctx.grow(el, PROMPT_MAX_WORDS), kind: 'paywall', rule: 'PAYWALL_TEXT' };
  if (words <= CTA_MAX_WORDS && PAYWALL_CTA.test(text)) return { element: ctx.grow(el, PROMPT_MAX_WORDS), kind: 'paywall', rule: 'PAYWALL_CTA' };
  return null;
};

const backdrop: ClutterRule = (el, ctx) => {
  if (!hasToken(el, BACKDROP_TOKEN) || ctx.info(el).words > 0) return null;
  return { element: el, kind: 'paywall', rule: 'BACKDROP_TOKEN' };
};

export const paywallRules: ClutterRule[] = [needs(SHOWS_TOKENS, byToken), needs(SHOWS_DIALOG | SHOWS_TOKENS, dialog), needs(HINT_PAYWALL, promptText), needs(SHOWS_TOKENS, backdrop)];

// ---- overlays, in a real browser (layout and computed style; skipped where there is none) ----

/** An overlay covers at least this share of the viewport's width and height. */
const OVERLAY_MIN_COVER = 0.6;
/** …and stands above the page. */
const OVERLAY_MIN_Z = 10;
/** Overlays are near the top of the tree (sites append them to <body>): this many levels down at most. */
const OVERLAY_MAX_DEPTH = 4;

/** Elements positioned over the viewport: fixed, high z-index, covering most of it (at once). */
export function viewportOverlays(ctx: ClutterContext): Element[] {
  return finish(overlaySteps(ctx, Infinity));
}

/**
 * The same, in stages: reading computed style is the costly part (a page of 50,000 paragraphs
 * under <body> asks it 50,000 times), so the walk stops after about `sliceMs` of work. Depth first,
 * in document order, without recursion; an element that left the page meanwhile ends its level.
 */
export function* overlaySteps(ctx: ClutterContext, sliceMs = SLICE_MS): Generator<void, Element[], void> {
  const view = ctx.doc.defaultView;
  const body = ctx.body;
  if (!view || !body || typeof view.getComputedStyle !== 'function' || !(view.innerWidth > 0 && view.innerHeight > 0)) return [];
  const out: Element[] = [];
  // per open level: the next child to look at, and the level's depth
  const stack: { next: Element | null; depth: number }[] = [{ next: body.firstElementChild, depth: 1 }];
  const slice = new SliceClock(sliceMs);
  while (stack.length) {
    const level = stack[stack.length - 1]!;
    const c = level.next;
    if (!c) { stack.pop(); continue; }
    level.next = c.nextElementSibling;
    if (slice.due()) { yield; slice.restart(); }
    const tag = tagOf(c);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'LINK' || tag === 'META' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const cs = view.getComputedStyle(c);
    if (cs.display === 'none') continue;
    if (cs.position === 'fixed' && (Number.parseInt(cs.zIndex, 10) || 0) >= OVERLAY_MIN_Z && typeof c.getBoundingClientRect === 'function') {
      const r = c.getBoundingClientRect();
      const w = Math.min(r.right, view.innerWidth) - Math.max(r.left, 0);
      const h = Math.min(r.bottom, view.innerHeight) - Math.max(r.top, 0);
      if (w >= view.innerWidth * OVERLAY_MIN_COVER && h >= view.innerHeight * OVERLAY_MIN_COVER) { out.push(c); continue; }
    }
    if (level.depth < OVERLAY_MAX_DEPTH) stack.push({ next: c.firstElementChild, depth: level.depth + 1 });
  }
  return out;
}

/**
 * A fixed full-viewport overlay is a paywall when its text is a paywall or sign-in prompt; an empty
 * one (a backdrop) goes when a paywall prompt was found on the page.
 */
export function overlayMatch(el: Element, ctx: ClutterContext, paywallFound: boolean): ClutterMatch | null {
  const { words } = ctx.info(el);
  if (words === 0) return paywallFound ? { element: el, kind: 'paywall', rule: 'FIXED_OVERLAY' } : null;
  if (words > PROMPT_MAX_WORDS * 2) return null;
  const text = ctx.plain(el);
  if (!(saysPaywall(text) || SIGNIN_TEXT.test(text) || /\bsubscri(be|ption)\b/i.test(text))) return null;
  return { element: el, kind: 'paywall', rule: 'FIXED_OVERLAY' };
}

export type { ClutterMatch, ClutterContext };
