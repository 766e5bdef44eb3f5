// `npm run bench [-- options]`: what Crux costs the page, the popup and the command line, over the
// corpus pages (../shared/corpus), in Node (linkedom) and in real Chromium. Prints a table with
// each target's PASS/MISS and writes the full results as JSON (and the table as text) to
// artifacts/bench/. Never part of `npm test` (tests/unit/bench-smoke.test.ts runs it on one page).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, loadCorpus, loadEntries, loadFixtures, popupEntries, selectEntries } from './corpus';
import { measureGate, measureNlp, measurePageSide, setClock, type Clock, type Log } from './node';
import { measureProcesses } from './processes';
import { measureBrowser } from './browser';
import { buildAge, measureSizes } from './sizes';
import { formatTable, targets, type Results } from './report';

const USAGE = `Usage: npm run bench [-- options]

  --quick            a short run (about a minute): fewer pages, rounds and openings
  --pages N|all      corpus pages for the Node measurements (default 100, quick 30; all = 218)
  --rounds N         measured rounds per page, page side (default 3, quick 2)
  --nlp-rounds N     measured rounds per article, NLP (default 3, quick 2)
  --warmup N         warm-up rounds before measuring (default 1)
  --clock wall|cpu   Node timings in wall time (default) or the process's CPU time (all threads)
  --gate-runs N      runs per non-article page (default 200, quick 50)
  --process-pages N  pages for the whole-process comparison (default 20, quick 6)
  --runs N           runs of each process (default 3, quick 1)
  --browser-pages N  pages for the page side in Chromium (default 8, quick 3)
  --loads N          loads of each page in Chromium (default 3, quick 2)
  --popup-pages N    pages the popup is opened for (default 4, quick 2)
  --openings N       cold openings per popup page (default 5, so 20 in all)
  --no-browser       skip Chromium (popup, page side in Chromium)
  --no-processes     skip the whole-process comparison
  --build            run \`npm run build\` first (else only when .output/chrome-mv3 is missing)
  --out DIR          where to write the JSON (default artifacts/bench)
  -h, --help         this text
`;

interface Options {
  mode: 'full' | 'quick';
  pages: number | undefined;
  rounds: number;
  nlpRounds: number;
  warmup: number;
  clock: Clock;
  gateRuns: number;
  processPages: number;
  runs: number;
  browserPages: number;
  loads: number;
  popupPages: number;
  openings: number;
  cachedOpenings: number;
  browser: boolean;
  processes: boolean;
  build: boolean;
  out: string;
}

function options(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      pages: { type: 'string' },
      rounds: { type: 'string' },
      'nlp-rounds': { type: 'string' },
      warmup: { type: 'string' },
      clock: { type: 'string' },
      'gate-runs': { type: 'string' },
      'process-pages': { type: 'string' },
      runs: { type: 'string' },
      'browser-pages': { type: 'string' },
      loads: { type: 'string' },
      'popup-pages': { type: 'string' },
      openings: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      'no-processes': { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  const q = values.quick === true;
  const int = (name: string, v: string | undefined, dflt: number, min = 0): number => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new TypeError(`--${name} wants a whole number ≥ ${min}, not "${v}"`);
    return n;
  };
  return {
    mode: q ? 'quick' : 'full',
    pages: values.pages === 'all' ? undefined : int('pages', values.pages, q ? 30 : 100, 1),
    rounds: int('rounds', values.rounds, q ? 2 : 3, 1),
    nlpRounds: int('nlp-rounds', values['nlp-rounds'], q ? 2 : 3, 1),
    warmup: int('warmup', values.warmup, 1),
    clock: clockOf(values.clock),
    gateRuns: int('gate-runs', values['gate-runs'], q ? 50 : 200, 1),
    processPages: int('process-pages', values['process-pages'], q ? 6 : 20, 1),
    runs: int('runs', values.runs, q ? 1 : 3, 1),
    browserPages: int('browser-pages', values['browser-pages'], q ? 3 : 8, 1),
    loads: int('loads', values.loads, q ? 2 : 3, 1),
    popupPages: int('popup-pages', values['popup-pages'], q ? 2 : 4, 1),
    openings: int('openings', values.openings, 5, 1),
    cachedOpenings: 2,
    browser: values['no-browser'] !== true,
    processes: values['no-processes'] !== true,
    build: values.build === true,
    out: path.resolve(values.out ?? path.join(ROOT, 'artifacts/bench')),
  };
}

