// The content script's state for one page: the extraction (run once), whether the clean-up is
// applied, and the answers to the popup's requests. Every change goes through lib/clutter/apply,
// so it can be undone.
import { extractPage, type PageResult } from '../lib/page';
import { hideElements, restoreAll, HIDDEN_ATTR } from '../lib/clutter/apply';
import type { CruxRequest, PageReport } from './messages';

export class PageSession {
  private result: PageResult | null = null;
  private error: string | null = null;

  constructor(private readonly doc: Document, private readonly url: string) {}

  /** Runs the extraction (once); never throws. */
  extract(): void {
    if (this.result || this.error) return;
    try {
      this.result = extractPage(this.doc, { url: this.url });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Hides the clutter found; returns how many elements are hidden. */
  clean(): number {
    const r = this.result;
    if (!r || r.elements.length === 0) return this.hidden();
    const kinds = r.clutter.map((c) => c.kind);
    hideElements(this.doc, r.elements, kinds, kinds.includes('paywall'));
    return this.hidden();
  }

  /** Shows everything again; returns how many elements were shown. */
  restore(): number {
    return restoreAll(this.doc);
  }

  /** How many of the elements found are hidden right now. */
  hidden(): number {
    return this.result ? this.result.elements.filter((el) => el.hasAttribute(HIDDEN_ATTR)).length : 0;
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
      url: this.doc.location?.href ?? this.url,
      title: this.doc.title,
      hidden,
      cleaned: hidden > 0,
      error: this.error,
    };
  }

  answer(request: CruxRequest): PageReport | number {
    switch (request.type) {
      case 'crux:get': return this.report();
      case 'crux:restore': return this.restore();
      case 'crux:reclean': return this.clean();
    }
  }
}
