// Comments: comment sections with their headings, guidelines and counters, and vendor widgets.
import { hasToken } from './context';
import { tagOf, type ClutterRule } from './rule';

/** Vendor comment widgets, by their documented embed markup. */
export const COMMENT_WIDGETS = [
  '#disqus_thread', '[id^="disqus"]', '[id*="vuukle"]', '[class*="vuukle"]', '#coral_thread', '[id^="coral"]',
  '[data-spotim-module]', '[data-spot-im-module]', '[id^="spotim"]', '[class*="spot-im"]', '[data-openweb-module]',
  '.fb-comments', '[data-viafoura-widget]', '.viafoura', '[class*="vf-comments"]', '.livefyre', '#livefyre',
  '[id^="livefyre"]', '[class*="insticator"]', '[id^="insticator"]', 'hyvor-talk-comments', '#hyvor-talk-view',
  '#commento', '.commento', '#remark42', '#isso-thread', '.utterances', '#graphcomment',
].join(',');
/** Class/id tokens of a comment section ("comments", "comment-section", WordPress's "respond"…). */
export const COMMENT_TOKEN = /^(comments|comment-?(section|area|list|thread|form|wrapper|container|count|block|module)|commentlist|comments?-?(area|section|wrapper|container|block|module|thread|list)|respond|reply-?form|disqus|discussion-?(thread|section))$/;
/** Headings that open a comment section. */
export const COMMENT_HEADING = /^(\d+\s+)?(comments?|reader comments|responses?|replies|discussion|conversation|join the (conversation|discussion)|leave a (comment|reply)|post a comment|add a comment|have your say|what do you think\??|\d+ (responses?|thoughts|comments?) (to|on) .{1,200})(\s*\(\d+\))?\s*:?$/i;
/** Sentences only comment guidelines and prompts say. */
export const COMMENT_TEXT = [
  /\bcomments? (have to|must|should|will|are|may) (be )?(in english|moderated|reviewed|approved|civil|respectful|abide|removed|closed)/i,
  /\bcommunity (guidelines|standards|rules)\b.*\bcomment/i,
  /\bcomment.*\bcommunity (guidelines|standards|rules)\b/i,
  /\b(log ?in|sign ?in|register) to (post|leave|add|join|write) (a |your )?(comments?|reply|replies|the conversation|the discussion)/i,
  /\bcommenting (platform|system|policy|is (closed|disabled))\b/i,
  /\bcomments (are|have been) (closed|disabled|turned off)\b/i,
  /\bbe the first to comment\b/i,
];
/** Comment guideline blocks are short. */
const GUIDELINE_MAX_WORDS = 120;
/** A comment section may be long (many comments); the article guard still applies. */
const SECTION_MAX_WORDS = 20_000;

const widget: ClutterRule = (el) => (el.matches(COMMENT_WIDGETS) ? { element: el, kind: 'comments', rule: 'COMMENT_WIDGETS' } : null);

const byToken: ClutterRule = (el) => (hasToken(el, COMMENT_TOKEN) ? { element: el, kind: 'comments', rule: 'COMMENT_TOKEN' } : null);

const heading: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (!/^H[2-6]$/.test(tag) && !(tag === 'DIV' || tag === 'SPAN' || tag === 'P') ) return null;
  const info = ctx.info(el);
  if (info.words > 12 || !COMMENT_HEADING.test(info.text)) return null;
  if (!/^H[2-6]$/.test(tag) && el.childElementCount > 2) return null;
  return { element: ctx.grow(el, SECTION_MAX_WORDS), kind: 'comments', rule: 'COMMENT_HEADING' };
};

const guidelines: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (tag !== 'P' && tag !== 'DIV' && tag !== 'SPAN' && tag !== 'LI') return null;
  const info = ctx.info(el);
  if (info.words > GUIDELINE_MAX_WORDS || !COMMENT_TEXT.some((re) => re.test(info.text))) return null;
  return { element: ctx.grow(el, GUIDELINE_MAX_WORDS * 2), kind: 'comments', rule: 'COMMENT_TEXT' };
};

export const commentRules: ClutterRule[] = [widget, byToken, heading, guidelines];
