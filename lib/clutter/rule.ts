// The shape of a clutter rule: each kind's module exports a list of these.
import type { ClutterKind } from '../types';
import type { ClutterContext } from './context';

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

/** The element's tag name in upper case (HTML documents give it so; XHTML ones in lower case). */
export function tagOf(el: Element): string {
  const t = el.tagName;
  return t.charCodeAt(0) >= 97 ? t.toUpperCase() : t;
}

/** The links (a[href]) in `el`, itself included, found by a plain walk (cheaper than a selector). */
export function linksIn(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    if (tagOf(e) === 'A' && e.hasAttribute('href')) out.push(e);
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(el);
  return out;
}
