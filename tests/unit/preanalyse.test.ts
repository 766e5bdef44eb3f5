// Analysing ahead of the click (issue #8): the background's Preanalyser (ext/preanalyser.ts)
// analyses a tab's article when its content script says the run ended, stores it in the popup's
// cache, and hands it to a popup that asks; the popup takes whichever analysis comes first
// (firstNonNull). Browser-free: fake ports stand for the browser.
import { describe, expect, it } from 'vitest';
import { Preanalyser, type PreanalyserPorts } from '../../ext/preanalyser';
import { firstNonNull, isArticleReady, isPreanalysisRequest } from '../../ext/preanalyse';
import type { PageReport } from '../../ext/messages';
import type { TextAnalysis } from '../../lib/types';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const FROM_TAB = (tabId: number, frameId = 0) => ({ id: ID, url: 'https://news.example/a', tab: { id: tabId }, frameId });
const FROM_POPUP = { id: ID, url: `${ORIGIN}popup.html` };
const READY = { type: 'crux:article-ready' };

function report(url: string, isArticle = true): PageReport {
  return {
    url, title: 'A story', isArticle, lang: 'en', hidden: 0, cleaned: false, error: null, clutter: [],
    timings: { extractMs: 1, clutterMs: 1 },
    article: isArticle ? { title: 'A story', byline: null, siteName: null, publishedTime: null, lang: 'en', text: `Text of ${url}`, excerpt: null } as unknown as PageReport['article'] : null,
  };
}

const analysisOf = (text: string): TextAnalysis => ({ actors: [], demands: [], summary: [text], nlpApplied: true });

/** Fake ports: the tab's page by id, an NLP that can be held until released, a cache as a Map. */
function harness(pages: Map<number, PageReport>, enabled = true) {
  const cache = new Map<string, { url: string; analysis: TextAnalysis }>();
  let analysed = 0;
  let release: () => void = () => undefined;
  let held: Promise<void> | null = null;
  const ports: PreanalyserPorts = {
    enabled: async () => enabled,
    getReport: async (tabId) => pages.get(tabId) ?? null,
    analyze: async (article) => {
      analysed++;
      if (held) await held;
      return analysisOf(article.text);
    },
    getCached: async (tabId, url) => (cache.get(String(tabId))?.url === url ? cache.get(String(tabId))!.analysis : null),
    putCached: async (tabId, url, analysis) => void cache.set(String(tabId), { url, analysis }),
  };
  return {
    pre: new Preanalyser(ports, ID, ORIGIN),
    cache,
    analysed: () => analysed,
    hold: () => { held = new Promise((r) => (release = r)); },
    release: () => release(),
  };
}

