// The benchmark's targets (issue 8) and the table `npm run bench` prints.
import type { BrowserOutcome } from './browser';
import type { GateResult, NlpResult, PageSideResult } from './node';
import type { ProcessResult } from './processes';
import type { BundleSizes } from './sizes';
import { fmtBytes, fmtMs, fmtRatio } from './stats';

export interface Target {
  id: string;
  what: string;
  value: number | null;
  limit: number;
  unit: 'ms' | '×' | 'B';
  /** null when the figure was not measured in this run */
  pass: boolean | null;
}

export interface Results {
  meta: {
    date: string;
    mode: string;
    node: string;
    chromium: string | null;
    cpus: number;
    cpuModel: string;
    loadAvgStart: number[];
    loadAvgEnd: number[];
    durationS: number;
    /** seconds per section */
    sectionS: Record<string, number>;
    extensionBuiltAt: string | null;
    extensionStale: boolean;
    options: Record<string, unknown>;
  };
  targets: Target[];
  pageSide: PageSideResult;
  nlp: NlpResult;
  gate: GateResult;
  processes: ProcessResult | { skipped: string };
  browser: BrowserOutcome;
  sizes: BundleSizes | { skipped: string };
}

const isSkipped = (x: unknown): x is { skipped: string } => typeof x === 'object' && x !== null && 'skipped' in x;

function target(id: string, what: string, value: number | null | undefined, limit: number, unit: Target['unit']): Target {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  return { id, what, value: v, limit, unit, pass: v === null ? null : v <= limit };
}

export function targets(r: Omit<Results, 'targets'>): Target[] {
  const proc = isSkipped(r.processes) ? null : r.processes;
  const browser = isSkipped(r.browser) ? null : r.browser;
  const sizes = isSkipped(r.sizes) ? null : r.sizes;
  return [
    target('pageSideRatio', 'page side median ≤ 1.3× bare Readability (Node)', r.pageSide.ratio.median, 1.3, '×'),
    target('nlpMedian', 'NLP median ≤ 50 ms (Node)', r.nlp.ms.median, 50, 'ms'),
    target('nlpP95', 'NLP p95 ≤ 150 ms (Node)', r.nlp.ms.p95, 150, 'ms'),
    target('analyzeRatio', 'whole analyze ≤ 2.5× bare linkedom + Readability', proc?.ratio, 2.5, '×'),
    // judged on what a person gets once a page has loaded (the background has analysed it ahead);
    // the "popup computes" row stays in the table as the fallback's cost (see README, Benchmarks)
    target('popupP95', 'popup shown ≤ 300 ms p95 (Chromium, page loaded, analysed ahead)', browser?.popup.ahead?.readyMs.p95, 300, 'ms'),
    target('contentScriptGzip', 'content script ≤ 60 KB gzipped', sizes?.totals.contentScript.gzip, 60 * 1024, 'B'),
    target('gateMs', 'non-article page ≤ 2 ms (Node, slowest page\'s median)', r.gate.worstMedianMs, 2, 'ms'),
  ];
}

const W = { label: 58, a: 10, b: 10, target: 16 };

function row(label: string, a = '', b = '', t?: Target | string): string {
  let tcol = '';
  let res = '';
  if (typeof t === 'string') tcol = t;
  else if (t) {
    tcol = `${t.id === 'nlpP95' || t.id === 'popupP95' ? 'p95' : t.id === 'contentScriptGzip' ? 'gzip' : 'median'} ≤ ${t.unit === 'B' ? fmtBytes(t.limit) : t.unit === '×' ? `${t.limit}×` : `${t.limit} ms`}`;
    res = t.pass === null ? '—' : t.pass ? 'PASS' : 'MISS';
  }
  const l = label.length > W.label ? `${label.slice(0, W.label - 1)}…` : label;
  return `${l.padEnd(W.label)}${a.padStart(W.a)}${b.padStart(W.b)}   ${tcol.padEnd(W.target)} ${res}`.trimEnd();
}

