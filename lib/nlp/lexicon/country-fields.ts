// The fields of a world-countries record that Crux uses (shared by the data loader and the build).

export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean | null;
}

export type SlimCountry = CountryRecord;

export function slimCountry(c: CountryRecord): SlimCountry {
  return {
    name: { common: c.name.common, official: c.name.official },
    cca2: c.cca2,
    cca3: c.cca3,
    altSpellings: c.altSpellings,
    capital: c.capital,
    demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
    independent: c.independent,
  };
}