describe('Preanalyser', () => {
  it('analyses the article of a tab whose content script says its run ended, into the popup\'s cache', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    await h.pre.receive(READY, FROM_TAB(7));
    await h.pre.lookup(7, 'https://news.example/a');
    expect(h.cache.get('7')?.analysis.summary).toEqual(['Text of https://news.example/a']);
  });

  it('analyses nothing when the user turned analysing ahead off', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]), false);
    await h.pre.start(7);
    expect(h.analysed()).toBe(0);
  });

  it('analyses nothing when the page is not an article', async () => {
    const h = harness(new Map([[7, report('https://shop.example/', false)]]));
    await h.pre.start(7);
    expect(h.analysed()).toBe(0);
  });

  it('analyses a page once, however often its content script says so', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    await Promise.all([h.pre.start(7), h.pre.start(7)]);
    await h.pre.start(7);
    expect(h.analysed()).toBe(1);
  });

  it('leaves the NLP alone when the popup already cached the page', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    h.cache.set('7', { url: 'https://news.example/a', analysis: analysisOf('the popup\'s') });
    await h.pre.start(7);
    expect(h.analysed()).toBe(0);
  });

  it('ignores a sub-frame, another extension, and a message without a tab', () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    const answers = [
      h.pre.receive(READY, FROM_TAB(7, 3)),
      h.pre.receive(READY, { ...FROM_TAB(7), id: 'other' }),
      h.pre.receive(READY, FROM_POPUP),
    ];
    expect(answers).toEqual([undefined, undefined, undefined]);
  });

  it('hands a popup that asks while the analysis is under way the analysis once done', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    h.hold();
    const started = h.pre.start(7);
    await new Promise((r) => setTimeout(r, 0));
    const asked = h.pre.receive({ type: 'crux:preanalysis', tabId: 7, url: 'https://news.example/a' }, FROM_POPUP);
    h.release();
    await started;
    expect((await asked)?.summary).toEqual(['Text of https://news.example/a']);
  });

  it('hands over the analysis to a popup that asks while the page is still being read', async () => {
    const pages = new Map<number, PageReport>();
    const h = harness(pages);
    const started = h.pre.start(7); // the page's report is not there yet: getReport answers later
    const asked = h.pre.receive({ type: 'crux:preanalysis', tabId: 7, url: 'https://news.example/a' }, FROM_POPUP);
    pages.set(7, report('https://news.example/a'));
    await started;
    expect((await asked)?.summary).toEqual(['Text of https://news.example/a']);
  });

  it('answers null at once for a page it has not analysed', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    await h.pre.start(7);
    expect(await h.pre.receive({ type: 'crux:preanalysis', tabId: 7, url: 'https://news.example/b' }, FROM_POPUP)).toBeNull();
  });

  it('refuses the popup\'s request when it comes from a content script', () => {
    const h = harness(new Map());
    expect(h.pre.receive({ type: 'crux:preanalysis', tabId: 7, url: 'https://news.example/a' }, FROM_TAB(7))).toBeUndefined();
  });

  it('does not cache an analysis of a page the tab has since left', async () => {
    const pages = new Map([[7, report('https://news.example/a')]]);
    const h = harness(pages);
    h.hold();
    const first = h.pre.start(7);
    await new Promise((r) => setTimeout(r, 0));
    pages.set(7, report('https://news.example/b'));
    const second = h.pre.start(7);
    h.release();
    await Promise.all([first, second]);
    expect(h.cache.get('7')?.url).toBe('https://news.example/b');
  });

  it('forgets a closed tab', async () => {
    const h = harness(new Map([[7, report('https://news.example/a')]]));
    await h.pre.start(7);
    h.pre.forget(7);
    expect(await h.pre.lookup(7, 'https://news.example/a')).toBeNull();
  });
});

describe('the messages', () => {
  it('accept the two well-formed messages', () => {
    expect([isArticleReady(READY), isPreanalysisRequest({ type: 'crux:preanalysis', tabId: 0, url: 'https://a.example/' })]).toEqual([true, true]);
  });

  it('refuse other shapes', () => {
    const bad: unknown[] = [null, 'crux:article-ready', { type: 'crux:article-ready', report: {} },
      { type: 'crux:preanalysis', tabId: -1, url: 'https://a.example/' }, { type: 'crux:preanalysis', tabId: 1.5, url: 'x' },
      { type: 'crux:preanalysis', tabId: 1, url: '' }, { type: 'crux:preanalysis', tabId: 1 }, Object.create({ type: 'crux:article-ready' })];
    expect(bad.filter((m) => isArticleReady(m) || isPreanalysisRequest(m))).toEqual([]);
  });
});

describe('firstNonNull', () => {
  const later = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));

  it('takes the first value that is not null, even when a null comes sooner', async () => {
    expect(await firstNonNull([later(1, null), later(20, 'ours'), later(40, 'theirs')])).toBe('ours');
  });

  it('gives null when every try gives null', async () => {
    expect(await firstNonNull([later(1, null), Promise.resolve(null)])).toBeNull();
  });

  it('takes a value over a failure', async () => {
    expect(await firstNonNull([Promise.reject(new Error('no')), later(5, 'ours')])).toBe('ours');
  });

  it('fails when no try gives a value and one failed', async () => {
    await expect(firstNonNull([Promise.resolve(null), Promise.reject(new Error('no'))])).rejects.toThrow('no');
  });
});
