// Finds the clutter of a live page: every rule of every kind over the page's elements, in
// document order, keeping only what the article guard allows. Nothing is changed here; the
// content script hides what this returns (lib/clutter/apply.ts).
import type { Article, ClutterKind } from '../types';
import type { Extracted } from '../extract/article';
import { blocksOf, wordCount } from '../extract/blocks';
import { ClutterContext, SKIP_TAGS, fold, mayHaveTokens, plainText } from './context';
import { SLICE_MS, clock, finish } from '../steps';
import { SHOWS_DIALOG, SHOWS_FORM, SHOWS_LINKS, SHOWS_TOKENS, SHOWS_WIDGET, tagOf } from './rule';
import type { ClutterRule } from './rule';
import { declaresPaywall, overlayMatch, overlaySteps, paywallRules, viewportOverlays } from './paywall';
import { COMMENT_WIDGETS, commentRules, declaresComments } from './comments';
import { declaresNewsletter, newsletterRules } from './newsletter';
import { socialRules } from './social';
import { PROMO_DECLARES, promoRules } from './promo';

export interface FoundClutter { element: Element; kind: ClutterKind; text: string; rule: string }

/** Rules in the order they are tried on each element: the first that matches decides its kind. */
const RULES: ClutterRule[] = [...paywallRules, ...commentRules, ...newsletterRules, ...socialRules, ...promoRules];
/** Bounded work on huge pages: at most this many elements are examined. */
const MAX_ELEMENTS = 30_000;
/** Elements examined between two looks at the clock (the rules stop after about SLICE_MS of work, as the scan does). */
const EXAMINE_CHUNK = 64;

/** Text that says it is clutter: a prompt, a sign-up box, comment guidelines, a promo label. */
export function declaresClutter(raw: string): boolean {
  const text = plainText(raw);
  return declaresPaywall(text) || declaresNewsletter(text) || declaresComments(text) || PROMO_DECLARES.test(text);
}

/** The context the rules work in, for a page and what the extraction found on it (the page's scan in stages of about `sliceMs`). */
export function* contextSteps(doc: Document, extracted: Extracted, sliceMs = SLICE_MS): Generator<void, ClutterContext, void> {
  const ctx = new ClutterContext(doc, extracted.blocks, extracted.article?.title ?? null, declaresClutter);
  yield* ctx.scanPage(sliceMs);
  return ctx;
}

/** The same context at once. */
export function clutterContext(doc: Document, extracted: Extracted): ClutterContext {
  return finish(contextSteps(doc, extracted));
}

/**
 * What the walk has chosen so far: elements to hide, in the order found. Rules see each element
 * once; a match inside a chosen element is dropped, a match around chosen ones replaces them.
 */
export class Selection {
  readonly items: { element: Element; kind: ClutterKind; rule: string }[] = [];
  private readonly chosen = new Set<Element>();

  has(el: Element): boolean {
    return this.chosen.has(el);
  }

  inside(el: Element): boolean {
    if (this.chosen.size === 0) return false;
    for (let a: Element | null = el; a; a = a.parentElement) if (this.chosen.has(a)) return true;
    return false;
  }

  add(element: Element, kind: ClutterKind, rule: string): void {
    for (let j = this.items.length - 1; j >= 0; j--) {
      if (element.contains(this.items[j]!.element)) { this.chosen.delete(this.items[j]!.element); this.items.splice(j, 1); }
    }
    this.chosen.add(element);
    this.items.push({ element, kind, rule });
  }
}

/** Runs every rule over `elements` (in document order), adding what the guard allows to `selection`. */
export function examine(ctx: ClutterContext, elements: Element[], selection: Selection, limit = MAX_ELEMENTS): void {
  examineRange(ctx, elements, 0, Math.min(elements.length, limit), selection);
}

/** `examine` over elements[from, to). */
function examineRange(ctx: ClutterContext, elements: Element[], from: number, to: number, selection: Selection): void {
  for (let i = from; i < to; i++) examineOne(ctx, elements[i]!, selection);
}

/** Runs the rules on one element: the first that matches and that the guard allows decides. */
function examineOne(ctx: ClutterContext, el: Element, selection: Selection): void {
  const shows = signals(el, ctx);
  if (!shows || ctx.stat(el).strong > 0 || selection.inside(el)) return;
  for (const rule of rulesFor(shows)) {
    const m = rule(el, ctx);
    if (!m || selection.inside(m.element) || !ctx.mayHide(m.element, m.declared)) continue;
    // a list of stories or a share bar that names this very story: its other parts go, the headline's text stays
    if ((m.kind === 'promo' || m.kind === 'social') && ctx.repeatsHeadline(m.element)) {
      for (const part of aroundHeadline(m.element, ctx)) if (!selection.inside(part)) selection.add(part, m.kind, m.rule);
      return;
    }
    selection.add(m.element, m.kind, m.rule);
    return;
  }
}

/** Attributes that alone name a vendor comment widget (no class or id needed). */
const WIDGET_ATTRS = COMMENT_WIDGETS.attrs ?? [];

/**
 * What `el` shows that some rule needs (SHOWS_* and HINT_* bits): a clutter token or widget name
 * in its class or id, clutter words in its text, link text, a form field, a dialog role, a custom
 * tag or a widget's attribute. Most elements (plain paragraphs, images, spans of prose) show none
 * and are passed over; the others meet only the rules whose signals they show.
 */
