// Vite plugin: the extension needs only a few fields of the world-countries data set (names,
// alternative spellings, demonyms, capitals), so the 1.4 MB JSON is trimmed at build time.
// Node (the analyze command, tests) reads the package as it is; the result is the same data.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { slimCountry, type SlimCountry } from '../lib/nlp/lexicon/country-fields';

export function slimCountries(): Plugin {
  return {
    name: 'crux-slim-countries',
    enforce: 'pre',
    load(id) {
      if (!/world-countries[\\/]countries\.json$/.test(id.split('?')[0] ?? '')) return null;
      const all = JSON.parse(readFileSync(id.split('?')[0]!, 'utf8')) as unknown[];
      const slim: SlimCountry[] = all.map((c) => slimCountry(c as Parameters<typeof slimCountry>[0]));
      return JSON.stringify(slim); // still JSON: Vite's JSON plugin turns it into a module
    },
  };
}
