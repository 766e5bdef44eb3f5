// The content script's state for one page: the extraction (run once), whether the clean-up is
// applied, the watch for clutter the page adds later, and the answers to the popup's requests.
// Every change goes through lib/clutter/apply, so it can be undone.
import { extractPage, now, pageSteps, round, type ExtractOptions, type PageResult } from '../lib/page';
import { hideElements, restoreAll, HIDDEN_ATTR } from '../lib/clutter/apply';
import { LATE_MAX_ELEMENTS, LATE_WATCH_MS, watchLateClutter } from '../lib/clutter/late';
import type { CruxRequest, PageReport } from './messages';
import { EvidenceHighlighter } from './highlight';
import { Annotator } from './annotate';
import type { AnnotateResult, Annotations } from './annotations';
import { SliceClock, type Yielding } from './slices';
import { pageFavicon } from './favicon';
import { AddedElements } from './changes';

export interface SessionOptions {
  /** how long after the extraction clutter added later is still hidden (ms); 0 turns the watch off */
  lateWatchMs?: number;
  /** use the CSS Custom Highlight API where the browser has it (false: always <mark>) */
  highlightApi?: boolean;
  /** extracts a page too big for its own main thread elsewhere (ext/huge-page.ts); null: extract on the page */
  offload?: (doc: Document, url: string, yielding: Yielding) => Promise<ExtractOptions['extracted']>;
}

export class PageSession {
  private result: PageResult | null = null;
  private error: string | null = null;
  /** the running watch for late clutter, aborted by "Show everything" */
  private late: AbortController | null = null;
  /** when the late watch's window starts: at the extraction, and again when the page comes back from the back/forward cache */
  private lateFrom = 0;
  /** true from clean() until restore(): the clean-up is meant to be on (the late watch goes on after a resume) */
  private applied = false;
  /** what the page adds while it sits in the back/forward cache (and as it is shown again) */
  private away: AddedElements | null = null;
  /** how long the last clean-up held the main thread (ms) */
  private applyMs = 0;
  /** the longest stretch the extraction and the clutter scan held the main thread between two pauses (ms) */
  private sliceMs = { extract: 0, clutter: 0 };
  /** true when the article was read off the page's main thread (a huge page: ext/huge-page.ts) */
  private offPage = false;
  private readonly lateWatchMs: number;
  private readonly offload: SessionOptions['offload'];
  /** the demand sentence highlighted from the popup, if any */
  private readonly highlighter: EvidenceHighlighter;
  /** the actors' underlines and the demand sentences' marks, switched on from the popup */
  private readonly annotator: Annotator;

  constructor(private readonly doc: Document, private readonly url: string, options: SessionOptions = {}) {
    this.lateWatchMs = options.lateWatchMs ?? LATE_WATCH_MS;
    this.offload = options.offload;
    this.highlighter = new EvidenceHighlighter(doc, options.highlightApi ?? true);
    this.annotator = new Annotator(doc, options.highlightApi ?? true);
  }

