// Comments: comment sections with their headings, guidelines and counters, and vendor widgets.
import { HINT_COMMENTS, hasToken, isWidget, type WidgetSpec } from './context';
import { SHOWS_TOKENS, SHOWS_WIDGET, needs, tagOf, type ClutterRule } from './rule';

/**
 * Vendor comment widgets, by their documented embed markup: Disqus, Vuukle, Coral Talk,
 * OpenWeb/Spot.IM, Facebook comments, Viafoura, Livefyre, Insticator, Hyvor Talk, Commento,
 * Remark42, Isso, Utterances, GraphComment, Gigya comments.
 */
export const COMMENT_WIDGETS: WidgetSpec = {
  id: /^(disqus|coral|spotim|livefyre|insticator|hyvor-talk-view$|commento$|remark42$|isso-thread$|graphcomment$)|vuukle|gig-comments/i,
  cls: /(^|\s)(fb-comments|viafoura|livefyre|commento|utterances|gig-comments)(\s|$)|vuukle|spot-im|vf-comments|livefyre|live-fyre|insticator/i,
  attrs: ['data-spotim-module', 'data-spot-im-module', 'data-openweb-module', 'data-viafoura-widget'],
  tags: ['hyvor-talk-comments'],
};
/**
 * Class/id tokens of a comment section ("comments", "comment-section", WordPress's "respond", a
 * site's own "fbcommentsmodule", a thread of "replies"…).
 */
export const COMMENT_TOKEN = /^(comments|comment-?(section|area|list|thread|form|wrapper|container|count|block|module)|commentlist|[a-z]{0,6}comments?-?(area|section|wrapper|container|block|module|thread|list|widget|box|panel|app|holder|embed)|respond|reply-?form|replies|disqus|discussion-?(thread|section))$/;
/** Headings, buttons and counters that open or stand for a comment section. */
export const COMMENT_HEADING = /^(\d+\s+)?((reader |top rated |all |top |featured |most recent )?comments?|responses?|replies|discussion|conversation|join the (conversation|discussion)|leave a (comment|reply)|post a comment|add (a|your) comment|have your say|share your thoughts|what do you think\??|(view|show|load|loading|read|see|hide|open) (all |the )?(\d+ )?comments?( \(\d+\))?(\.\.\.|…)?|\d+ (responses?|thoughts|comments?) (to|on) .{1,200})(\s*\(\d+\))?\s*:?$/i;
/** Sentences only comment guidelines, prompts and moderation notices say. */
export const COMMENT_TEXT = [
  /\bcomments? (have to|must|should|will|are|may) (be )?(in english|moderated|reviewed|approved|civil|respectful|abide|removed|closed)/i,
  /\bcommunity (guidelines|standards|rules)\b.*\bcomment/i,
  /\bcomment.*\bcommunity (guidelines|standards|rules)\b/i,
  /\b(log ?in|sign ?in|register) to (post|leave|add|join|write) (a |your )?(comments?|reply|replies|the conversation|the discussion)/i,
  /\bcommenting (platform|system|policy|is (closed|disabled))\b/i,
  /\bcomments (are|have been) (closed|disabled|turned off)\b/i,
  /\bbe the first to comment\b/i,
  /\bas you comment\b/i,
  /\b(comments?|commenters?)\b[^.]{0,80}\b(respectful|civil|courteous|on[- ]topic|profanity)\b/i,
  /\b(respectful|civil|courteous)\b[^.]{0,40}\b(comments?|commenters?)\b/i,
  /\bmoderat(es?|ed|ing|ion)\b[^.]{0,40}\bcomments?\b/i,
  /\byou must (be )?(log(ged)?[- ]?in|sign(ed)?[- ]?in|register(ed)?)\b.{0,40}\b(comment|recommend|reply|post)/i,
  /\breport(ing)? (any )?([\w-]+ (or|and) )?(inappropriate|abusive|offensive|illegal) (behaviou?r|content|comments?|posts?)\b/i,
  /\bsubmission guidelines\b/i,
  // letters-to-the-editor and feedback invitations after an article
  /\bwe('d| would) (like|love) to hear (what you think|your thoughts) about (this|these|our|any)\b/i,
  /\bcomments? (will|may) be (rejected|deleted|removed)\b/i,
];
/**
 * What comment guidelines say of themselves and reporting never says (the article guard does not
 * count a short block that says it as article prose).
 */
export const COMMENT_DECLARES = [
  /\bcomments? (have to|must) (be )?(in english|civil|respectful)/i,
  /\bcommenting (platform|system|policy)\b/i,
  /\b(log ?in|sign ?in|register) to (post|leave|add|write) (a |your )?comments?\b/i,
  /\bas you comment\b/i,
  /\bplease\b[^.]{0,60}\b(respectful|civil|courteous|on[- ]topic)\b[^.]{0,60}\b(comments?|commenters?)\b/i,
  /\bsubmission guidelines\b/i,
  /\bwe('d| would) (like|love) to hear (what you think|your thoughts) about (this|these|our|any)\b/i,
];
/** Comment guideline blocks are short. */
const GUIDELINE_MAX_WORDS = 120;
/** A comment section may be long (many comments); the article guard still applies. */
const SECTION_MAX_WORDS = 20_000;
/** Headings and buttons are short. */
const HEADING_MAX_WORDS = 12;
/** Tags a comment heading, counter or button is. */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SPAN', 'P', 'A', 'BUTTON', 'STRONG', 'B', 'LI', 'HEADER']);
/** Tags a guideline sentence is read from. */
const GUIDELINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'EM', 'SMALL', 'SECTION', 'FORM', 'ASIDE', 'FOOTER']);

