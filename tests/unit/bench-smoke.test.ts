// A smoke run of `npm run bench` (bench/run.ts) on one corpus page with the smallest counts, no
// browser: it must finish and write its JSON in the documented shape. No timing is asserted here;
// the benchmark itself never runs inside `npm test`.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, type Run } from '../fixtures/lib/run';

const CORPUS = join(ROOT, '../shared/corpus/manifest.json');
const TARGET_IDS = ['pageSideRatio', 'nlpMedian', 'nlpP95', 'analyzeRatio', 'popupP95', 'contentScriptGzip', 'gateMs'];
const SUMMARY_KEYS = ['n', 'median', 'p95', 'min', 'max', 'mean'];

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const runBench = (args: string[]): Promise<Run> => runScript('bench/run.ts', args);

let out = '';
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CORPUS))('bench smoke run (one page, no browser)', () => {
  it('prints the table and writes JSON in the documented shape', async () => {
    out = await mkdtemp(join(tmpdir(), 'crux-bench-'));
    const run = await runBench([
      '--pages', '1', '--rounds', '1', '--nlp-rounds', '1', '--warmup', '0', '--gate-runs', '2',
      '--process-pages', '1', '--runs', '1', '--no-browser', '--out', out,
    ]);
    expect(run.stderr).not.toMatch(/bench: .*Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Targets met:');
    for (const section of ['Page side, Node', 'Gate:', 'NLP, Node', 'Whole analyze vs bare', 'Sizes']) {
      expect(run.stdout).toContain(section);
    }

    const files = await readdir(out);
    expect(files).toContain('latest.json');
    expect(files.some((f) => /^bench-.*\.json$/.test(f))).toBe(true);
    expect(files.some((f) => /^bench-.*\.txt$/.test(f))).toBe(true);
    const r = JSON.parse(await readFile(join(out, 'latest.json'), 'utf8')) as Rec;

    expect(Object.keys(r)).toEqual(expect.arrayContaining(['meta', 'targets', 'pageSide', 'nlp', 'gate', 'processes', 'browser', 'sizes']));
    expect(r.meta).toMatchObject({ mode: 'full', node: process.version });
    expect(typeof r.meta.date).toBe('string');

    expect(r.targets.map((t: Rec) => t.id)).toEqual(TARGET_IDS);
    for (const t of r.targets) {
      expect(typeof t.what).toBe('string');
      expect(typeof t.limit).toBe('number');
      expect([true, false, null]).toContain(t.pass);
      expect(t.value === null || typeof t.value === 'number').toBe(true);
    }

    expect(r.pageSide).toMatchObject({ pages: 1, rounds: 1 });
    expect(r.pageSide.perPage).toHaveLength(1);
    expect(Object.keys(r.pageSide.perPage[0])).toEqual(expect.arrayContaining(['id', 'isArticle', 'extractPageMs', 'readabilityMs', 'ratio']));
    for (const k of ['extractPage', 'readability', 'ratio', 'extractMs', 'clutterMs']) {
      expect(Object.keys(r.pageSide[k])).toEqual(SUMMARY_KEYS);
    }

    expect(r.nlp.rounds).toBe(1);
    expect(Object.keys(r.nlp.ms)).toEqual(SUMMARY_KEYS);
    expect(r.nlp.buckets.map((b: Rec) => Object.keys(b))).toEqual(r.nlp.buckets.map(() => ['words', 'n', 'medianMs', 'p95Ms', 'msPer1kWords']));

    expect(r.gate.pages.map((p: Rec) => p.id)).toEqual(['fixture/login', 'fixture/products', 'fixture/search']);
    expect(typeof r.gate.worstMedianMs).toBe('number');

    expect(r.processes).toMatchObject({ pages: 1, runs: 1 });
    expect(r.processes.analyze.runs).toHaveLength(1);
    expect(r.processes.bare.runs).toHaveLength(1);
    expect(r.processes.analyze.runs[0].code).not.toBeNull();
    expect(typeof r.processes.ratio).toBe('number');

    expect(r.browser).toEqual({ skipped: '--no-browser' });
    expect('skipped' in r.sizes || typeof r.sizes.totals.contentScript.gzip === 'number').toBe(true);
  }, 180_000);
});
