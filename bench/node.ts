// The Node side of the benchmark (linkedom, as the analyze command): the page side (extractPage,
// what the content script runs) against bare Readability on the same page in the same run, the
// NLP side (analyzeText) against article length, and the gate on pages that are not articles.
//
// Every measured call gets a freshly parsed document (parsing is not timed): lib/clutter keeps
// per-element caches, so running twice on one document would flatter the second run. The two
// page-side contenders share each round's document and take turns going first (interleaved, so
// drift or GC pressure does not favour either); warm-up rounds run first and are not counted.
//
// The clock: wall time by default (what a reader waits). On a busy machine other programs'
// work lands in it too; `--clock cpu` measures the process's CPU time instead (user + system of
// every thread: V8's concurrent GC and compiler threads count, time spent waiting for a core does not).
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../cli/dom';
import { extractPage } from '../lib/page';
import { analyzeText } from '../lib/text';
import type { Article } from '../lib/types';
import type { BenchPage } from './corpus';
import { median, round, summarize, type Summary } from './stats';

export type Clock = 'cpu' | 'wall';
let clock: Clock = 'wall';
export function setClock(c: Clock): void {
  clock = c;
}
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
/** The current time on the chosen clock, in ms. */
const now = (): number => (clock === 'cpu' ? cpuMs() : performance.now());

export type Log = (line: string) => void;

export interface PageSideOptions {
  rounds: number;
  /** warm-up passes over the first `warmupPages` pages (not counted) */
  warmupRounds: number;
  warmupPages: number;
}

export interface PageSample {
  id: string;
  bytes: number;
  isArticle: boolean;
  words: number | null;
  /** medians over the rounds */
  extractPageMs: number;
  extractMs: number;
  clutterMs: number;
  readabilityMs: number | null;
  ratio: number | null;
  clutterFound: number;
  /** set when extractPage threw on this page (it is then left out of the figures) */
  error?: string;
}

export interface PageSideResult {
  pages: number;
  articles: number;
  rounds: number;
  /** pages extractPage threw on (left out) */
  failed: number;
  extractPage: Summary;
  readability: Summary;
  ratio: Summary;
  /** extractPage's own split (lib/page timings): Readability-on-a-clone + gate + blocks vs clutter rules */
  extractMs: Summary;
  clutterMs: Summary;
  /** corpus pages the gate turned away (no article): extractPage time there */
  rejected: Summary;
  perPage: PageSample[];
}

function bareReadability(doc: Document): void {
  new Readability(doc.cloneNode(true) as Document).parse();
}

export function measurePageSide(pages: BenchPage[], opts: PageSideOptions, log: Log): { result: PageSideResult; articles: Map<string, Article> } {
  const warm = pages.slice(0, Math.max(0, opts.warmupPages));
  for (let r = 0; r < opts.warmupRounds; r++) {
    for (const p of warm) {
      extractPage(parseDocument(p.html), p.url ? { url: p.url } : {});
      try { bareReadability(parseDocument(p.html)); } catch { /* counted below */ }
    }
  }

  const a = pages.map(() => [] as number[]);
  const b = pages.map(() => [] as (number | null)[]);
  const ex = pages.map(() => [] as number[]);
  const cl = pages.map(() => [] as number[]);
  const articles = new Map<string, Article>();
  const first: { isArticle: boolean; words: number | null; clutter: number }[] = [];
  const failed: (string | undefined)[] = [];

  for (let r = 0; r < opts.rounds; r++) {
    pages.forEach((p, i) => {
      const doc = parseDocument(p.html);
      const runA = () => {
        if (failed[i]) return;
        const t0 = now();
        let res: ReturnType<typeof extractPage>;
        try {
          res = extractPage(doc, p.url ? { url: p.url } : {});
        } catch (e) {
          failed[i] = e instanceof Error ? e.message : String(e);
          return;
        }
        a[i]!.push(now() - t0);
        ex[i]!.push(res.timings.extractMs);
        cl[i]!.push(res.timings.clutterMs);
        if (r === 0) {
          first[i] = { isArticle: res.isArticle, words: res.article?.wordCount ?? null, clutter: res.clutter.length };
          if (res.article) articles.set(p.id, res.article);
        }
      };
      const runB = () => {
        const t0 = now();
        try {
          bareReadability(doc);
          b[i]!.push(now() - t0);
        } catch {
          b[i]!.push(null);
        }
      };
      if ((r + i) % 2 === 0) { runA(); runB(); } else { runB(); runA(); }
    });
    log(`  page side: round ${r + 1}/${opts.rounds} done`);
  }

  const perPage: PageSample[] = pages.map((p, i) => {
    if (failed[i]) {
      return { id: p.id, bytes: p.bytes, isArticle: false, words: null, extractPageMs: Number.NaN, extractMs: Number.NaN,
        clutterMs: Number.NaN, readabilityMs: null, ratio: null, clutterFound: 0, error: failed[i] };
    }
    const bare = b[i]!.filter((x): x is number => x !== null);
    const am = median(a[i]!);
    const bm = bare.length ? median(bare) : null;
    return {
      id: p.id,
      bytes: p.bytes,
      isArticle: first[i]!.isArticle,
      words: first[i]!.words,
      extractPageMs: round(am),
      extractMs: round(median(ex[i]!)),
      clutterMs: round(median(cl[i]!)),
      readabilityMs: bm === null ? null : round(bm),
      ratio: bm ? round(am / bm) : null,
      clutterFound: first[i]!.clutter,
    };
  });
  const arts = perPage.filter((s) => s.isArticle && s.readabilityMs !== null);
  const broken = perPage.filter((s) => s.error);
  if (broken.length) log(`  page side: extractPage threw on ${broken.length} page(s), left out: ${broken.map((s) => `${s.id} (${s.error})`).join('; ')}`);
  return {
    articles,
    result: {
      pages: pages.length,
      articles: arts.length,
      rounds: opts.rounds,
      extractPage: summarize(arts.map((s) => s.extractPageMs)),
      readability: summarize(arts.map((s) => s.readabilityMs!)),
      ratio: summarize(arts.map((s) => s.ratio!)),
      extractMs: summarize(arts.map((s) => s.extractMs)),
      clutterMs: summarize(arts.map((s) => s.clutterMs)),
      failed: broken.length,
      rejected: summarize(perPage.filter((s) => !s.isArticle && !s.error).map((s) => s.extractPageMs)),
      perPage,
    },
  };
}

