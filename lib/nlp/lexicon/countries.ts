// Countries from the maintained world-countries data set: names, alternative spellings, demonyms
// and capitals, looked up by a normalised key. Only what no data set has is added here: the
// everyday short forms news uses ("U.S.", "America", "Britain").
import countries from 'world-countries';
import type { CountryRecord } from './country-fields';

export interface Country {
  code: string;
  name: string;
}

/** Everyday names news uses that the data set's alternative spellings lack. */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the United States', 'the US'],
  GBR: ['Britain', 'U.K.', 'Great Britain'],
  RUS: ['Russian Federation'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  COD: ['DR Congo', 'DRC'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye'],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  NLD: ['Holland'],
  PSE: ['Palestinian territories'],
};
/** Capitals written as the seat of government in news ("Washington said"), where the data set writes them otherwise. */
const EXTRA_CAPITALS: Record<string, string[]> = { USA: ['Washington'], GBR: ['London'], ISR: ['Jerusalem'] };
// The data set's two-letter alternative spellings are ISO codes ("MR", "IN"), never read as names here.

/** A key for looking names up: accents, dots, "the" and case folded away. */
export function nameKeyOf(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']s$/i, '')
      .replace(/\./g, '').replace(/^the\s+/i, '').replace(/[\s\u00a0-]+/g, ' ').trim().toLowerCase();
    if (keys.size >= KEY_CACHE_MAX) keys.clear();
    keys.set(s, key);
  }
  return key;
}
/** Keys already made (the same names recur across an article's stages); cleared when this big, so memory stays bounded. */
const KEY_CACHE_MAX = 20_000;
const keys = new Map<string, string>();

const byName = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
const byCapital = new Map<string, Country>();
const byCode = new Map<string, Country>();

// sovereign states first, so that a shared demonym ("French") names the state, not a territory
const records = [...(countries as unknown as CountryRecord[])].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
for (const c of records) {
  const country: Country = { code: c.cca3, name: c.name.common };
  byCode.set(c.cca3, country);
  const names = [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 2), ...(EXTRA_NAMES[c.cca3] ?? [])];
  if (c.cca3 === 'USA') names.push('US', 'USA');
  for (const n of names) {
    const k = nameKeyOf(n);
    if (k && !byName.has(k)) byName.set(k, country);
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (d && !byDemonym.has(d.toLowerCase())) byDemonym.set(d.toLowerCase(), country);
  }
  if (c.independent !== false) {
    for (const cap of [...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca3] ?? [])]) {
      const k = nameKeyOf(cap.replace(/\s+D\.?C\.?$/, ''));
      if (k && !byCapital.has(k)) byCapital.set(k, country);
    }
  }
}

export function countryByName(s: string): Country | undefined {
  return byName.get(nameKeyOf(s));
}
export function countryByDemonym(s: string): Country | undefined {
  const k = s.toLowerCase();
  return byDemonym.get(k) ?? byDemonym.get(k.replace(/s$/, ''));
}
export function countryByCapital(s: string): Country | undefined {
  return byCapital.get(nameKeyOf(s));
}
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}
