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

export type ClutterRule = (el: Element, ctx: ClutterContext) => ClutterMatch | null;


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
