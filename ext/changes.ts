// What changed on the page meanwhile (MutationObservers that only take notes: no timer, and no
// cost beyond the note while the page sits in the back/forward cache, when nothing runs).
//
// TextChangeWatch: remembering "no article here" until the page changes. A page without an
// article is read again when the popup asks (its article may have been built by script since),
// but reading it again at every opening costs a whole extraction when nothing changed. The watch
// adds up the text the page gains (added nodes, text that grew) and says whether it is enough to
// hold an article now; it stops observing once it is. (A new URL is the runner's business: it
// starts a new session, and a new watch.)

/** Less new text than this cannot be an article of 40 words: a ticking clock, a counter or a badge adds less. */
export const MIN_CHANGED_CHARS = 200;

export class TextChangeWatch {
  /** characters of text the page gained since the watch began */
  private gained = 0;
  private observer: MutationObserver | null = null;

  constructor(doc: Document) {
    const Observer = observerFor(doc);
    if (!Observer || !doc.documentElement) {
      this.gained = MIN_CHANGED_CHARS; // nothing to observe with: always read again, as before
      return;
    }
    this.observer = new Observer((records) => this.note(records));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  }

  /** True when the page has gained MIN_CHANGED_CHARS or more of text since the watch began. */
  changed(): boolean {
    if (this.observer) this.note(this.observer.takeRecords()); // those not delivered yet
    return this.gained >= MIN_CHANGED_CHARS;
  }

  /** Stops observing (the page is going away, or has an article: nothing to watch for). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private note(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.gained += Math.max(0, (r.target.nodeValue?.length ?? 0) - (r.oldValue?.length ?? 0));
      else for (const n of Array.from(r.addedNodes)) this.gained += n.textContent?.length ?? 0;
      if (this.gained >= MIN_CHANGED_CHARS) return this.stop();
    }
  }
}

/**
 * The elements added to the page from now on, until taken: while a page sits in the back/forward
 * cache nothing runs, but when it is shown again its own pageshow listeners (registered before
 * Crux's) may add their widgets again before Crux carries on. No timer; the records are only kept.
 */
export class AddedElements {
  private readonly added = new Set<Element>();
  private observer: MutationObserver | null = null;

  constructor(doc: Document, private readonly max: number) {
    const Observer = observerFor(doc);
    if (!Observer || !doc.documentElement) return;
    this.observer = new Observer((records) => this.note(records));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true });
  }

  /** Stops recording; the elements added since the start (at most `max`). */
  take(): Element[] {
    if (this.observer) {
      this.note(this.observer.takeRecords()); // those not delivered yet
      this.observer.disconnect();
      this.observer = null;
    }
    return [...this.added];
  }

  private note(records: MutationRecord[]): void {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1 && this.added.size < this.max) this.added.add(n as Element);
    }
  }
}

function observerFor(doc: Document): typeof MutationObserver | undefined {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return view?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
}
