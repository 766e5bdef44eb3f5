// The content script's life in one tab: a PageSession for the page at its current URL, run in
// stages that give the page's main thread back between them (extraction, clutter scan, clean-up);
// a fresh session when a single-page app moves to another article (the old clean-up undone
// first); a pause while the page sits in the back/forward cache (ext/lifecycle.ts); and the
// answers to the popup, always about the page as it is now.
import { PageSession, type SessionOptions } from './session';
import type { CruxRequest, PageReport } from './messages';
import { pageKey, waitForQuiet, watchUrl, yieldToPage } from './navigation';
import { TextChangeWatch } from './changes';

export interface RunnerOptions extends SessionOptions {
  /** true when the site is on the "don't clean" list (then nothing is hidden) */
  skipClean: (hostname: string) => Promise<boolean>;
  /** how the runner gives the main thread back between stages */
  pause?: () => Promise<void>;
  /** the URL watch's period (ms) and the settle wait after a URL change (ms) */
  pollMs?: number;
  settleQuietMs?: number;
  settleMaxMs?: number;
  /** called when a run has ended (extraction done, clean-up applied or skipped) on the page as it is then */
  onSettled?: (session: PageSession) => void;
}

export class PageRunner {
  private session: PageSession;
  private ready: Promise<void> = Promise.resolve();
  /** bumped by every new run: a stage of an older run that finds it changed stops */
  private run = 0;
  /** aborted when the page goes away or into the back/forward cache: stops the URL watch and the settle wait */
  private watching = new AbortController();
  private disposed = false;
  private suspended = false;
  /** the page (pageKey) the current session reads */
  private key = '';
  /** true once the current run has done all its stages (a run cut short by a suspend starts again on resume) */
  private complete = false;
  /** whether the page changed since the current session began (a page without an article is read again only then) */
  private changes: TextChangeWatch | null = null;
  private readonly pause: () => Promise<void>;

  constructor(private readonly win: Window, private readonly options: RunnerOptions) {
    this.pause = options.pause ?? yieldToPage;
    this.session = this.begin();
    this.watchUrl();
  }

  /** The session of the page as it is now (after the current run has finished). */
  async current(): Promise<PageSession> {
    for (let r = this.ready; ; r = this.ready) {
      await r;
      if (r === this.ready) return this.session;
    }
  }

  /**
   * Answers one request from the popup; never rejects. A page without an article is read again
   * when it changed since it was read (its article may have been built since); unchanged, the
   * answer ("no article") is the one remembered, at once.
   */
  async answer(request: CruxRequest): Promise<ReturnType<PageSession['answer']> | null> {
    try {
      let session = await this.current();
      if (request.type === 'crux:get' && !session.report().isArticle && this.active() && this.changes?.changed() !== false) {
        session.restore();
        session.dispose();
        this.session = this.begin();
        session = await this.current();
      }
      return session.answer(request);
    } catch {
      return null;
    }
  }

  /** Stops everything (the page is going away). */
  dispose(): void {
    this.disposed = true;
    this.halt();
    this.changes?.stop();
    this.session.dispose();
  }

  /**
   * The page goes into the back/forward cache: stop the URL watch, the timers and any run under
   * way; keep the page's state (what is hidden stays hidden) and the notes of what the page adds
   * (ext/changes.ts: they record what its own scripts do as it is shown again, before Crux resumes).
   */
  suspend(): void {
    if (this.disposed || this.suspended) return;
    this.suspended = true;
    this.halt();
    this.session.suspend();
  }

  /**
   * The page is shown again from the back/forward cache: watch it again, and carry on where it
   * was — a run cut short starts again, a URL changed meanwhile is followed, else the session
   * goes on (its late-clutter watch too).
   */
  resume(): void {
    if (this.disposed || !this.suspended) return;
    this.suspended = false;
    this.watching = new AbortController();
    this.watchUrl();
    if (pageKey(this.win.location.href) !== this.key) return this.navigated();
    if (!this.complete) {
      this.session.dispose();
      this.session = this.begin();
      return;
    }
    this.session.resume();
  }

  private active(): boolean {
    return !this.disposed && !this.suspended;
  }

  private halt(): void {
    this.watching.abort();
    this.run++;
  }

  private watchUrl(): void {
    watchUrl(this.win, () => this.navigated(), this.watching.signal, this.options.pollMs);
  }

  /** Starts a run on the page as it is now; returns its session. */
  private begin(): PageSession {
    const run = ++this.run;
    const doc = this.win.document;
    const key = pageKey(this.win.location.href);
    this.key = key;
    this.complete = false;
    this.changes?.stop();
    const changes = new TextChangeWatch(doc);
    this.changes = changes;
    const session = new PageSession(doc, this.win.location.href, this.options);
    const live = () => run === this.run && this.active();
    this.ready = (async () => {
      await this.pause();
      if (!live()) return;
      await session.extractInStages(this.pause);
      if (!live()) return;
      if (session.report().isArticle) changes.stop(); // only a page without an article needs it
      const skip = await this.options.skipClean(new URL(key).hostname).catch(() => false);
      if (!live()) return;
      if (!skip) {
        await this.pause();
        if (!live()) return;
        session.clean();
      }
      this.complete = true;
      this.options.onSettled?.(session);
    })().catch(() => undefined);
    return session;
  }

  /** The URL changed without a page load: undo the old clean-up, let the app render, analyse again. */
  private navigated(): void {
    const old = this.session;
    old.restore();
    old.dispose();
    this.complete = false;
    const run = ++this.run;
    const doc = this.win.document;
    const signal = this.watching.signal;
    this.ready = waitForQuiet(doc, signal, this.options.settleQuietMs, this.options.settleMaxMs).then(() => {
      if (run !== this.run || signal.aborted) return;
      this.session = this.begin();
      return this.ready;
    });
  }
}
