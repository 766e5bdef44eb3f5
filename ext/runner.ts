// The content script's life in one tab: a PageSession for the page at its current URL, run in
// stages that give the page's main thread back between them (extraction, clutter scan, clean-up);
// a fresh session when a single-page app moves to another article (the old clean-up undone
// first); and the answers to the popup, always about the page as it is now.
import { PageSession, type SessionOptions } from './session';
import type { CruxRequest, PageReport } from './messages';
import { pageKey, waitForQuiet, watchUrl, yieldToPage } from './navigation';

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
  private readonly stop = new AbortController();
  private readonly pause: () => Promise<void>;

  constructor(private readonly win: Window, private readonly options: RunnerOptions) {
    this.pause = options.pause ?? yieldToPage;
    this.session = this.begin();
    watchUrl(win, () => this.navigated(), this.stop.signal, options.pollMs);
  }

  /** The session of the page as it is now (after the current run has finished). */
  async current(): Promise<PageSession> {
    for (let r = this.ready; ; r = this.ready) {
      await r;
      if (r === this.ready) return this.session;
    }
  }

  /** Answers one request from the popup; never rejects. A page without an article is read again (its article may have been built since). */
  async answer(request: CruxRequest): Promise<ReturnType<PageSession['answer']> | null> {
    try {
      let session = await this.current();
      if (request.type === 'crux:get' && !session.report().isArticle && !this.stop.signal.aborted) {
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
    this.stop.abort();
    this.run++;
    this.session.dispose();
  }

  /** Starts a run on the page as it is now; returns its session. */
  private begin(): PageSession {
    const run = ++this.run;
    const doc = this.win.document;
    const session = new PageSession(doc, this.win.location.href, this.options);
    const live = () => run === this.run && !this.stop.signal.aborted;
    this.ready = (async () => {
      await this.pause();
      if (!live()) return;
      await session.extractInStages(this.pause);
      if (!live()) return;
      const skip = await this.options.skipClean(new URL(pageKey(this.win.location.href)).hostname).catch(() => false);
      if (!live()) return;
      if (!skip) {
        await this.pause();
        if (!live()) return;
        session.clean();
      }
      this.options.onSettled?.(session);
    })().catch(() => undefined);
    return session;
  }

  /** The URL changed without a page load: undo the old clean-up, let the app render, analyse again. */
  private navigated(): void {
    const old = this.session;
    old.restore();
    old.dispose();
    const run = ++this.run;
    const doc = this.win.document;
    this.ready = waitForQuiet(doc, this.stop.signal, this.options.settleQuietMs, this.options.settleMaxMs).then(() => {
      if (run !== this.run || this.stop.signal.aborted) return;
      this.session = this.begin();
      return this.ready;
    });
  }
}
