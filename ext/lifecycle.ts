// The page's life as the browser tells it: a page left for another goes either into the
// back/forward cache (pagehide with `persisted`: it may be shown again, exactly as it was, by
// Back or Forward) or away for good (pagehide without it). The content script pauses in the
// first case and carries on when the page is shown again (pageshow with `persisted`), and stops
// in the second.

export interface PageLife {
  /** the page went into the back/forward cache */
  suspend(): void;
  /** the page came back from it */
  resume(): void;
  /** the page is going away for good */
  dispose(): void;
}

/** Drives `life` from the window's pagehide / pageshow events until the page goes away for good. */
export function followPageLife(win: Pick<Window, 'addEventListener' | 'removeEventListener'>, life: PageLife): void {
  const persisted = (e: Event) => (e as PageTransitionEvent).persisted === true;
  const onHide = (e: Event) => {
    if (persisted(e)) return life.suspend();
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pageshow', onShow);
    life.dispose();
  };
  const onShow = (e: Event) => {
    if (persisted(e)) life.resume();
  };
  win.addEventListener('pagehide', onHide);
  win.addEventListener('pageshow', onShow);
}
