// The built content script stays small: Readability + clutter rules only (no NLP library),
// under 60 KB gzipped. Reads .output/chrome-mv3, so it runs after `npm run build`.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const CONTENT = path.resolve('.output/chrome-mv3/content-scripts/content.js');

describe('built content script', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(CONTENT)).toBe(true);
  });

  it('is under 60 KB gzipped', () => {
    const kb = gzipSync(readFileSync(CONTENT)).length / 1024;
    expect(kb).toBeLessThan(60);
  });

  it('does not bundle the NLP library (compromise)', () => {
    const code = readFileSync(CONTENT, 'utf8');
    // strings that only compromise's lexicon and API carry
    expect(code).not.toMatch(/PhrasalVerb|Infinitive/);
  });
});