export function declaresComments(text: string): boolean {
  return COMMENT_DECLARES.some((re) => re.test(text));
}

export function saysComments(text: string): boolean {
  return COMMENT_TEXT.some((re) => re.test(text));
}

// A comment section after the article may quote a line of it: that does not keep the section
// (ClutterContext.mayHide: `declared`); a quoted long paragraph still does.
const widget: ClutterRule = (el, ctx) => (isWidget(el, COMMENT_WIDGETS) ? { element: el, kind: 'comments', rule: 'COMMENT_WIDGETS', declared: ctx.afterArticle(el) } : null);

const byToken: ClutterRule = (el, ctx) => (hasToken(el, COMMENT_TOKEN) ? { element: el, kind: 'comments', rule: 'COMMENT_TOKEN', declared: ctx.afterArticle(el) } : null);

const heading: ClutterRule = (el, ctx) => {
  const tag = tagOf(el);
  if (!HEADING_TAGS.has(tag) || !ctx.hints(el, HINT_COMMENTS)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > HEADING_MAX_WORDS) return null;
  if (!/^H[2-6]$/.test(tag) && el.childElementCount > 2) return null;
  if (!COMMENT_HEADING.test(ctx.plain(el))) return null;
  const section = ctx.grow(el, SECTION_MAX_WORDS);
  return { element: section, kind: 'comments', rule: 'COMMENT_HEADING', declared: ctx.afterArticle(section) };
};

const guidelines: ClutterRule = (el, ctx) => {
  if (!GUIDELINE_TAGS.has(tagOf(el)) || !ctx.hints(el, HINT_COMMENTS)) return null;
  const { words } = ctx.info(el);
  if (words === 0 || words > GUIDELINE_MAX_WORDS || !saysComments(ctx.plain(el))) return null;
  return { element: ctx.grow(el, GUIDELINE_MAX_WORDS * 2), kind: 'comments', rule: 'COMMENT_TEXT' };
};

export const commentRules: ClutterRule[] = [needs(SHOWS_TOKENS | SHOWS_WIDGET, widget), needs(SHOWS_TOKENS, byToken), needs(HINT_COMMENTS, heading), needs(HINT_COMMENTS, guidelines)];
