// Hiding clutter on the live page, reversibly: elements are marked with a data attribute and one
// stylesheet hides every marked element; nothing is removed or moved. Undo removes the marks and
// the stylesheet, which returns the page to exactly what it was.
import type { ClutterKind } from '../types';

/** Marks a hidden element; its value is the clutter kind. */
export const HIDDEN_ATTR = 'data-crux-hidden';
/** Marks <html>/<body> whose scroll lock (left by an overlay we hid) is lifted; value: what was locked. */
export const UNLOCK_ATTR = 'data-crux-unlock';
/** The id of the one stylesheet Crux adds to a page. */
export const STYLE_ID = 'crux-clean-style';

const CSS = `[${HIDDEN_ATTR}]{display:none!important}
html[${UNLOCK_ATTR}~="overflow"],body[${UNLOCK_ATTR}~="overflow"]{overflow:visible!important;overflow-y:auto!important}
html[${UNLOCK_ATTR}~="position"],body[${UNLOCK_ATTR}~="position"]{position:static!important;top:auto!important}
html[${UNLOCK_ATTR}~="height"],body[${UNLOCK_ATTR}~="height"]{height:auto!important;max-height:none!important}`;

/** Class names sites put on <html>/<body> while a modal is open (they carry the scroll lock). */
const LOCK_CLASS = /(^|[\s_-])(modal-open|no-?scroll|noscroll|scroll-?lock(ed)?|overflow-hidden|has-modal|tp-modal-open|is-locked|disable-scroll)($|[\s_-])/i;

/** What is locked on an element: from the computed style where there is one, else from inline style and class. */
export function scrollLock(el: Element): string[] {
  const locked: string[] = [];
  const view = el.ownerDocument.defaultView;
  const cs = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(el) : null;
  const inline = (el.getAttribute('style') ?? '').toLowerCase();
  const overflow = cs?.overflowY || cs?.overflow || '';
  if (overflow === 'hidden' || overflow === 'clip' || /overflow(-y)?\s*:\s*(hidden|clip)/.test(inline) ||
      (!cs?.overflow && LOCK_CLASS.test(el.getAttribute('class') ?? ''))) locked.push('overflow');
  if (cs?.position === 'fixed' || /position\s*:\s*fixed/.test(inline)) locked.push('position', 'height');
  return locked;
}

export interface HideResult {
  hidden: number;
  unlocked: boolean;
  undo: () => void;
}

/**
 * Hides `elements` on the live page. When `unlockScroll` is true (an overlay was hidden), a scroll
 * lock left on <html> or <body> is lifted too. Returns an undo that restores exactly what it changed.
 */
export function hideElements(doc: Document, elements: Element[], kinds: ClutterKind[], unlockScroll: boolean): HideResult {
  const marked: Element[] = [];
  elements.forEach((el, i) => {
    if (el.hasAttribute(HIDDEN_ATTR)) return;
    el.setAttribute(HIDDEN_ATTR, kinds[i] ?? 'other');
    marked.push(el);
  });
  const unlockedEls = unlockScroll ? liftScrollLock(doc) : [];
  if (marked.length) ensureStyle(doc);
  return {
    hidden: marked.length,
    unlocked: unlockedEls.length > 0,
    undo: () => {
      for (const el of marked) el.removeAttribute(HIDDEN_ATTR);
      for (const el of unlockedEls) el.removeAttribute(UNLOCK_ATTR);
      if (!doc.querySelector(`[${HIDDEN_ATTR}],[${UNLOCK_ATTR}]`)) doc.getElementById(STYLE_ID)?.remove();
    },
  };
}

/**
 * Lifts the scroll lock on <html> and <body> (after an overlay was hidden): marks what is locked
 * with UNLOCK_ATTR, or adds to the mark a lock set since. Returns the elements newly marked.
 */
export function liftScrollLock(doc: Document): Element[] {
  const newly: Element[] = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const had = (el.getAttribute(UNLOCK_ATTR) ?? '').split(' ').filter(Boolean);
    const locked = scrollLock(el).filter((l) => !had.includes(l));
    if (!locked.length) continue;
    el.setAttribute(UNLOCK_ATTR, [...had, ...locked].join(' '));
    if (!had.length) newly.push(el);
  }
  if (newly.length || doc.querySelector(`[${UNLOCK_ATTR}]`)) ensureStyle(doc);
  return newly;
}

/** "Show everything": removes every mark and the stylesheet, whoever set them. */
export function restoreAll(doc: Document): number {
  const els = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));
  for (const el of els) el.removeAttribute(HIDDEN_ATTR);
  for (const el of Array.from(doc.querySelectorAll(`[${UNLOCK_ATTR}]`))) el.removeAttribute(UNLOCK_ATTR);
  doc.getElementById(STYLE_ID)?.remove();
  return els.length;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}
