// The background's side of analysing ahead of the click (issue #8). When a tab's content script
// says its run ended on an article, the background reads the page's report (`crux:get`, as the
// popup does), runs the same NLP the popup would (lib/text.ts, loaded lazily) and stores the result
// in the popup's per tab+URL cache (ext/cache.ts): the popup, opened later, finds it there. A popup
// opened while the analysis is still under way asks for it (`crux:preanalysis`) and races it
// against its own (entrypoints/popup/useCrux.ts), so it never waits longer than without this.
//
// The NLP runs in the background's own thread (Chrome's service worker, Firefox's background
// page), never in the page's: the page pays nothing. What it costs is in README.md ("Analysing
// ahead"). Browser-free: the browser APIs come in through `PreanalyserPorts`.
import type { PageReport } from './messages';
import type { TextAnalysis } from '../lib/types';
import { isArticleReady, isPreanalysisRequest } from './preanalyse';

export interface PreanalyserPorts {
  /** the user's choice (ext/preanalyse-pref.ts): false, nothing is analysed ahead */
  enabled: () => Promise<boolean>;
  /** the tab's report (crux:get), or null when its content script does not answer */
  getReport: (tabId: number) => Promise<PageReport | null>;
  /** the NLP (loaded on first use) */
  analyze: (article: NonNullable<PageReport['article']>) => Promise<TextAnalysis>;
  /** the popup's cache */
  getCached: (tabId: number, url: string) => Promise<TextAnalysis | null>;
  putCached: (tabId: number, url: string, analysis: TextAnalysis) => Promise<void>;
}

interface Job {
  url: string;
  /** resolves to the analysis, or null when the page had none to give */
  result: Promise<TextAnalysis | null>;
}

/** Who sent a message, as the browser tells the receiver (runtime.MessageSender's fields used here). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export class Preanalyser {
  /** per tab, the latest page analysed (or being analysed); one entry a tab, dropped when it closes */
  private readonly jobs = new Map<number, Job>();
  /**
   * per tab, a start still reading the page (the switch, then crux:get): a popup that asks in that
   * window waits to learn which page it is, rather than being told "nothing" and computing itself
   */
  private readonly reading = new Map<number, Promise<Job | null>>();

  constructor(private readonly ports: PreanalyserPorts, private readonly ownId: string, private readonly origin: string) {}

  /**
   * Handles one runtime message; returns the answer's promise when the message is one of this
   * module's (the caller then answers asynchronously), else undefined (not ours: left alone).
   */
  receive(message: unknown, sender: Sender): Promise<TextAnalysis | null> | undefined {
    if (sender.id !== this.ownId) return undefined;
    const tabId = sender.tab?.id;
    if (isArticleReady(message)) {
      // from a content script: a tab's top frame (its sub-frames run no analysis)
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return this.start(tabId).then(() => null); // answered once done (the content script does not wait for it)
    }
    if (isPreanalysisRequest(message)) {
      // from the popup, an extension page (never a content script: it runs beside the page)
      if (typeof sender.url !== 'string' || !sender.url.startsWith(this.origin)) return undefined;
      return this.lookup(message.tabId, message.url);
    }
    return undefined;
  }

  /** The tab closed: forget its page. */
  forget(tabId: number): void {
    this.jobs.delete(tabId);
    this.reading.delete(tabId);
  }

  /** What the background has for `url` in tab `tabId`: the analysis (waiting for one under way), or null. */
  async lookup(tabId: number, url: string): Promise<TextAnalysis | null> {
    const job = (await this.reading.get(tabId)) ?? this.jobs.get(tabId);
    return job?.url === url ? job.result : null;
  }

  /** Reads the tab's page and analyses it, unless the same page is already done or under way. */
  async start(tabId: number): Promise<TextAnalysis | null> {
    const reading = this.read(tabId).catch(() => null);
    this.reading.set(tabId, reading);
    const job = await reading;
    if (this.reading.get(tabId) === reading) this.reading.delete(tabId);
    return job ? job.result : null;
  }

  /** The job for the tab's page as it is now: the one already known for its URL, or a new one started; null when there is nothing to analyse. */
  private async read(tabId: number): Promise<Job | null> {
    if (!(await this.ports.enabled())) return null;
    const report = await this.ports.getReport(tabId);
    if (!report?.isArticle || !report.article || report.error) return null;
    const { url, article } = report;
    const known = this.jobs.get(tabId);
    if (known?.url === url) return known;
    const job: Job = { url, result: Promise.resolve(null) };
    job.result = (async () => {
      const cached = await this.ports.getCached(tabId, url);
      if (cached) return cached;
      const analysis = await this.ports.analyze(article);
      // the tab may have moved on meanwhile: the cache holds one page a tab, the newest
      if (this.jobs.get(tabId) === job) await this.ports.putCached(tabId, url, analysis);
      return analysis;
    })().catch(() => null);
    this.jobs.set(tabId, job);
    return job;
  }
}