export function formatTable(r: Results): string {
  const t = Object.fromEntries(r.targets.map((x) => [x.id, x])) as Record<string, Target>;
  const out: string[] = [];
  const m = r.meta;
  out.push(`Crux benchmark · ${m.mode} · ${m.date} · Node ${m.node}${m.chromium ? ` · Chromium ${m.chromium}` : ''} · ${m.cpus} CPUs (load ${m.loadAvgStart[0]?.toFixed(1)} → ${m.loadAvgEnd[0]?.toFixed(1)}) · ${m.durationS.toFixed(0)} s`);
  if (m.extensionStale) out.push('note: the built extension (.output/chrome-mv3) is older than lib/, entrypoints/, ext/ or components/: `npm run bench -- --build` rebuilds it first');
  out.push('');
  out.push(row('', 'median', 'p95', 'target'));
  out.push('─'.repeat(W.label + W.a + W.b + W.target + 9));

  const ps = r.pageSide;
  const clock = m.options.clock === 'cpu' ? 'process CPU time' : 'wall time';
  out.push(`Page side, Node/linkedom (${clock}): ${ps.articles} articles of ${ps.pages} pages, ${ps.rounds} rounds, interleaved${ps.failed ? ` (${ps.failed} page(s) threw, left out)` : ''}`);
  out.push(row('  extractPage (what the content script runs)', fmtMs(ps.extractPage.median), fmtMs(ps.extractPage.p95)));
  out.push(row('    its extraction (lib timings, wall clock)', fmtMs(ps.extractMs.median), fmtMs(ps.extractMs.p95)));
  out.push(row('    its clutter rules (lib timings, wall clock)', fmtMs(ps.clutterMs.median), fmtMs(ps.clutterMs.p95)));
  out.push(row('  bare new Readability(doc.cloneNode(true)).parse()', fmtMs(ps.readability.median), fmtMs(ps.readability.p95)));
  out.push(row('  ratio extractPage / bare Readability (per page)', fmtRatio(ps.ratio.median), fmtRatio(ps.ratio.p95), t.pageSideRatio));

  const browser = isSkipped(r.browser) ? null : r.browser;
  if (browser) {
    const b = browser.pageSide;
    out.push(`Page side, Chromium (wall time): content script's own timings, ${b.articles} articles × ${b.loads} loads`);
    out.push(row('  extractPage (extractMs + clutterMs, via crux:get)', fmtMs(b.pageSide.median), fmtMs(b.pageSide.p95)));
    out.push(row('  bare Readability, a load of its own (before Crux runs)', fmtMs(b.readability.median), fmtMs(b.readability.p95)));
    out.push(row('  ratio (per page)', fmtRatio(b.ratio.median), fmtRatio(b.ratio.p95), '(≤ 1.3× in Node)'));
  } else {
    out.push(`Page side, Chromium: skipped (${(r.browser as { skipped: string }).skipped})`);
  }

  const g = r.gate;
  out.push(`Gate: pages that are not articles (bench/fixtures), extractPage, Node (${clock}), ${g.iterations} runs each`);
  for (const p of g.pages) out.push(row(`  ${p.id.replace('fixture/', '')} (${fmtBytes(p.bytes)}${p.isArticle ? ', taken for an article!' : ''})`, fmtMs(p.medianMs), fmtMs(p.p95Ms)));
  out.push(row('  slowest page, Node', fmtMs(g.worstMedianMs), '', t.gateMs));
  if (browser) out.push(row('  slowest page, Chromium (content script\'s timings)', fmtMs(browser.gate.worstMedianMs), ''));
  if (ps.rejected.n) out.push(row(`  corpus pages the gate turned away (${ps.rejected.n}), Node`, fmtMs(ps.rejected.median), fmtMs(ps.rejected.p95)));

  const n = r.nlp;
  out.push(`NLP, Node (${clock}): analyzeText over the extracted article, ${n.applied} English articles of ${n.articles}, ${n.rounds} rounds${n.failed ? ` (${n.failed} threw, left out)` : ''}`);
  out.push(row('  analyzeText', fmtMs(n.ms.median), fmtMs(n.ms.p95), t.nlpMedian));
  out.push(row('', '', '', t.nlpP95));
  out.push(row('  per 1,000 words', fmtMs(n.msPer1kWords.median), fmtMs(n.msPer1kWords.p95)));
  for (const bk of n.buckets) {
    if (bk.n) out.push(row(`  ${bk.words} words (${bk.n} articles; ${fmtMs(bk.msPer1kWords)} per 1,000 words)`, fmtMs(bk.medianMs), fmtMs(bk.p95Ms)));
  }
  if (n.skipped.n) out.push(row(`  not English, NLP skipped (${n.skipped.n})`, fmtMs(n.skipped.median), fmtMs(n.skipped.p95)));

  if (isSkipped(r.processes)) out.push(`Whole analyze vs bare: skipped (${r.processes.skipped})`);
  else {
    const p = r.processes;
    out.push(`Whole analyze vs bare linkedom + Readability: ${p.pages} pages, whole processes (${p.launcher}), median of ${p.runs} runs`);
    out.push(row('  analyze --json <pages>', fmtMs(p.analyze.medianMs)));
    out.push(row('  bench/bare.ts <pages> (same loading, linkedom, Readability)', fmtMs(p.bare.medianMs)));
    out.push(row('  ratio', fmtRatio(p.ratio), '', t.analyzeRatio));
    out.push(row('  start-up alone (launcher, tsx, imports; no pages)', fmtMs(p.startup.medianMs)));
    out.push(row('  ratio with start-up taken off both', fmtRatio(p.ratioWithoutStartup)));
  }

  if (browser) {
    const c = browser.popup.cold;
    const a = browser.popup.ahead;
    const step = (name: string) => browser.popup.cold.steps?.[name];
    out.push(`Popup, Chromium: open popup.html?url=… → summary shown (state-ready), popup's own clock; ${browser.popup.pages.length} pages`);
    if (a?.readyMs.n) {
      out.push(row(`  page loaded, analysed ahead (${a.readyMs.n} openings)`, fmtMs(a.readyMs.median), fmtMs(a.readyMs.p95), t.popupP95));
      out.push(row('    load event → the background\'s analysis cached', fmtMs(a.readyAheadMs.median), fmtMs(a.readyAheadMs.p95)));
      out.push(row('    background: its analysis of one article (NLP)', fmtMs(a.analyseMs.median), fmtMs(a.analyseMs.p95)));
      if (a.nlpStartUpMs.n) out.push(row(`    background: NLP start-up, once a worker life (${a.nlpStartUpMs.n}×)`, fmtMs(a.nlpStartUpMs.median), fmtMs(a.nlpStartUpMs.p95)));
      const e = browser.popup.early;
      if (e?.readyMs.n) out.push(row(`  clicked at the load event (${e.readyMs.n}; background first ${e.byBackground})`, fmtMs(e.readyMs.median), fmtMs(e.readyMs.p95)));
    } else {
      out.push(row('  page loaded, analysed ahead: not measured (the build does not analyse ahead)', '', '', t.popupP95));
    }
    out.push(row(`  popup computes: ahead off, cache cleared (${c.readyMs.n} openings)`, fmtMs(c.readyMs.median), fmtMs(c.readyMs.p95)));
    out.push(row('    its script loaded and run (DOMContentLoaded)', fmtMs(c.scriptReadyMs.median), fmtMs(c.scriptReadyMs.p95)));
    out.push(row('    skeleton shown (state-analysing)', fmtMs(c.skeletonMs.median), fmtMs(c.skeletonMs.p95)));
    const steps: [string, string][] = [['report', 'page report in (crux:get)'], ['cache', 'cache looked up (miss)'], ['nlp-loaded', 'NLP chunk loaded and started up'], ['analysed', 'NLP done']];
    for (const [k, label] of steps) {
      const s = step(k);
      if (s?.n) out.push(row(`    ${label}`, fmtMs(s.median), fmtMs(s.p95)));
    }
    out.push(row('    painted (next frame after state-ready)', fmtMs(c.paintedMs.median), fmtMs(c.paintedMs.p95)));
    out.push(row('    wall time from navigation (test side)', fmtMs(c.wallMs.median), fmtMs(c.wallMs.p95)));
    const w = browser.popup.cached;
    out.push(row(`  cached: storage.session hit (${w.readyMs.n} openings)`, fmtMs(w.readyMs.median), fmtMs(w.readyMs.p95)));
  } else {
    out.push(`Popup, Chromium: skipped (${(r.browser as { skipped: string }).skipped})`);
  }

  if (isSkipped(r.sizes)) out.push(`Sizes: skipped (${r.sizes.skipped})`);
  else {
    const s = r.sizes.totals;
    out.push(row('Sizes, .output/chrome-mv3 (minified as built; gzip -9)', 'raw', 'gzip'));
    out.push(row('  content script', fmtBytes(s.contentScript.bytes), fmtBytes(s.contentScript.gzip), t.contentScriptGzip));
    out.push(row('  popup JS', fmtBytes(s.popupJs.bytes), fmtBytes(s.popupJs.gzip)));
    out.push(row('  popup, all (JS, CSS, HTML)', fmtBytes(s.popup.bytes), fmtBytes(s.popup.gzip)));
    if (s.background?.bytes) out.push(row('  background (NLP inside, started up on first use)', fmtBytes(s.background.bytes), fmtBytes(s.background.gzip)));
  }
  out.push('─'.repeat(W.label + W.a + W.b + W.target + 9));
  const met = r.targets.filter((x) => x.pass === true).length;
  const measured = r.targets.filter((x) => x.pass !== null).length;
  const missed = r.targets.filter((x) => x.pass === false).map((x) => x.what);
  out.push(`Targets met: ${met} of ${measured} measured${r.targets.length > measured ? ` (${r.targets.length - measured} not measured in this run)` : ''}`);
  for (const x of missed) out.push(`  MISS  ${x}`);
  return out.join('\n') + '\n';
}