export interface NlpSample {
  id: string;
  /** set when analyzeText threw on this article (it is then left out of the figures) */
  error?: string;
  words: number;
  nlpApplied: boolean;
  ms: number;
  msPer1kWords: number;
}

export interface NlpBucket {
  words: string;
  n: number;
  medianMs: number;
  p95Ms: number;
  msPer1kWords: number;
}

export interface NlpResult {
  articles: number;
  /** articles analyzeText threw on (left out of every figure) */
  failed: number;
  /** articles the NLP ran on (English); the figures below are over these */
  applied: number;
  rounds: number;
  ms: Summary;
  msPer1kWords: Summary;
  /** analyzeText on articles it skips (not English): the language check only */
  skipped: Summary;
  buckets: NlpBucket[];
  perPage: NlpSample[];
}

const BUCKETS: [number, number, string][] = [
  [0, 500, '< 500'],
  [500, 1000, '500–999'],
  [1000, 2000, '1,000–1,999'],
  [2000, 4000, '2,000–3,999'],
  [4000, Infinity, '≥ 4,000'],
];

export function measureNlp(articles: Map<string, Article>, opts: { rounds: number; warmupRounds: number; warmupPages: number }, log: Log): NlpResult {
  const list = [...articles];
  for (let r = 0; r < opts.warmupRounds; r++) {
    for (const [, art] of list.slice(0, opts.warmupPages)) {
      try { analyzeText(art); } catch { /* reported below */ }
    }
  }
  const times = list.map(() => [] as number[]);
  const applied: boolean[] = [];
  const errors: (string | undefined)[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    list.forEach(([, art], i) => {
      if (errors[i]) return;
      const t0 = now();
      try {
        applied[i] = analyzeText(art).nlpApplied;
        times[i]!.push(now() - t0);
      } catch (e) {
        errors[i] = e instanceof Error ? e.message : String(e);
      }
    });
    log(`  NLP: round ${r + 1}/${opts.rounds} done`);
  }
  const perPage: NlpSample[] = list.map(([id, art], i) => {
    if (errors[i]) return { id, words: art.wordCount, nlpApplied: false, ms: Number.NaN, msPer1kWords: Number.NaN, error: errors[i] };
    const ms = median(times[i]!);
    return { id, words: art.wordCount, nlpApplied: applied[i]!, ms: round(ms), msPer1kWords: round((ms * 1000) / Math.max(1, art.wordCount)) };
  });
  const on = perPage.filter((s) => s.nlpApplied && !s.error);
  const failed = perPage.filter((s) => s.error);
  if (failed.length) log(`  NLP: analyzeText threw on ${failed.length} article(s), left out: ${failed.map((s) => `${s.id} (${s.error})`).join('; ')}`);
  return {
    articles: perPage.length,
    failed: failed.length,
    applied: on.length,
    rounds: opts.rounds,
    ms: summarize(on.map((s) => s.ms)),
    msPer1kWords: summarize(on.map((s) => s.msPer1kWords)),
    skipped: summarize(perPage.filter((s) => !s.nlpApplied && !s.error).map((s) => s.ms)),
    buckets: BUCKETS.map(([lo, hi, words]) => {
      const inB = on.filter((s) => s.words >= lo && s.words < hi);
      const sum = summarize(inB.map((s) => s.ms));
      return { words, n: inB.length, medianMs: sum.median, p95Ms: sum.p95, msPer1kWords: round(median(inB.map((s) => s.msPer1kWords))) };
    }),
    perPage,
  };
}

export interface GateSample {
  id: string;
  bytes: number;
  isArticle: boolean;
  medianMs: number;
  p95Ms: number;
}

export interface GateResult {
  iterations: number;
  /** the slowest page's median: the figure held against the target */
  worstMedianMs: number;
  pages: GateSample[];
}

export function measureGate(pages: BenchPage[], opts: { iterations: number; warmup: number }): GateResult {
  for (let r = 0; r < opts.warmup; r++) for (const p of pages) extractPage(parseDocument(p.html), { url: p.url ?? undefined });
  const times = pages.map(() => [] as number[]);
  const isArticle: boolean[] = [];
  for (let r = 0; r < opts.iterations; r++) {
    pages.forEach((p, i) => {
      const doc = parseDocument(p.html);
      const t0 = now();
      const res = extractPage(doc, { url: p.url ?? undefined });
      times[i]!.push(now() - t0);
      isArticle[i] = res.isArticle;
    });
  }
  const samples = pages.map((p, i) => {
    const s = summarize(times[i]!);
    return { id: p.id, bytes: p.bytes, isArticle: isArticle[i]!, medianMs: s.median, p95Ms: s.p95 };
  });
  return { iterations: opts.iterations, worstMedianMs: Math.max(...samples.map((s) => s.medianMs)), pages: samples };
}
