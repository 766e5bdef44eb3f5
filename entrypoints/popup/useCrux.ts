// The popup's state machine: find the tab, ask its content script for the page, take the
// analysis from the cache per tab and URL (the background usually made it ahead of the click,
// ext/preanalyser.ts) or run the NLP here, and drive the clean-up buttons and switches.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article, TextAnalysis } from '../../lib/types';
import type { PageReport } from '../../ext/messages';
import { resolveTarget } from '../../ext/tab';
import { annotatePage, getReport, highlightEvidence, setCleaned, unannotatePage } from '../../ext/page';
import { annotationsFor, type AnnotateResult } from '../../ext/annotations';
import { getAnnotatePref, setAnnotatePref } from '../../ext/annotate-pref';
import { getCached, putCached } from '../../ext/cache';
import { askPreanalysis, firstNonNull } from '../../ext/preanalyse';
import { getPreanalysePref, setPreanalysePref } from '../../ext/preanalyse-pref';
import { isNoClean, setNoClean } from '../../ext/noclean';
import { isUnsupportedUrl } from '../../ext/unsupported';
import { hostOf } from '../../ext/format';
import type { HighlightStatus } from '../../components/DemandList';

/**
 * The NLP (compromise and the country data: most of the popup's weight) is a chunk of its own,
 * loaded only when the analysis is not cached: the popup's own script starts and paints at once.
 * (Loading it ahead, behind the skeleton, gained nothing — asking the page and the cache takes a
 * few ms — and cost a cached opening ~200 ms: the chunk's start-up blocked the thread before the
 * cached result could show.)
 */
let nlpChunk: Promise<typeof import('../../lib/text')> | undefined;
const loadNlp = () => (nlpChunk ??= import('../../lib/text'));

export type View =
  | { kind: 'analysing' }
  /** `maybeStale`: the browser hid the tab's URL, so it may be a page open since before the install */
  | { kind: 'unsupported'; maybeStale: boolean }
  | { kind: 'error'; message: string; canReload: boolean }
  | { kind: 'noarticle'; report: PageReport }
  | { kind: 'ready'; report: PageReport; analysis: TextAnalysis };

export interface Cleanup {
  hidden: number;
  cleaned: boolean;
  noClean: boolean;
  busy: boolean;
  error: string | null;
}

/** In-page annotations: whether they are on, what the page marked, and what went wrong. */
export interface AnnotationState {
  on: boolean;
  busy: boolean;
  result: AnnotateResult | null;
  error: string | null;
}

const NO_SCRIPT =
  "Crux isn't running in this tab yet: the page was probably open before Crux was installed or updated. Reload the page, then try again.";

/** A User Timing mark on the popup's clock (read by the benchmark, bench/browser.ts; costs nothing else). */
const mark = (name: string) => void globalThis.performance?.mark?.(`crux:${name}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Shows the analysis's annotations in the tab: what it marked, or what went wrong. */
async function annotate(tabId: number, analysis: TextAnalysis): Promise<Pick<AnnotationState, 'result' | 'error'>> {
  try {
    return { result: await annotatePage(tabId, annotationsFor(analysis)), error: null };
  } catch (e) {
    return { result: null, error: `The page didn't respond: ${message(e)}` };
  }
}

/**
 * The popup's own analysis of `article`, unless `answered()` says the background's has come in
 * first (then null): checked before each step that takes the thread (the chunk's start-up, the NLP).
 */
async function analyseHere(article: Article, answered: () => boolean): Promise<TextAnalysis | null> {
  await sleep(16); // let the skeleton paint before the NLP takes the thread
  if (answered()) return null;
  const { analyzeText } = await loadNlp();
  mark('nlp-loaded');
  await sleep(0); // an answer that came in while the chunk started up is handled first
  return answered() ? null : analyzeText(article);
}

