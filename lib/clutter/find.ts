// Finds the clutter of a live page: every rule of every kind over the page's elements, in
// document order, keeping only what the article guard allows. Nothing is changed here; the
// content script hides what this returns (lib/clutter/apply.ts).
import type { Article, ClutterKind } from '../types';
import type { Extracted } from '../extract/article';
import { wordCount } from '../extract/blocks';
import { ClutterContext, fold } from './context';
import type { ClutterRule } from './rule';
import { paywallRules } from './paywall';
import { commentRules } from './comments';
import { newsletterRules } from './newsletter';
import { socialRules } from './social';
import { promoRules } from './promo';

export interface FoundClutter { element: Element; kind: ClutterKind; text: string; rule: string }

/** Rules in the order they are tried on each element: the first that matches decides its kind. */
const RULES: ClutterRule[] = [...paywallRules, ...commentRules, ...newsletterRules, ...socialRules, ...promoRules];
/** Elements never examined (their content is not page text). */
const SKIP = 'script, style, noscript, template, svg, link, meta, head';
/** Bounded work on huge pages: at most this many elements are examined. */
const MAX_ELEMENTS = 30_000;

export function findClutter(doc: Document, extracted: Extracted): { found: FoundClutter[]; article: Article | null } {
  const article = extracted.article;
  if (!doc.body) return { found: [], article };
  const ctx = new ClutterContext(doc, extracted.blocks, article?.title ?? null);
  const hidden: { element: Element; kind: ClutterKind; rule: string }[] = [];
  const chosen = new Set<Element>();
  const insideChosen = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) if (chosen.has(a)) return true;
    return false;
  };
  const all = doc.body.querySelectorAll('*');
  const n = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = all[i]!;
    if (el.matches(SKIP) || insideChosen(el)) continue;
    for (const rule of RULES) {
      const m = rule(el, ctx);
      if (!m || insideChosen(m.element) || !ctx.mayHide(m.element)) continue;
      // a block grown to an ancestor replaces what was already chosen inside it
      for (let j = hidden.length - 1; j >= 0; j--) {
        if (m.element.contains(hidden[j]!.element)) { chosen.delete(hidden[j]!.element); hidden.splice(j, 1); }
      }
      chosen.add(m.element);
      hidden.push({ element: m.element, kind: m.kind, rule: m.rule });
      break;
    }
  }
  const found = hidden.map((h) => ({ ...h, text: ctx.fullText(h.element) }));
  return { found, article: article ? withoutClutter(article, extracted, found) : null };
}

/** The article text without the blocks that are clutter ("Also Read: …" lines Readability kept). */
function withoutClutter(article: Article, extracted: Extracted, found: FoundClutter[]): Article {
  if (!found.length) return article;
  const hiddenTexts = found.map((f) => fold(f.text)).filter(Boolean);
  const kept = extracted.blocks.filter((b) => {
    const t = fold(b.text);
    return !hiddenTexts.some((h) => h.includes(t));
  });
  if (kept.length === extracted.blocks.length) return article;
  const text = kept.map((b) => b.text).join('\n\n');
  return { ...article, text, wordCount: wordCount(text) };
}
