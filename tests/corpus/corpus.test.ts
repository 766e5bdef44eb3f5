// The whole analysis over the shared corpus (../shared/corpus beside the checkout: 218 real pages,
// README.md there). One pass in one process, then three checks: no page throws, every English
// news page yields an article, and no page hides a sentence of its article (the scorer's
// `safety` measure, run by ../shared/tools/score.mjs on the same output the command would print).
// Without the corpus the suite is skipped locally and fails in CI (CI=true).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { bytesToHtml, gunzip } from '../../cli/decode';
import { parseDocument } from '../../cli/dom';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = resolve(ROOT, '../shared');
const CORPUS = join(SHARED, 'corpus');
const SCORER = join(SHARED, 'tools/score.mjs');
const PRESENT = existsSync(join(CORPUS, 'manifest.json'));
const IN_CI = process.env.CI === 'true';
/**
 * Pages whose reference article text itself includes a cross-promotion or sign-up block that
 * ../shared/gold/GUIDELINES.md says to hide (reviewed by hand, each one block of links): hiding
 * that one "sentence" is right. Any other hidden sentence, or a second one here, fails.
 */
const REFERENCE_KEEPS_PROMO: Record<string, string> = {
  'readability/lemonde-1': 'a "Lire : …" link line to another article inside the body',
  'readability/citylab-1': 'a newsletter sign-up box (email form, "The best way to follow issues you care about.") inside the body',
  'extraction-benchmark/06ee193de4bd611f7fafbab0c59b0f6fe3495093516720632cd093b24c7a0e98': 'a "Story Timeline" related-posts list after the body',
  'extraction-benchmark/3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc': 'a "Story Timeline" related-posts list after the body',
};
/** An English news page's article must have at least this many words. */
const MIN_NEWS_WORDS = 50;

interface Entry { id: string; path: string; kind: string; lang: string | null; words: number }
interface PageRun { entry: Entry; source: string; result?: Analysis; error?: string }

if (!PRESENT && !IN_CI) {
  console.warn(`corpus tests skipped: ${CORPUS}/manifest.json not found (CI=true makes this a failure)`);
}

describe.skipIf(!PRESENT && !IN_CI)('the analysis over the shared corpus', () => {
  let runs: PageRun[] = [];
  let tmp = '';

  beforeAll(() => {
    if (!PRESENT) throw new Error(`the corpus is missing: ${CORPUS}/manifest.json not found (CI expects it beside the checkout)`);
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Entry[];
    runs = manifest.map((entry) => {
      const source = join(CORPUS, entry.path);
      try {
        let bytes: Uint8Array = readFileSync(source);
        if (source.endsWith('.gz')) bytes = gunzip(bytes);
        return { entry, source, result: analyze(parseDocument(bytesToHtml(bytes, 'file'))) };
      } catch (err) {
        return { entry, source, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
      }
    });
    tmp = mkdtempSync(join(tmpdir(), 'crux-corpus-'));
  }, 240_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('analyses every page without throwing', () => {
    const failed = runs.filter((r) => r.error).map((r) => `${r.entry.id}: ${r.error}`);
    expect(failed, `pages that threw:\n${failed.join('\n')}`).toEqual([]);
  });

  it(`finds an article (title, at least ${MIN_NEWS_WORDS} words) on every English news page`, () => {
    const news = runs.filter((r) => r.entry.kind === 'news' && r.entry.lang === 'en');
    const failed = news.flatMap((r) => {
      const a = r.result?.article;
      if (r.error) return [`${r.entry.id}: threw`];
      if (!r.result?.isArticle || !a) return [`${r.entry.id}: isArticle false`];
      if (!a.title?.trim()) return [`${r.entry.id}: no title`];
      if (a.wordCount < MIN_NEWS_WORDS) return [`${r.entry.id}: only ${a.wordCount} words (gold has ${r.entry.words})`];
      return [];
    });
    expect(failed, `${failed.length} of ${news.length} English news pages failed:\n${failed.join('\n')}`).toEqual([]);
  });

  it('hides no sentence of any page\'s article (score.mjs safety), beyond reviewed promos the reference text keeps', () => {
    const pred = join(tmp, 'pred.jsonl');
    writeFileSync(pred, runs.filter((r) => r.result).map((r) => JSON.stringify({ source: r.source, ...r.result })).join('\n') + '\n');
    const detail = execFileSync(process.execPath, [SCORER, 'safety', '--pred', pred, '--corpus', CORPUS], { encoding: 'utf8' });
    const unexpected = detail.split('\n').filter((line) => {
      const m = line.match(/^(\S+): (\d+)\/\d+ article sentences hidden/);
      return m && !(m[1]! in REFERENCE_KEEPS_PROMO && Number(m[2]) <= 1);
    });
    expect(unexpected, `article sentences hidden as clutter:\n${unexpected.join('\n')}`).toEqual([]);
  });
});