function signals(el: Element, ctx: ClutterContext): number {
  const s = ctx.stat(el);
  let bits = s.hints;
  if (s.linkChars > 0) bits |= SHOWS_LINKS;
  const tag = tagOf(el);
  if (tag === 'FORM' || tag === 'INPUT') bits |= SHOWS_FORM;
  if (tag === 'DIALOG' || tag.includes('-')) bits |= SHOWS_DIALOG | SHOWS_WIDGET;
  if (!el.hasAttributes()) return bits;
  if (mayHaveTokens(el)) bits |= SHOWS_TOKENS;
  if (el.hasAttribute('role') || el.hasAttribute('aria-modal')) bits |= SHOWS_DIALOG;
  if (WIDGET_ATTRS.some((a) => el.hasAttribute(a))) bits |= SHOWS_WIDGET;
  return bits;
}

/** The rules worth trying on an element that shows `shows` (in RULES order), by value of `shows`. */
const RULES_FOR = new Map<number, ClutterRule[]>();

function rulesFor(shows: number): ClutterRule[] {
  let rules = RULES_FOR.get(shows);
  if (rules === undefined) {
    rules = RULES.filter((rule) => rule.needs === undefined || (rule.needs & shows) !== 0);
    RULES_FOR.set(shows, rules);
  }
  return rules;
}

/** The parts of `block` that do not hold the headline's text: its children, and theirs around the headline. */
function aroundHeadline(block: Element, ctx: ClutterContext): Element[] {
  const out: Element[] = [];
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
    if (SKIP_TAGS.has(tagOf(c)) || ctx.stat(c).words === 0) continue;
    if (!ctx.repeatsHeadline(c)) out.push(c);
    else out.push(...aroundHeadline(c, ctx));
  }
  return out;
}

/** Fixed full-viewport overlays (only where there is layout: a real browser). */
export function examineOverlays(ctx: ClutterContext, selection: Selection, overlays = viewportOverlays(ctx)): void {
  if (!overlays.length) return;
  const paywall = () => selection.items.some((i) => i.kind === 'paywall');
  for (const el of overlays) {
    if (selection.inside(el)) continue;
    const m = overlayMatch(el, ctx, paywall());
    if (m && ctx.mayHide(m.element, m.declared)) selection.add(m.element, m.kind, m.rule);
  }
  // an empty backdrop met before its prompt
  if (paywall()) {
    for (const el of overlays) {
      if (selection.inside(el)) continue;
      const m = overlayMatch(el, ctx, true);
      if (m && ctx.mayHide(m.element, m.declared)) selection.add(m.element, m.kind, m.rule);
    }
  }
}

export interface ClutterFound { found: FoundClutter[]; article: Article | null; ctx: ClutterContext }

/**
 * Finds the page's clutter in stages: the page's scan, then the rules (each about SLICE_MS of work
 * at a time), then the overlays. The generator stops between stages so that the content
 * script can give the page's main thread back (a huge page's scan is not one long task).
 */
export function* clutterSteps(doc: Document, extracted: Extracted): Generator<void, ClutterFound, void> {
  const ctx = yield* contextSteps(doc, extracted);
  const article = extracted.article;
  if (!ctx.body) return { found: [], article, ctx };
  const selection = new Selection();
  // the scan never enters what SKIP_TAGS names; only its root could be one
  const elements = ctx.elements.length && SKIP_TAGS.has(tagOf(ctx.elements[0]!)) ? ctx.elements.slice(1) : ctx.elements;
  const end = Math.min(elements.length, MAX_ELEMENTS);
  yield;
  let start = clock();
  for (let i = 0; i < end; i += EXAMINE_CHUNK) {
    if (clock() - start >= SLICE_MS) { yield; start = clock(); }
    examineRange(ctx, elements, i, Math.min(i + EXAMINE_CHUNK, end), selection);
  }
  yield;
  examineOverlays(ctx, selection, yield* overlaySteps(ctx));
  const items = [...selection.items].sort((a, b) => ctx.position(a.element) - ctx.position(b.element));
  const found = items.map((h) => ({ ...h, text: ctx.fullText(h.element) }));
  return { found, article: article ? withoutClutter(article, extracted, found, ctx) : null, ctx };
}

/**
 * The article text without the blocks that are clutter ("Also Read: …" lines, a prompt, a sign-up
 * box Readability kept): a block goes when it is a line of a hidden element, or stands inside a
 * hidden element within the article's container. (A comment below the article that quotes a line
 * of it does not take the line out of the article.)
 */
export function withoutClutter(article: Article, extracted: Extracted, found: FoundClutter[], ctx: ClutterContext): Article {
  if (!found.length) return article;
  const folded = extracted.blocks.map((b) => ctx.foldedBlock(b));
  // a block's text is collapsed: folding it keeps its length but for U+0130 (İ, two characters in
  // lower case), so a line of another length cannot be an article block (and is not folded)
  const lengths = new Set(folded.map((t) => t.length));
  const lines = new Set<string>();
  for (const f of found) {
    for (const b of blocksOf(f.element, true)) if (lengths.has(b.text.length) || b.text.includes('\u0130')) lines.add(fold(b.text));
  }
  const inside = found.filter((f) => ctx.inArticle(f.element)).map((f) => fold(f.text)).filter(Boolean);
  const kept = extracted.blocks.filter((_, i) => {
    const t = folded[i]!;
    return !lines.has(t) && !inside.some((h) => h.includes(t));
  });
  if (kept.length === extracted.blocks.length) return article;
  const text = kept.map((b) => b.text).join('\n\n');
  return { ...article, text, wordCount: wordCount(text) };
}
