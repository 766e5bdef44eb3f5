// The shape of a clutter rule: each kind's module exports a list of these.
import type { ClutterKind } from '../types';
import type { ClutterContext } from './context';
import { tagOf } from '../dom/element';

export { tagOf };

export interface ClutterMatch {
  /** the element to hide (may be an ancestor of the one examined) */
  element: Element;
  kind: ClutterKind;
  /** the rule's constant name, reported in `clutter[].rule` */
  rule: string;
  /**
   * true when the rule recognised the block by its structure as well as its words: short lines
   * Readability kept in it do not stop it (see ClutterContext.mayHide)
   */
  declared?: boolean;
}

export type ClutterRule = ((el: Element, ctx: ClutterContext) => ClutterMatch | null) & {
  /**
   * What an element must show for the rule to be worth trying (SHOWS_* and HINT_* bits, any one
   * of them); undefined: any element the walk examines. The walk skips a rule whose signals the
   * element lacks (the rule would return null there anyway), so most rules never see most elements.
   */
  needs?: number;
};

// Signals an element shows (find.ts reads them once per element); the HINT_* bits of context.ts
// (words of its text) take the low five bits.
/** Its class or id holds a clutter token stem (context.ts mayHaveTokens). */
export const SHOWS_TOKENS = 1 << 5;
/** It is a form or an input field. */
export const SHOWS_FORM = 1 << 6;
/** It may be a dialog: a role or aria-modal attribute, a <dialog> or a custom tag. */
export const SHOWS_DIALOG = 1 << 7;
/** It may be a vendor widget without a class: a custom tag, or a widget's own attribute (a widget's class or id shows SHOWS_TOKENS). */
export const SHOWS_WIDGET = 1 << 8;
/** It holds link text. */
export const SHOWS_LINKS = 1 << 9;

/** `rule`, tried only on elements that show one of the signals `bits`. */
export function needs<R extends ClutterRule>(bits: number, rule: R): R {
  rule.needs = bits;
  return rule;
}


/** The links (a[href]) in `el`, itself included, found by a plain walk (cheaper than a selector). */
export function linksIn(el: Element, out: Element[] = []): Element[] {
  if (tagOf(el) === 'A' && el.hasAttribute('href')) out.push(el);
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) linksIn(c, out);
  return out;
}

/** Does a link with this href lead to another page (not an anchor in this one, a mail address, a phone number or a script)? */
export function leadsAway(href: string | null): boolean {
  return !!href && !href.startsWith('#') && !/^(mailto|tel|javascript):/i.test(href);
}

/** The links in `el`, or, when it holds none, the link it stands inside (a span inside an <a>). */
export function linksInOrAround(el: Element): Element[] {
  const links = linksIn(el);
  if (links.length) return links;
  for (let a = el.parentElement; a; a = a.parentElement) if (tagOf(a) === 'A') return [a];
  return [];
}

/**
 * Does a link of `el` lead to another page: one of its links (a[href], itself included), or, when
 * it holds none, the link it stands inside? (`linksInOrAround(el).some(a => leadsAway(href))`,
 * by a walk that stops at the first such link.)
 */
export function leadsAwayIn(el: Element): boolean {
  const found = linkAwayBelow(el);
  if (found !== NO_LINK) return found === LINK_AWAY;
  for (let a = el.parentElement; a; a = a.parentElement) if (tagOf(a) === 'A') return leadsAway(a.getAttribute('href'));
  return false;
}

const NO_LINK = 0, LINK_HERE = 1, LINK_AWAY = 2;

function linkAwayBelow(el: Element): number {
  let found = NO_LINK;
  if (tagOf(el) === 'A' && el.hasAttribute('href')) {
    if (leadsAway(el.getAttribute('href'))) return LINK_AWAY;
    found = LINK_HERE;
  }
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const f = linkAwayBelow(c);
    if (f === LINK_AWAY) return LINK_AWAY;
    if (f === LINK_HERE) found = LINK_HERE;
  }
  return found;
}
