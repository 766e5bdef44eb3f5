// The shape of a clutter rule: each kind's module exports a list of these.
import type { ClutterKind } from '../types';
import type { ClutterContext } from './context';

export interface ClutterMatch {
  /** the element to hide (may be an ancestor of the one examined) */
  element: Element;
  kind: ClutterKind;
  /** the rule's constant name, reported in `clutter[].rule` */
  rule: string;
}

export type ClutterRule = (el: Element, ctx: ClutterContext) => ClutterMatch | null;

/** Heading-like elements: the label of a block. */
export const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'STRONG', 'B', 'SPAN', 'P', 'DIV', 'LEGEND', 'LABEL']);
/** Block elements a text rule may look at. */
export const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'LI', 'UL', 'OL', 'FORM', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'STRONG', 'B', 'HEADER', 'FOOTER', 'FIGURE', 'DL', 'TABLE', 'IFRAME', 'ARTICLE', 'NAV']);

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}