  /** Runs the extraction (once); never throws. */
  extract(): void {
    if (this.result || this.error) return;
    try {
      this.result = extractPage(this.doc, { url: this.url });
      this.lateFrom = Date.now();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * Runs the extraction in stages (once), awaiting `pause` between them so the page's main thread
   * is given back in between; never throws.
   */
  async extractInStages(pause: () => Promise<void>): Promise<void> {
    if (this.result || this.error) return;
    const clock = new SliceClock(pause);
    try {
      const extracted = (await this.offload?.(this.doc, this.url, clock)) ?? null;
      this.offPage = extracted !== null;
      const steps = pageSteps(this.doc, { url: this.url, extracted });
      let step = steps.next();
      this.sliceMs.extract = clock.longest; // the article is out (pageSteps' first stage)
      clock.reset();
      while (!step.done) {
        await clock.pause();
        step = steps.next();
      }
      this.result = step.value;
      this.lateFrom = Date.now();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.sliceMs.clutter = clock.longest;
  }

  /** Hides the clutter found, and watches for more until the late window closes; returns how many elements are hidden. */
  clean(): number {
    const r = this.result;
    if (!r) return this.hidden();
    this.applied = true;
    if (r.elements.length) {
      const t0 = now();
      const kinds = r.clutter.map((c) => c.kind);
      hideElements(this.doc, r.elements, kinds, kinds.includes('paywall'));
      this.applyMs = round(now() - t0);
    }
    this.watchLate();
    return this.hidden();
  }

  /** Shows everything again (and stops hiding late clutter); returns how many elements were shown. */
  restore(): number {
    this.applied = false;
    this.stopLate();
    this.highlighter.clear();
    const shown = restoreAll(this.doc);
    // elements a single-page app took out of the document keep no mark either (it may put them back)
    for (const el of this.result?.elements ?? []) if (!el.isConnected) el.removeAttribute(HIDDEN_ATTR);
    return shown;
  }

  /** Stops watching the page (the page is going away). */
  dispose(): void {
    this.highlighter.clear();
    this.annotator.clear();
    this.stopLate();
  }

  /**
   * The page went into the back/forward cache: stop the late watch (its timers), keep everything
   * else (hidden clutter, highlight, annotations) as it is, and note what the page adds until it
   * is shown again (no timer: see AddedElements).
   */
  suspend(): void {
    this.stopLate();
    this.away = this.applied ? new AddedElements(this.doc, LATE_MAX_ELEMENTS) : null;
  }

  /** The page came back from the back/forward cache: if the clean-up is on, hide what it added meanwhile and, for a new late window, what it adds next (pages run their scripts again when shown). */
  resume(): void {
    const added = this.away?.take() ?? [];
    this.away = null;
    if (!this.applied || this.late) return;
    this.lateFrom = Date.now();
    this.watchLate(added);
  }

  private stopLate(): void {
    this.away?.take();
    this.away = null;
    this.late?.abort();
    this.late = null;
  }

  /** How many of the elements found are hidden right now. */
  hidden(): number {
    return this.result ? this.result.elements.filter((el) => el.hasAttribute(HIDDEN_ATTR)).length : 0;
  }

  private watchLate(added: Element[] = []): void {
    const r = this.result;
    const left = this.lateWatchMs - (Date.now() - this.lateFrom);
    if (!r?.context || this.late || left <= 0) return;
    const late = new AbortController();
    this.late = late;
    try {
      watchLateClutter(this.doc, {
        ctx: r.context,
        signal: late.signal,
        watchMs: left,
        added,
        onHidden: (found) => {
          for (const f of found) {
            r.elements.push(f.element);
            r.clutter.push({ kind: f.kind, text: f.text, rule: f.rule });
          }
        },
      });
    } catch {
      /* never break the page */
    }
  }

  report(): PageReport {
    const r = this.result;
    const hidden = this.hidden();
    return {
      isArticle: r?.isArticle ?? false,
      lang: r?.lang ?? null,
      article: r?.article ?? null,
      clutter: r?.clutter ?? [],
      timings: r?.timings ?? { extractMs: 0, clutterMs: 0 },
      applyMs: this.applyMs,
      longestTaskMs: { ...this.sliceMs, apply: this.applyMs },
      readOffPage: this.offPage,
      url: this.doc.location?.href ?? this.url,
      title: this.doc.title,
      hidden,
      cleaned: hidden > 0,
      error: this.error,
      favicon: pageFavicon(this.doc),
    };
  }

  /** Scrolls to the evidence sentence and highlights it (in the article's container, else the body); false when not found. */
  highlight(evidence: string): boolean {
    try {
      return this.highlighter.show([this.result?.context?.articleRoot, this.doc.body], evidence);
    } catch {
      return false;
    }
  }

  /**
   * Shows the annotations (replacing earlier ones). The demand highlight goes first: with the
   * <mark> fallback, undoing wrappers of the two kinds in another order than they were made in
   * would not give the page back exactly.
   */
  annotate(annotations: Annotations): AnnotateResult {
    this.highlighter.clear();
    try {
      const root = this.result?.context?.articleRoot;
      return this.annotator.show({ article: root ?? this.doc.body, sentences: [root, this.doc.body] }, annotations);
    } catch {
      this.annotator.clear();
      return { mentions: 0, sentences: 0 };
    }
  }

  /** Takes the annotations away (and the demand highlight, for the same reason as above). */
  unannotate(): boolean {
    this.highlighter.clear();
    this.annotator.clear();
    return true;
  }

  answer(request: CruxRequest): PageReport | number | boolean | AnnotateResult {
    switch (request.type) {
      case 'crux:get': return this.report();
      case 'crux:restore': return this.restore();
      case 'crux:reclean': return this.clean();
      case 'crux:highlight': return this.highlight(request.evidence);
      case 'crux:annotate': return this.annotate(request.annotations);
      case 'crux:unannotate': return this.unannotate();
    }
  }
}