function clockOf(v: string | undefined): Clock {
  if (v === undefined || v === 'cpu' || v === 'wall') return v ?? 'wall';
  throw new TypeError(`--clock is wall or cpu, not "${v}"`);
}

const log: Log = (line) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  let opts: Options | null;
  try {
    opts = options(argv);
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (!opts) {
    process.stdout.write(USAGE);
    return 0;
  }
  setClock(opts.clock);
  const started = performance.now();
  const loadAvgStart = os.loadavg();
  const extensionDir = path.join(ROOT, '.output/chrome-mv3');

  if (opts.browser && (opts.build || !measureSizes(extensionDir))) {
    log('bench: npm run build …');
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (b.status !== 0) log('bench: the build failed; Chromium measurements will be skipped');
  }

  const durations: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    durations[name] = Math.round((t - mark) / 100) / 10;
    mark = t;
  };
  log(`bench: loading the corpus (${opts.pages ?? 'all'} pages) …`);
  const pages = loadCorpus(opts.pages);
  const fixtures = loadFixtures();
  lap('load');

  log('bench: page side in Node …');
  const { result: pageSide, articles } = measurePageSide(pages, { rounds: opts.rounds, warmupRounds: opts.warmup, warmupPages: Math.min(10, pages.length) }, log);
  lap('pageSide');
  log('bench: the gate in Node …');
  const gate = measureGate(fixtures, { iterations: opts.gateRuns, warmup: Math.min(10, opts.gateRuns) });
  lap('gate');
  log('bench: NLP in Node …');
  const nlp = measureNlp(articles, { rounds: opts.nlpRounds, warmupRounds: opts.warmup, warmupPages: Math.min(5, articles.size) }, log);

  lap('nlp');
  let processes: Results['processes'] = { skipped: '--no-processes' };
  if (opts.processes) {
    log('bench: whole processes …');
    const files = selectEntries(pages, opts.processPages).map((p) => path.relative(ROOT, p.file));
    processes = await measureProcesses(files, opts.runs, log);
  }
  lap('processes');

  let browser: Results['browser'] = { skipped: '--no-browser' };
  if (opts.browser) {
    log('bench: Chromium …');
    const inArticles = pages.filter((p) => articles.has(p.id));
    browser = await measureBrowser({
      extensionDir,
      pages: selectEntries(inArticles, opts.browserPages),
      fixtures,
      popupPages: loadEntries(popupEntries(opts.popupPages)),
      loads: opts.loads,
      popupOpenings: opts.openings,
      cachedOpenings: opts.cachedOpenings,
    }, log).catch((e: unknown) => ({ skipped: `Chromium failed: ${e instanceof Error ? e.message : String(e)}` }));
  }

  lap('browser');
  const sizes = measureSizes(extensionDir) ?? { skipped: `no build at ${path.relative(ROOT, extensionDir)}` };
  const age = buildAge(ROOT, extensionDir);
  const partial: Omit<Results, 'targets'> = {
    meta: {
      date: new Date().toISOString(),
      mode: opts.mode,
      node: process.version,
      chromium: 'chromium' in browser ? browser.chromium : null,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      loadAvgStart,
      loadAvgEnd: os.loadavg(),
      durationS: Math.round((performance.now() - started) / 100) / 10,
      sectionS: durations,
      extensionBuiltAt: age.builtAt,
      extensionStale: age.stale,
      options: { ...opts, out: path.relative(ROOT, opts.out) || '.' },
    },
    pageSide, nlp, gate, processes, browser, sizes,
  };
  const results: Results = { ...partial, targets: targets(partial) };
  const table = formatTable(results);

  mkdirSync(opts.out, { recursive: true });
  const stamp = results.meta.date.replace(/[:.]/g, '-');
  const json = path.join(opts.out, `bench-${stamp}.json`);
  writeFileSync(json, JSON.stringify(results, null, 1) + '\n');
  writeFileSync(path.join(opts.out, `bench-${stamp}.txt`), table);
  copyFileSync(json, path.join(opts.out, 'latest.json'));
  process.stdout.write(table);
  process.stdout.write(`\nJSON: ${path.relative(process.cwd(), json) || json}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  },
);