export function useCrux(search: string) {
  const [view, setView] = useState<View>({ kind: 'analysing' });
  const [cleanup, setCleanup] = useState<Cleanup>({ hidden: 0, cleaned: false, noClean: false, busy: false, error: null });
  const [highlighted, setHighlighted] = useState<HighlightStatus>(null);
  const [annotation, setAnnotation] = useState<AnnotationState>({ on: false, busy: false, result: null, error: null });
  const [ahead, setAhead] = useState<{ on: boolean; busy: boolean }>({ on: true, busy: false });
  const tabId = useRef<number | null>(null);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    setView({ kind: 'analysing' });
    try {
      mark('start');
      const target = await resolveTarget(search);
      mark('target');
      if (!current()) return;
      if (!target) return setView({ kind: 'error', message: "Crux couldn't find the tab to read.", canReload: false });
      tabId.current = target.tabId;
      if (target.url && isUnsupportedUrl(target.url)) return setView({ kind: 'unsupported', maybeStale: false });
      const report = await getReport(target.tabId);
      mark('report');
      if (!current()) return;
      if (!report) {
        // Without a URL (no activeTab grant) a browser page and a stale tab look the same.
        return setView(target.url === null ? { kind: 'unsupported', maybeStale: true } : { kind: 'error', message: NO_SCRIPT, canReload: true });
      }
      if (report.error) return setView({ kind: 'error', message: `Crux couldn't read this page: ${report.error}`, canReload: false });
      const article = report.isArticle ? report.article : null;
      // the site setting and the cache are read side by side (two storage round trips, not one after the other)
      const [noClean, cached] = await Promise.all([
        isNoClean(hostOf(report.url)).catch(() => false),
        article ? getCached(target.tabId, report.url) : null,
      ]);
      mark('cache');
      setCleanup({ hidden: report.hidden, cleaned: report.cleaned, noClean, busy: false, error: null });
      if (!article) return setView({ kind: 'noarticle', report });
      let analysis = cached;
      if (!analysis) {
        // the background may be analysing this page right now (ext/preanalyser.ts): take its
        // result or ours, whichever comes first, so the popup never waits longer than on its own
        let theirs: TextAnalysis | null = null;
        const fromBackground = askPreanalysis(browser.runtime, target.tabId, report.url).then((a) => (theirs = a));
        const here = analyseHere(article, () => theirs !== null);
        analysis = await firstNonNull([fromBackground, here]);
        if (!analysis) throw new Error('the analysis gave no result');
        mark(analysis === theirs ? 'analysed-by-background' : 'analysed');
        if (analysis !== theirs) void putCached(target.tabId, report.url, analysis);
      }
      if (!current()) return;
      setView({ kind: 'ready', report, analysis });
      // annotations stay on once the user turned them on: show them on this page too
      if (analysis.nlpApplied && (await getAnnotatePref())) {
        setAnnotation({ on: true, busy: true, result: null, error: null });
        const done = await annotate(target.tabId, analysis);
        if (current()) setAnnotation({ on: true, busy: false, ...done });
      }
    } catch (e) {
      if (current()) setView({ kind: 'error', message: `Something went wrong: ${message(e)}`, canReload: false });
    }
  }, [search]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    void getPreanalysePref().then((on) => setAhead({ on, busy: false }));
  }, []);

  const reload = useCallback(async () => {
    const id = tabId.current;
    if (id === null) return void load();
    setView({ kind: 'analysing' });
    try {
      await browser.tabs.reload(id);
      for (let i = 0; i < 20 && !(await getReport(id)); i++) await sleep(500);
    } catch {
      /* load() reports what is wrong */
    }
    await load();
  }, [load]);

  const run = useCallback(async (action: (id: number) => Promise<Partial<Cleanup>>) => {
    const id = tabId.current;
    if (id === null) return;
    setCleanup((c) => ({ ...c, busy: true, error: null }));
    try {
      const next = await action(id);
      setCleanup((c) => ({ ...c, ...next, busy: false }));
    } catch (e) {
      setCleanup((c) => ({ ...c, busy: false, error: `The page didn't respond: ${message(e)}` }));
    }
  }, []);

  const host = view.kind === 'ready' || view.kind === 'noarticle' ? hostOf(view.report.url) : '';

  const showAll = () => {
    setHighlighted(null); // "Show everything" also takes the highlight away
    return run(async (id) => ({ hidden: await setCleaned(id, false), cleaned: false }));
  };

  /** Scrolls the page to demand `index`'s sentence and highlights it. */
  const highlight = async (index: number) => {
    const id = tabId.current;
    const demand = view.kind === 'ready' ? view.analysis.demands[index] : undefined;
    if (id === null || !demand) return;
    setHighlighted({ index, found: null });
    const found = await highlightEvidence(id, demand.evidence).catch(() => false);
    setHighlighted((h) => (h?.index === index ? { index, found } : h));
  };
  /** Switches the in-page annotations on or off (and remembers the choice). */
  const toggleAnnotations = async () => {
    const id = tabId.current;
    if (id === null || view.kind !== 'ready') return;
    const on = !annotation.on;
    setAnnotation({ on, busy: true, result: null, error: null });
    await setAnnotatePref(on).catch(() => undefined);
    if (on) {
      setHighlighted(null); // annotating takes the demand highlight away
      const done = await annotate(id, view.analysis);
      return setAnnotation({ on, busy: false, ...done });
    }
    const error = await unannotatePage(id).then(() => null, (e: unknown) => `The page didn't respond: ${message(e)}`);
    setHighlighted(null);
    setAnnotation({ on, busy: false, result: null, error });
  };
  /** Switches analysing ahead of the click on or off (for the next pages; this one is analysed already). */
  const toggleAhead = async () => {
    const on = !ahead.on;
    setAhead({ on: ahead.on, busy: true });
    const saved = await setPreanalysePref(on).then(() => true, () => false);
    setAhead({ on: saved ? on : ahead.on, busy: false });
  };
  const hideAgain = () => run(async (id) => {
    const hidden = await setCleaned(id, true);
    return { hidden, cleaned: hidden > 0 };
  });
  const toggleSite = () => run(async (id) => {
    const noClean = !cleanup.noClean;
    await setNoClean(host, noClean);
    const hidden = await setCleaned(id, !noClean);
    return { noClean, hidden, cleaned: hidden > 0 };
  });

  return {
    view, cleanup, retry: load, reload, showAll, hideAgain, toggleSite, highlight, highlighted, annotation, toggleAnnotations,
    ahead, toggleAhead,
  };
}
