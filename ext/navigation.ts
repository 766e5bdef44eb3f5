// Following a single-page app: sites that change article with history.pushState (or Back, which
// fires popstate) keep the same document, so the content script must notice the URL change
// itself. Its isolated world cannot patch the page's `history`, so it listens for popstate and
// the Navigation API's events where the browser has them, and checks location.href on a cheap
// timer as the fallback that catches pushState everywhere.

/** How often the URL is compared (ms): a string comparison, nothing more. */
export const URL_POLL_MS = 500;
/** After a URL change, the app renders the new article: wait until the DOM is this long quiet (ms)… */
export const SETTLE_QUIET_MS = 300;
/** …but no longer than this (ms): an app that never stops changing the DOM still gets analysed. */
export const SETTLE_MAX_MS = 3_000;

/** The page a URL shows: the URL without its fragment (a jump to #comments is not a new article). */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** Calls `onChange` with the new URL whenever the window's page (pageKey) changes, until `signal` aborts. */
export function watchUrl(win: Window, onChange: (href: string) => void, signal: AbortSignal, pollMs = URL_POLL_MS): void {
  let last = pageKey(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    const href = win.location.href;
    if (pageKey(href) === last) return;
    last = pageKey(href);
    onChange(href);
  };
  win.addEventListener('popstate', check, { signal });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('navigatesuccess', check, { signal });
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/** Resolves once `doc` has had no DOM change for `quietMs`, or after `maxMs`, or when `signal` aborts. */
export function waitForQuiet(doc: Document, signal: AbortSignal, quietMs = SETTLE_QUIET_MS, maxMs = SETTLE_MAX_MS): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(cap);
      observer?.disconnect();
      resolve();
    };
    const cap = setTimeout(done, maxMs);
    quiet = setTimeout(done, quietMs);
    if (signal.aborted) return done();
    signal.addEventListener('abort', done, { once: true });
    if (Observer && doc.documentElement) {
      observer = new Observer(() => {
        clearTimeout(quiet);
        quiet = setTimeout(done, quietMs);
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    }
  });
}

/** Gives the page's main thread back for a moment: scheduler.yield where there is one, else a message-channel turn (not throttled like timers in background tabs). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
