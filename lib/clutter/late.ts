// Late clutter: comment widgets, metering overlays and promos that sites add after the page has
// loaded. A MutationObserver watches the page for a limited time; the elements added are examined
// in debounced, bounded batches with the same rules and the same article guard as the first pass,
// and hidden the same reversible way (lib/clutter/apply.ts), so "Show everything" undoes them too.
import type { ClutterContext } from './context';
import { SKIP_TAGS } from './context';
import { tagOf } from '../dom/element';
import { HIDDEN_ATTR, hideElements, liftScrollLock } from './apply';
import { Selection, examine, examineOverlays, type FoundClutter } from './find';

/** Sites add their overlays and comment widgets in the first seconds after load: watch this long. */
export const LATE_WATCH_MS = 30_000;
/** Mutations come in bursts (a widget builds itself in many steps): examine once the burst is over. */
export const LATE_DEBOUNCE_MS = 200;
/** Bounded work: at most this many added elements are examined in one batch (the rest is dropped). */
export const LATE_MAX_ELEMENTS = 3_000;
/** Html/body attributes a scroll lock is set through. */
const LOCK_ATTRIBUTES = ['class', 'style'];

export interface LateOptions {
  /** the context of the first pass: the article guard, the article's container */
  ctx: ClutterContext;
  /** aborting it stops the watch at once ("Show everything", page unload) */
  signal: AbortSignal;
  watchMs?: number;
  debounceMs?: number;
  maxElements?: number;
  /** what a batch hid (already hidden when this is called) */
  onHidden?: (found: FoundClutter[]) => void;
  /** elements added before the watch began that it examines first, as if just added (what the page added while it was away) */
  added?: Iterable<Element>;
}

/**
 * Watches `doc` for elements added later and hides those the rules find, until `signal` aborts or
 * `watchMs` has passed. Also keeps a scroll lock lifted that a site sets again after its overlay
 * was hidden. Returns at once; the work happens in timer callbacks. Needs a MutationObserver (a
 * browser, jsdom or linkedom); without one it does nothing.
 */
export function watchLateClutter(doc: Document, options: LateOptions): void {
  const { ctx, signal } = options;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Observer: typeof MutationObserver | undefined = view?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  if (!Observer || signal.aborted || !doc.documentElement) return;
  const debounceMs = options.debounceMs ?? LATE_DEBOUNCE_MS;
  const maxElements = options.maxElements ?? LATE_MAX_ELEMENTS;
  const pending = new Set<Element>();
  let lockChanged = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const added = new Observer((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1 && pending.size < maxElements) pending.add(n as Element);
      }
    }
    schedule();
  });
  const locks = new Observer(() => { lockChanged = true; schedule(); });
  added.observe(doc.documentElement, { childList: true, subtree: true });
  for (const el of [doc.documentElement, doc.body]) if (el) locks.observe(el, { attributes: true, attributeFilter: LOCK_ATTRIBUTES });

  const stop = () => {
    added.disconnect();
    locks.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending.clear();
    clearTimeout(deadline);
    signal.removeEventListener('abort', stop);
  };
  const deadline = setTimeout(stop, options.watchMs ?? LATE_WATCH_MS);
  // in Node (tests, the command line) the watch must not keep the process alive
  (deadline as unknown as { unref?: () => void }).unref?.();
  signal.addEventListener('abort', stop);
  for (const el of options.added ?? []) if (pending.size < maxElements) pending.add(el);
  if (pending.size) schedule();

  function schedule(): void {
    if (signal.aborted) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  }

  function run(): void {
    timer = null;
    if (signal.aborted) return;
    try {
      const roots = settle(Array.from(pending), doc);
      pending.clear();
      const found = examineAdded(ctx, roots, maxElements);
      if (found.length) {
        hideElements(doc, found.map((f) => f.element), found.map((f) => f.kind), found.some((f) => f.kind === 'paywall'));
        options.onHidden?.(found);
      }
      if (lockChanged && doc.querySelector(`[${HIDDEN_ATTR}="paywall"]`)) liftScrollLock(doc);
      lockChanged = false;
    } catch {
      /* never break the page */
    }
  }
}

/** The added elements still in the page, not inside what Crux hid, not inside one another. */
function settle(nodes: Element[], doc: Document): Element[] {
  const set = new Set(nodes.filter((n) => n.isConnected !== false && doc.documentElement.contains(n) && !SKIP_TAGS.has(tagOf(n))));
  return Array.from(set).filter((n) => {
    for (let a = n.parentElement; a; a = a.parentElement) if (set.has(a) || a.hasAttribute(HIDDEN_ATTR)) return false;
    return !n.hasAttribute(HIDDEN_ATTR);
  });
}

/** Runs the rules over the added subtrees (at most `max` elements) and the viewport's overlays. */
export function examineAdded(ctx: ClutterContext, roots: Element[], max: number = LATE_MAX_ELEMENTS): FoundClutter[] {
  const elements: Element[] = [];
  for (const root of roots) {
    // what was known of the page above the new nodes is stale now
    if (root.parentElement) ctx.invalidate(root.parentElement);
    const walk = (el: Element) => {
      if (elements.length >= max || SKIP_TAGS.has(tagOf(el))) return;
      elements.push(el);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
    };
    walk(root);
  }
  const selection = new Selection();
  examine(ctx, elements, selection, max);
  examineOverlays(ctx, selection);
  return selection.items
    .filter((i) => !i.element.hasAttribute(HIDDEN_ATTR))
    .map((i) => ({ ...i, text: ctx.fullText(i.element) }));
}
