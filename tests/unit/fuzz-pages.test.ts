// Fuzz test (issue #9): pages of the corpus mutated with a fixed seed (truncated, a block
// repeated, markup characters sprinkled), a bounded number of cases. Each mutant goes through the
// page side as the content script runs it and through the NLP: no exception, a result or a clear
// status, and "Show everything" returns the page to exactly its HTML before.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { roundTrip } from '../fixtures/hostile/run';
import { mutate } from '../fixtures/hostile/mutate';

const SEED = 20_261_127;
const CASES = 30;
const BENCH = path.resolve('../shared/corpus/extraction-benchmark/html');
const PAGES = [
  path.resolve('../shared/seed/putin-nato-talks.html'),
  path.resolve('sample/fishing-row.html'),
  path.join(BENCH, '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz'),
  path.join(BENCH, '14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f.html.gz'),
  path.join(BENCH, '0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2.html.gz'),
];

const read = (file: string) => {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

interface Verdict { threw: string | null; status: string; restored: boolean }

function check(html: string): Verdict {
  try {
    const { report, before, restored } = roundTrip(html);
    return { threw: null, status: report.error ? `error: ${report.error}` : 'ok', restored: restored === before };
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e), status: 'threw', restored: false };
  }
}

describe(`fuzz: ${CASES} mutants of ${PAGES.length} corpus pages (seed ${SEED})`, () => {
  const sources = PAGES.map(read);
  for (let i = 0; i < CASES; i++) {
    const page = i % sources.length;
    const mutant = mutate(sources[page]!, SEED + i);
    it(`#${i} ${path.basename(PAGES[page]!).slice(0, 16)}: ${mutant.name}`, () => {
      expect(check(mutant.html)).toEqual({ threw: null, status: 'ok', restored: true });
    });
  }
});
